import type { Cut } from "../view.js";
import { splitLines, trimSpan } from "./lines.js";

/** A line that is only an image (HTML <img> or markdown ![…](…)) or an empty tag pair. */
const MARKUP_LINE = /^(?:<img\b[^>]*>|!\[[^\]]*\]\([^)]*\)|<(\w+)[^>]*>\s*<\/\1>|<br\s*\/?>|<hr\s*\/?>)+$/iu;

/**
 * text/markup-line: scraper exports and pasted posts keep stray markup lines (an <img> tag,
 * a markdown image): no text of the article, so out of the clean text. Inline tags inside a
 * sentence are left alone: they may carry words.
 */
export function markupLineCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const line of splitLines(text)) {
    const t = trimSpan(text, line.start, line.end);
    if (t.end <= t.start) continue;
    if (MARKUP_LINE.test(text.slice(t.start, t.end).replace(/\s+(?=<|!\[)/g, ""))) {
      cuts.push({ start: line.start, end: line.end, reason: "markup", rule: "text/markup-line", detail: "a line of markup only (image or empty tag)" });
    }
  }
  return cuts;
}
