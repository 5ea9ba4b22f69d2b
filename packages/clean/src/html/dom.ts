/**
 * The parts of domhandler's nodes the extractor uses (domhandler is cheerio's dependency, not
 * ours), and what kind of element each is: furniture that is never article text, blocks that
 * start a paragraph.
 */

export interface SourceLocation {
  startOffset: number;
  endOffset: number;
}
export interface AnyNode {
  type: string;
  parent: AnyNode | null;
}
export interface Element extends AnyNode {
  name: string;
  attribs: Record<string, string>;
  children: AnyNode[];
  sourceCodeLocation?: SourceLocation | null;
}
export interface TextNode extends AnyNode {
  data: string;
  sourceCodeLocation?: SourceLocation | null;
}

export const isElement = (n: AnyNode): n is Element => n.type === "tag" || n.type === "script" || n.type === "style";

const DROP_TAGS = new Set(["script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "footer", "aside", "button", "select", "input", "textarea", "head", "link", "meta", "object", "embed"]);
export const BLOCK_TAGS = new Set(["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "blockquote", "pre", "figure", "figcaption", "header", "address", "center", "hr"]);
/** Sentence evidence: Chinese marks count like Latin ones; a Latin full stop counts where it
 *  ends a sentence (followed by a space or the end), not inside 5.8, www.x.com or 2005.3.1. */
export const SENTENCE_MARKS = /[。，！？；、,!?;]|\.(?=\s|$)/gu;

/** Elements that start a new paragraph of text; everything else (a, span, font, b…) is inline. */
export const isBlock = (el: Element) => BLOCK_TAGS.has(el.name) || el.name === "td" || el.name === "th" || el.name === "body";

/** Hidden or furniture elements that are never article text. */
export function isDropped(el: Element): boolean {
  const name = el.name.toLowerCase();
  if (DROP_TAGS.has(name)) return true;
  if (name === "iframx") return !el.children.some(isElement);
  if (name === "form") return isSmallForm(el);
  const a = el.attribs ?? {};
  if ("hidden" in a || a["aria-hidden"] === "true") return true;
  const style = (a["style"] ?? "").replace(/\s+/g, "").toLowerCase();
  if (style.includes("display:none") || style.includes("visibility:hidden")) return true;
  if (name === "header" && !hasAncestor(el, "article")) return true;
  return false;
}

/** A search box or comment form is furniture; but some sites (ASP.NET) wrap the whole page,
 *  article included, in one <form>: a form holding much text is a page wrapper. */
const formSize = new WeakMap<Element, boolean>();
function isSmallForm(el: Element): boolean {
  let small = formSize.get(el);
  if (small === undefined) {
    let chars = 0;
    let marks = 0;
    const count = (n: AnyNode) => {
      if (chars >= 200 && marks >= 3) return;
      if (n.type === "text") {
        const t = (n as TextNode).data.replace(/\s+/g, "");
        chars += t.length;
        marks += t.match(SENTENCE_MARKS)?.length ?? 0;
      } else if (isElement(n) && n.name !== "script" && n.name !== "style") for (const c of n.children) count(c);
    };
    count(el);
    small = chars < 80 || marks < 3;
    formSize.set(el, small);
  }
  return small;
}

export function hasAncestor(el: Element, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && p.name === name) return true;
  return false;
}

/** Is `el` inside `container` (or the container itself)? */
export function isWithin(el: AnyNode, container: Element): boolean {
  for (let p: AnyNode | null = el; p; p = p.parent) if (p === container) return true;
  return false;
}
