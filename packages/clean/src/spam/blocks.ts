import type { Cut } from "../view.js";
import { splitLines, splitSentences, trimSpan } from "../text/lines.js";
import { promoDensity, type PromoEvidence } from "./evidence.js";

/** Share of promotional letters above which a sentence is spam, not a real sentence with an
 *  injected keyword (those keep their text: keywordCuts removes only the keyword). */
const SENTENCE_DENSITY = 0.4;
/** …unless what is left would still be a real clause (a short title with a brand prefix). */
const MAX_LEFTOVER_LETTERS = 8;
const SURE_DENSITY = 0.6;

/** A nav row: many short items separated by spaces, no sentence punctuation. */
export function isNavRow(line: string): boolean {
  if (/[。，！？；,.!?;]/.test(line)) return false;
  const items = line.trim().split(/[\s\u3000|｜]+/u).filter(Boolean);
  if (items.length < 5) return false;
  const lengths = items.map((x) => [...x].length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)]! <= 8;
}

/**
 * spam/nav-row, spam/dense-sentence: planted site headers, nav rows and keyword-stuffed
 * sentences (typically a footer appended to the last paragraph). Judged per sentence, so
 * the real sentences that start a stuffed paragraph stay.
 */
export function spamBlockCuts(text: string, ev: PromoEvidence): Cut[] {
  const cuts: Cut[] = [];
  for (const line of splitLines(text)) {
    const t = trimSpan(text, line.start, line.end);
    if (t.end <= t.start) continue;
    const lineText = text.slice(t.start, t.end);
    const { promo } = promoDensity(text, ev.spans, t.start, t.end);
    if (isNavRow(lineText) && promo >= 2) {
      cuts.push({ start: line.start, end: line.end, reason: "spam-block", rule: "spam/nav-row", detail: `nav row with ${promo} promotional chars` });
      continue;
    }
    for (const s of splitSentences(text, t.start, t.end)) {
      const { density, promo: p, letters } = promoDensity(text, ev.spans, s.start, s.end);
      const leftover = letters - p;
      if (p >= 2 && (density >= SURE_DENSITY || (density >= SENTENCE_DENSITY && leftover < MAX_LEFTOVER_LETTERS))) {
        cuts.push({
          start: s.start,
          end: s.end,
          reason: "spam-block",
          rule: "spam/dense-sentence",
          detail: `promotional density ${density.toFixed(2)}`,
        });
      }
    }
  }
  return cuts;
}
