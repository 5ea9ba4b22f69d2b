import { MAX_HTML_DEPTH } from "./limits.js";

/** Elements that never have children, and those whose end tag may be left out: neither may
 *  count as a level of nesting, or ordinary sloppy pages would look deep. */
const NO_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup", "rp", "rt", "optgroup",
]);

/**
 * The deepest element nesting of an HTML document, by counting open and close tags (no parse
 * tree: the point is to measure before anything recursive runs). Self-closed tags, void
 * elements and elements with optional end tags do not count; the content of script, style and
 * comments is skipped.
 */
export function htmlNestingDepth(html: string): number {
  const re = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || NO_NESTING.has(name) || m[4] === "/") continue;
    if (m[2] === "/") depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}

/** Why an HTML document is too deep to clean, if it is. */
export function tooDeepHtml(html: string): string | undefined {
  const depth = htmlNestingDepth(html);
  return depth > MAX_HTML_DEPTH ? `HTML elements nested ${depth} deep (limit ${MAX_HTML_DEPTH}); skipped` : undefined;
}
