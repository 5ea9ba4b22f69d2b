import { load } from "cheerio";
import type { Removal } from "../schema.js";
import { TextView } from "../view.js";
import { visibleDate, type TextRun } from "./dates.js";
import { visibleAuthor } from "./author.js";
import { BLOCK_TAGS, isDropped, isElement, type AnyNode, type Element, type TextNode } from "./dom.js";
import { namesCommentThread } from "./hints.js";
import { isLinkBlock, pickMain, withSiblings, type MainPick } from "./main-block.js";
import { htmlMeta, type HtmlMeta } from "./meta.js";

export interface HtmlExtraction {
  view: TextView;
  meta: HtmlMeta;
  removals: Removal[];
  /** Why nothing was extracted, when nothing was. */
  empty: string | null;
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

/** Visible text runs of the page with their positions, and where the article sits among
 *  them: what the printed date and author are looked for in. */
function pageLayout(root: Element, parts: Element[]) {
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
  return { runs, mainStart: Math.max(0, mainStart), mainEnd: Math.max(mainStart, mainEnd) };
}

/** `url`: the page's address as its container declared it (a WARC target URI, a crawl
 *  record's url): its path date is used when the page declares no canonical/og:url. */
export function extractHtml(raw: string, url?: string): HtmlExtraction {
  const $ = load(withoutRawTextIframes(raw), { sourceCodeLocationInfo: true } as Parameters<typeof load>[1]);
  const root = ($("body").get(0) ?? $.root().children().get(0)) as unknown as Element | undefined;
  const pick: MainPick | undefined = root ? pickMain(root) : undefined;
  const main = pick?.main;
  const removals: Removal[] = [];
  if (!pick || !main) {
    const meta = htmlMeta($, "", {}, url);
    return { view: new TextView("", new Int32Array(0), new Int32Array(0)), meta, removals, empty: "no-article" };
  }
  const parts = withSiblings(pick, root!);
  const { subtree } = pick;
  const mainInThread = parts.some((p) => {
    for (let n: AnyNode | null = p; n && isElement(n); n = n.parent) if (namesCommentThread(n)) return true;
    return false;
  });
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
    // Comments under an article are left out; on a page that is itself a thread (a forum),
    // the main block sits inside the thread and is kept.
    if (!parts.includes(node) && !mainInThread && namesCommentThread(node)) {
      if (loc) removals.push(markup(raw, loc.startOffset, loc.endOffset, "html/comment-thread", `<${node.name}> named as a comment thread`));
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
  const layout = pageLayout(root!, parts);
  const printed = {
    date: visibleDate(layout.runs, layout.mainStart, layout.mainEnd),
    author: visibleAuthor(layout.runs, layout.mainStart, layout.mainEnd),
  };
  const meta = htmlMeta($, bylineText, printed, url);
  const view = new TextView(b.chars.join(""), Int32Array.from(b.map), Int32Array.from(b.anchor));
  return { view, meta, removals, empty: null };
}
