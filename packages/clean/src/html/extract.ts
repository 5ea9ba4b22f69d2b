import { load, type CheerioAPI } from "cheerio";
import type { Removal } from "../schema.js";
import { TextView } from "../view.js";
import { visibleDate, type TextRun } from "./dates.js";
import { htmlMeta, type HtmlMeta } from "./meta.js";

const DROP_TAGS = new Set(["script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "footer", "aside", "button", "select", "input", "textarea", "head", "link", "meta", "object", "embed"]);
const BLOCK_TAGS = new Set(["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "blockquote", "pre", "figure", "figcaption", "header", "address", "center", "hr"]);
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

function hasAncestor(el: Element, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && p.name === name) return true;
  return false;
}


interface TextStats {
  chars: number;
  linkChars: number;
  marks: number;
}
const zero = (): TextStats => ({ chars: 0, linkChars: 0, marks: 0 });
const addTo = (a: TextStats, b: TextStats) => {
  a.chars += b.chars;
  a.linkChars += b.linkChars;
  a.marks += b.marks;
};

/** Elements that start a new paragraph of text; everything else (a, span, font, b…) is inline. */
const isBlock = (el: Element) => BLOCK_TAGS.has(el.name) || el.name === "td" || el.name === "th" || el.name === "body";

/** A short summary that ends in an ellipsis is a teaser pointing at another article (a long
 *  one is more likely the page's own abstract, cut short with a "read more"). */

/** How much more paragraph mass an ancestor must hold for the pick to climb to it. */
const CLIMB = 2;
const TEASER_END = /(?:\.{3}|…|⋯)\s*$/u;

/**
 * Pick the main content block. Each paragraph (the text whose nearest block ancestor is one
 * element: a <p>, or a container's own text between <br>s) scores by sentence marks and
 * length, discounted by link density, and passes its score up to three ancestors
 * (Readability's idea, with Chinese punctuation as sentence evidence). Text sitting
 * directly in a container that also holds blocks scores for that container itself, so an
 * article written as text + <br> next to a picture paragraph is still found.
 */
/** A whole article wrapped in one <a> (some portals link the full text to its page) is
 *  prose, not a link: long, with several sentence marks. */
function isProseLink(a: Element): boolean {
  let chars = 0;
  let marks = 0;
  const count = (n: AnyNode) => {
    if (n.type === "text") {
      const t = (n as TextNode).data.replace(/\s+/g, "");
      chars += t.length;
      marks += t.match(SENTENCE_MARKS)?.length ?? 0;
    } else if (isElement(n)) for (const c of n.children) count(c);
  };
  count(a);
  return chars >= 150 && marks >= 5;
}

/** Mostly Latin letters (an English paragraph: three times as many letters per idea). */
function isLatin(parts: string[]): boolean {
  const t = parts.join("");
  return (t.match(/[A-Za-z]/g)?.length ?? 0) > 0.5 * (t.match(/\p{L}/gu)?.length ?? 1);
}

interface MainPick {
  main: Element | undefined;
  score: number;
  scores: Map<Element, number>;
  subtree: Map<Element, TextStats>;
}

function pickMain(root: Element): MainPick {
  const subtree = new Map<Element, TextStats>();
  const own = new Map<Element, { stats: TextStats; text: string[]; hasBlockChild: boolean }>();
  const walk = (el: Element, block: Element, inLink: boolean): TextStats => {
    const total = zero();
    const myBlock = isBlock(el) ? el : block;
    if (myBlock === el) own.set(el, { stats: zero(), text: [], hasBlockChild: false });
    else if (isBlock(el)) own.get(block)!.hasBlockChild = true;
    // Only <a href> is a link: a named anchor left open (<a name=top>) is re-opened by the
    // parser around everything after it and would make the whole page "links".
    const link = inLink || (el.name === "a" && el.attribs?.["href"] !== undefined && !isProseLink(el));
    for (const c of el.children) {
      if (c.type === "text") {
        const raw = (c as TextNode).data;
        const t = raw.replace(/\s+/g, "");
        if (!t) continue;
        const st: TextStats = { chars: t.length, linkChars: link ? t.length : 0, marks: t.match(SENTENCE_MARKS)?.length ?? 0 };
        addTo(total, st);
        const o = own.get(myBlock)!;
        addTo(o.stats, st);
        o.text.push(raw);
      } else if (isElement(c) && !isDropped(c)) {
        if (isBlock(c) && own.has(myBlock)) own.get(myBlock)!.hasBlockChild = true;
        addTo(total, walk(c, myBlock, link));
      }
    }
    subtree.set(el, total);
    return total;
  };
  walk(root, root, false);

  const scores = new Map<Element, number>();
  const mass = new Map<Element, number>(); // all paragraph score anywhere below an element
  const give = (el: AnyNode | null, score: number) => {
    if (el && isElement(el)) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  for (const [el, o] of own) {
    const v = o.stats;
    if (v.chars < 20 && !(v.chars >= 8 && v.marks >= 1)) continue;
    const linkDensity = v.linkChars / v.chars;
    let score = (1 + v.marks + Math.min(Math.floor(v.chars / 100), 3)) * (1 - linkDensity) ** 2;
    if (TEASER_END.test(o.text.join("")) && v.chars < (isLatin(o.text) ? 400 : 150)) score *= 0.2;
    for (let p: AnyNode | null = el; p && isElement(p); p = p.parent) mass.set(p, (mass.get(p) ?? 0) + score);
    if (o.hasBlockChild) {
      give(el, score);
      give(el.parent, score * 0.5);
      give(el.parent?.parent ?? null, score * 0.3);
    } else {
      give(el.parent, score);
      give(el.parent?.parent ?? null, score * 0.5);
      give(el.parent?.parent?.parent ?? null, score * 0.3);
    }
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const v = subtree.get(el);
    if (!v) continue;
    const final = s * (1 - (v.chars ? v.linkChars / v.chars : 0));
    if (final > bestScore) {
      bestScore = final;
      best = el;
    }
  }
  // An article cut into many small column blocks (one or two paragraphs each) leaves the
  // best single block holding a fraction of it: climb while an ancestor holds at least twice
  // the paragraph mass and is no link farm.
  // Wrappers with nothing else in them are passed through (up to four levels).
  for (let climbed = true; best && climbed; ) {
    climbed = false;
    let up: AnyNode | null = best.parent;
    for (let depth = 0; up && isElement(up) && up !== root && depth < 4; up = up.parent, depth++) {
      const v = subtree.get(up);
      if (!v || v.linkChars / (v.chars || 1) > 0.3) break;
      if ((mass.get(up) ?? 0) >= CLIMB * (mass.get(best) ?? 0)) {
        best = up;
        climbed = true;
        break;
      }
    }
  }
  return { main: best, score: bestScore, scores, subtree };
}

/**
 * The main block and those of its siblings that carry article text too (an article split
 * by an ad or a picture box into sibling containers): siblings scoring at least a fifth of
 * the best, and plain paragraphs of prose with few links (Readability's sibling rule).
 */
function withSiblings(pick: MainPick): Element[] {
  const main = pick.main!;
  const parent = main.parent;
  if (!parent || !isElement(parent)) return [main];
  const threshold = Math.max(3, pick.score * 0.2);
  return parent.children.filter((c): c is Element => {
    if (c === main) return true;
    if (!isElement(c) || isDropped(c)) return false;
    const v = pick.subtree.get(c);
    if (!v || v.chars === 0) return false;
    const linkDensity = v.linkChars / v.chars;
    if ((pick.scores.get(c) ?? 0) * (1 - linkDensity) >= threshold) return true;
    return c.name === "p" && linkDensity < 0.25 && (v.chars >= 80 || (v.chars >= 20 && v.marks >= 2));
  });
}

const LIST_CONTAINERS = new Set(["div", "ul", "ol", "dl", "table", "tbody", "section", "p", "td", "tr"]);

/**
 * Inside the main block, a container of links with little sentence evidence is a
 * related-links list, a tag cloud or a share bar (Readability's "clean conditionally",
 * with Chinese punctuation counted). Long runs of prose survive whatever their links.
 */
function isLinkBlock(el: Element, v: TextStats | undefined): boolean {
  if (!v || v.chars === 0 || !LIST_CONTAINERS.has(el.name)) return false;
  const linkDensity = v.linkChars / v.chars;
  if (v.marks >= 10) return linkDensity > 0.6;
  return linkDensity > 0.4;
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

/**
 * HTML parsers read everything after <iframe> as raw text until </iframe>, so one unclosed
 * iframe swallows the rest of the page. The tag is renamed (same length, so source offsets
 * stay valid) to an ordinary element: dropped when it holds no elements (the usual empty or
 * fallback-text iframe), transparent when an unclosed one swallowed the page.
 */
function withoutRawTextIframes(raw: string): string {
  return /<iframe/i.test(raw) ? raw.replace(/<(\/?)iframe(?=[\s>\/])/gi, "<$1iframx") : raw;
}

const NO_DATE_TAGS = new Set(["script", "style", "noscript", "template", "head", "svg", "canvas", "object", "embed", "select", "textarea", "option"]);

/** Visible text runs of the page with their positions, and where the article sits among them. */
function pageDateOf(root: Element, parts: Element[]) {
  const runs: TextRun[] = [];
  let pos = 0;
  let mainStart = -1;
  let mainEnd = -1;
  const walk = (n: AnyNode) => {
    if (n.type === "text") {
      const t = (n as TextNode).data;
      if (t.trim()) runs.push({ text: t, pos });
      pos += t.length;
      return;
    }
    // Page headers and small forms often carry the article's dateline: they are dropped
    // from the text but read here; only code and invisible markup are skipped.
    if (!isElement(n) || NO_DATE_TAGS.has(n.name)) return;
    if (n === parts[0]) mainStart = pos;
    for (const c of n.children) walk(c);
    if (n === parts[parts.length - 1]) mainEnd = pos;
  };
  walk(root);
  return visibleDate(runs, Math.max(0, mainStart), Math.max(mainStart, mainEnd));
}

export function extractHtml(raw: string): HtmlExtraction {
  const $ = load(withoutRawTextIframes(raw), { sourceCodeLocationInfo: true } as Parameters<typeof load>[1]);
  const root = ($("body").get(0) ?? $.root().children().get(0)) as unknown as Element | undefined;
  const pick: MainPick = root ? pickMain(root) : { main: undefined, score: 0, scores: new Map(), subtree: new Map() };
  const { main, subtree } = pick;
  const removals: Removal[] = [];
  if (!main) {
    const meta = htmlMeta($, "");
    return { view: new TextView("", new Int32Array(0), new Int32Array(0)), meta, removals, empty: "no-article" };
  }
  const parts = withSiblings(pick);
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
    if (!parts.includes(node) && isLinkBlock(node, subtree.get(node))) {
      if (loc) removals.push(markup(raw, loc.startOffset, loc.endOffset, "html/link-block", `<${node.name}> mostly links, few sentences`));
      return;
    }
    const block = BLOCK_TAGS.has(node.name) || node.name === "br" || node.name === "td" || node.name === "th";
    if (block) pushBreak(b, loc?.startOffset ?? 0);
    for (const c of node.children) walk(c);
    if (block) pushBreak(b, loc?.endOffset ?? 0);
  };
  let covered = 0;
  for (const part of parts) {
    const loc = part.sourceCodeLocation;
    if (loc && loc.startOffset > covered) {
      removals.push(markup(raw, covered, loc.startOffset, "html/outside-main", covered === 0 ? "before the main content block" : "between the main content blocks"));
    }
    walk(part);
    pushBreak(b, loc?.endOffset ?? 0);
    if (loc) covered = Math.max(covered, loc.endOffset);
  }
  if (covered > 0 && covered < raw.length) removals.push(markup(raw, covered, raw.length, "html/outside-main", "after the main content block"));
  // Bylines sit just above or at the top of the main block.
  const parentText = main.parent ? $(main.parent as never).text() : "";
  const bylineText = parentText.replace(/\s+/g, " ").slice(0, 2000);
  const meta = htmlMeta($, bylineText, pageDateOf(root!, parts));
  const view = new TextView(b.chars.join(""), Int32Array.from(b.map), Int32Array.from(b.anchor));
  return { view, meta, removals, empty: null };
}
