import type { Cut } from "../view.js";
import { lexicon } from "../lexicon.js";

/** Letters of these scripts are text; letters of any other script inside Chinese/English
 *  prose (Georgian ღ, Armenian, Cherokee, Tifinagh, Runic…) are decoration candidates. */
const TEXT_SCRIPTS = /[\p{Script=Han}\p{Script=Latin}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;

/** Latin-1 punctuation, General Punctuation (quotes, dashes, ellipsis, bullets), CJK
 *  punctuation, vertical/compatibility/small forms, full-width and half-width forms. */
const TEXT_PUNCTUATION = /[\u00a1-\u00bf\u2010-\u205e\u3000-\u303f\u30fb\ufe10-\ufe1f\ufe30-\ufe6f\uff00-\uffef]/u;

/** Could this code point be part of an injected decoration run? Class only; recurrence
 *  decides (see decorationCuts). */
export function isDecorationChar(ch: string, safe: Set<string> = lexicon().safeSymbols): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return false; // ASCII symbols (+ = $ %) are content
  if (cp >= 0xff01 && cp <= 0xff5e) return false; // full-width ASCII
  if (safe.has(ch)) return false;
  // Punctuation of Chinese/English/Japanese prose is text structure; ornamental brackets
  // (❲❳ ⟬⟭), and marks of unrelated scripts are decoration candidates like symbols.
  if (/\p{P}/u.test(ch)) return !TEXT_PUNCTUATION.test(ch);
  if (/\p{S}/u.test(ch)) return true; // symbols, dingbats, geometric shapes, box drawing, emoji
  // Circled and dingbat numbers (❽ ⓻) decorate like symbols; Latin-1 and super/subscript
  // numbers (² ½ ₂) are units and formulas.
  if (/\p{No}/u.test(ch)) return cp > 0xff && !(cp >= 0x2070 && cp <= 0x209f);
  if (/[\u200d\ufe0e\ufe0f\u20e3]/u.test(ch) || /\p{M}/u.test(ch)) return true; // emoji glue, marks
  if (/\p{L}/u.test(ch)) return !TEXT_SCRIPTS.test(ch);
  return false;
}

interface RunStats {
  count: number;
  atBoundary: number;
  spans: Array<[number, number]>;
}

const isBoundary = (ch: string | undefined) => ch === undefined || /[\p{P}\s]/u.test(ch);

/**
 * spam/decoration-run: runs of decoration-class chars removed when the same run recurs,
 * mostly next to punctuation (the injection pattern "clause◈ღღ★，"). A single ★ rating or a
 * Greek letter in a formula does not recur that way and survives.
 */
export function decorationCuts(text: string): Cut[] {
  const runs = new Map<string, RunStats>();
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!isDecorationChar(ch)) {
      i += ch.length;
      continue;
    }
    let j = i + ch.length;
    while (j < text.length) {
      const c2 = String.fromCodePoint(text.codePointAt(j)!);
      if (!isDecorationChar(c2)) break;
      j += c2.length;
    }
    const run = text.slice(i, j);
    const stats = runs.get(run) ?? { count: 0, atBoundary: 0, spans: [] };
    stats.count++;
    if (isBoundary(text[i - 1]) || isBoundary(text[j])) stats.atBoundary++;
    stats.spans.push([i, j]);
    runs.set(run, stats);
    i = j;
  }
  const cuts: Cut[] = [];
  for (const [run, s] of runs) {
    const chars = [...run].length;
    const pictographic = /\p{Extended_Pictographic}/u.test(run);
    const minCount = chars >= 2 || pictographic ? 3 : 5;
    const boundaryShare = s.atBoundary / s.count;
    const periodic = s.count >= 10 && boundaryShare >= 0.3;
    if (!periodic && !(s.count >= minCount && boundaryShare >= (chars >= 2 ? 0.5 : 0.8))) continue;
    const detail = `run "${run}" occurs ${s.count}x, ${s.atBoundary} next to punctuation`;
    for (const [start, end] of s.spans) cuts.push({ start, end, reason: "spam-decoration", rule: "spam/decoration-run", detail });
  }
  return cuts;
}
