import { load, type CheerioAPI } from "cheerio";
import type { Removal } from "../schema.js";
import { TextView } from "../view.js";
import { htmlMeta, type HtmlMeta } from "./meta.js";

const DROP_TAGS = new Set(["script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "footer", "aside", "form", "button", "select", "input", "textarea", "head", "link", "meta", "object", "embed"]);
const BLOCK_TAGS = new Set(["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "blockquote", "pre", "figure", "figcaption", "header", "address", "center", "hr"]);
const PARAGRAPH_TAGS = new Set(["p", "pre", "td", "blockquote", "li", "div", "section", "font", "span"]);
/** Sentence evidence: Chinese marks count like Latin ones; no whitespace word counts. */
const SENTENCE_MARKS = /[。，！？；、,!?;]/gu;

export interface HtmlExtraction {
  view: TextView;
  meta: HtmlMeta;
  removals: Removal[];
  /** Why nothing was extracted, when nothing was. */
  empty: string | null;
}

/** The parts of domhandler's nodes used here (domhandler is cheerio's, not our dependency). */
interface SourceLocation {
  startOffset: number;
  endOffset: number;
}
interface AnyNode {
  type: string;
  parent: AnyNode | null;
}
interface Element extends AnyNode {
  name: string;
  attribs: Record<string, string>;
  children: AnyNode[];
  sourceCodeLocation?: SourceLocation | null;
}
interface TextNode extends AnyNode {
  data: string;
  sourceCodeLocation?: SourceLocation | null;
}

const isElement = (n: AnyNode): n is Element => n.type === "tag" || n.type === "script" || n.type === "style";

/** Hidden or furniture elements that are never article text. */
function isDropped(el: Element): boolean {
  const name = el.name.toLowerCase();
  if (DROP_TAGS.has(name)) return true;
  const a = el.attribs ?? {};
  if ("hidden" in a || a["aria-hidden"] === "true") return true;
  const style = (a["style"] ?? "").replace(/\s+/g, "").toLowerCase();
  if (style.includes("display:none") || style.includes("visibility:hidden")) return true;
  if (name === "header" && !hasAncestor(el, "article")) return true;
  return false;
}

function hasAncestor(el: Element, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && p.name === name) return true;
  return false;
}

function droppedAncestor(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && isDropped(p)) return true;
  return false;
}

function visibleText(n: AnyNode): { chars: number; linkChars: number; marks: number } {
  let chars = 0;
  let linkChars = 0;
  let marks = 0;
  const walk = (node: AnyNode, inLink: boolean) => {
    if (node.type === "text") {
      const t = (node as TextNode).data.replace(/\s+/g, "");
      chars += t.length;
      if (inLink) linkChars += t.length;
      marks += t.match(SENTENCE_MARKS)?.length ?? 0;
      return;
    }
    if (!isElement(node) || isDropped(node)) return;
    for (const c of node.children) walk(c, inLink || node.name === "a");
  };
  walk(n, false);
  return { chars, linkChars, marks };
}

/**
 * Pick the main content block: paragraphs score by sentence marks and length, discounted
 * by link density, and pass their score to parent and grandparent (Readability's idea,
 * with Chinese punctuation as sentence evidence).
 */
function pickMain($: CheerioAPI): Element | undefined {
  const scores = new Map<Element, number>();
  for (const el of $("p, pre, td, blockquote, li, div, section, font, span").toArray() as unknown as Element[]) {
    if (!PARAGRAPH_TAGS.has(el.name)) continue;
    // Only leaf-ish paragraphs: a div holding other blocks is a container, not a paragraph.
    if (el.name !== "p" && el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.name))) continue;
    if (isDropped(el) || droppedAncestor(el)) continue;
    const v = visibleText(el);
    if (v.chars < 20) continue;
    const linkDensity = v.chars ? v.linkChars / v.chars : 0;
    const score = (1 + v.marks + Math.min(Math.floor(v.chars / 100), 3)) * (1 - linkDensity) ** 2;
    let share = 1;
    for (let p: AnyNode | null = el.parent, depth = 0; p && depth < 3; p = p.parent, depth++) {
      if (!isElement(p)) break;
      scores.set(p, (scores.get(p) ?? 0) + score * share);
      share = depth === 0 ? 0.5 : 0.3;
    }
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const v = visibleText(el);
    const final = s * (1 - (v.chars ? v.linkChars / v.chars : 0));
    if (final > bestScore) {
      bestScore = final;
      best = el;
    }
  }
  return best;
}

