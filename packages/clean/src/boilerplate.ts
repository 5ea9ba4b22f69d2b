import type { Cut } from "./view.js";
import { lexicon } from "./lexicon.js";
import { isBlank, splitLines } from "./text/lines.js";
import { moreCodePointsThan } from "./text/code-points.js";

/** Fingerprint of a line for corpus-level boilerplate: whitespace-free, lower case, digits
 *  collapsed (dates and counters vary between copies of the same furniture line). */
export function lineFingerprint(line: string): string {
  return line.replace(/[\s\u3000\u00a0]+/gu, "").toLowerCase().replace(/\d+/g, "0");
}

const MAX_LINE = 100;

/**
 * boilerplate/site-furniture, boilerplate/known-line: copyright and ICP lines, 责任编辑,
 * share prompts, "点击进入" rows; and lines the corpus has seen repeating across a source.
 * Only short lines: a paragraph that mentions copyright is still a paragraph.
 */
export function boilerplateCuts(text: string, known?: Set<string>): Cut[] {
  const cuts: Cut[] = [];
  const patterns = lexicon().boilerplatePatterns;
  for (const line of splitLines(text)) {
    if (isBlank(line.text)) continue;
    const s = line.text.trim();
    if (known?.has(lineFingerprint(s))) {
      cuts.push({ start: line.start, end: line.end, reason: "boilerplate", rule: "boilerplate/known-line", detail: "line repeats across the source" });
      continue;
    }
    if (moreCodePointsThan(s, MAX_LINE)) continue;
    const hit = patterns.find((re) => re.test(s));
    if (hit) cuts.push({ start: line.start, end: line.end, reason: "boilerplate", rule: "boilerplate/site-furniture", detail: `matches /${hit.source}/` });
  }
  return cuts;
}