interface Builder {
  chars: string[];
  map: number[];
  anchor: number[];
}

function pushBreak(b: Builder, at: number) {
  if (b.chars.length === 0 || b.chars[b.chars.length - 1] === "\n") return;
  while (b.chars.length && b.chars[b.chars.length - 1] === " ") {
    b.chars.pop();
    b.map.pop();
    b.anchor.pop();
  }
  b.chars.push("\n");
  b.map.push(-1);
  b.anchor.push(at);
}

/** Append a text node, collapsing whitespace; chars verbatim in the source keep their offsets. */
function pushText(b: Builder, data: string, raw: string, start: number | undefined, end: number | undefined) {
  const verbatim = start !== undefined && end !== undefined && raw.slice(start, end) === data;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    const at = verbatim ? start! + i : -1;
    if (/[\s\u00a0]/.test(ch) && ch !== "\u3000") {
      const last = b.chars[b.chars.length - 1];
      if (last === undefined || last === " " || last === "\n") continue;
      b.chars.push(" ");
      b.map.push(ch === " " ? at : -1);
      b.anchor.push(start ?? 0);
      continue;
    }
    b.chars.push(ch);
    b.map.push(at);
    b.anchor.push(at >= 0 ? at : (start ?? 0));
  }
}

/** html/outside-main, html/dropped-element: what the extraction leaves out, as markup. */
function markup(raw: string, start: number, end: number, rule: string, detail: string): Removal {
  return { start, end, text: raw.slice(start, end), reason: "markup", rule, detail };
}

export function extractHtml(raw: string): HtmlExtraction {
  const $ = load(raw, { sourceCodeLocationInfo: true } as Parameters<typeof load>[1]);
  const main = pickMain($);
  const removals: Removal[] = [];
  if (!main) {
    const meta = htmlMeta($, "");
    return { view: new TextView("", new Int32Array(0), new Int32Array(0)), meta, removals, empty: "no-article" };
  }
  const b: Builder = { chars: [], map: [], anchor: [] };
  const walk = (node: AnyNode) => {
    if (node.type === "text") {
      const t = node as TextNode;
      pushText(b, t.data, raw, t.sourceCodeLocation?.startOffset, t.sourceCodeLocation?.endOffset);
      return;
    }
    if (!isElement(node)) return;
    const loc = node.sourceCodeLocation;
    if (isDropped(node)) {
      if (loc) removals.push(markup(raw, loc.startOffset, loc.endOffset, "html/dropped-element", `<${node.name}> hidden or not article text`));
      return;
    }
    const block = BLOCK_TAGS.has(node.name) || node.name === "br" || node.name === "td" || node.name === "th";
    if (block) pushBreak(b, loc?.startOffset ?? 0);
    for (const c of node.children) walk(c);
    if (block) pushBreak(b, loc?.endOffset ?? 0);
  };
  walk(main);
  const loc = main.sourceCodeLocation;
  if (loc) {
    if (loc.startOffset > 0) removals.unshift(markup(raw, 0, loc.startOffset, "html/outside-main", "before the main content block"));
    if (loc.endOffset < raw.length) removals.push(markup(raw, loc.endOffset, raw.length, "html/outside-main", "after the main content block"));
  }
  // Bylines sit just above or at the top of the main block.
  const parentText = main.parent ? $(main.parent as never).text() : "";
  const bylineText = parentText.replace(/\s+/g, " ").slice(0, 2000);
  const meta = htmlMeta($, bylineText);
  const view = new TextView(b.chars.join(""), Int32Array.from(b.map), Int32Array.from(b.anchor));
  return { view, meta, removals, empty: null };
}
