import type { Cut } from "../view.js";
import { splitLines, splitSentences, trimSpan } from "../text/lines.js";
import { promoDensity, type PromoEvidence } from "./evidence.js";

/** Share of promotional letters above which a sentence is spam, not a real sentence with an
 *  injected keyword (those keep their text: keywordCuts removes only the keyword). */
const SENTENCE_DENSITY = 0.4;
/** …unless what is left would still be a real clause (a short title with a brand prefix). */
const MAX_LEFTOVER_LETTERS = 8;
const SURE_DENSITY = 0.6;

/** Letters of a clause, bracketed tags (【々叁KAKSOQ】, <…>) left out: they are no clause. */
const clauseLetters = (t: string) => (t.replace(/[【\[(（<《][^】\])）>》]*[】\])）>》]/gu, "").match(/[\p{L}\p{N}]/gu) ?? []).length;

/** A nav row: many short items separated by spaces, no sentence punctuation. */
export function isNavRow(line: string): boolean {
  return navItems(line).items > 0;
}

/** Number of items of a nav row and their median length; 0 items when it is not one. */
export function navItems(line: string): { items: number; median: number } {
  if (/[。，！？；,.!?;]/.test(line)) return { items: 0, median: 0 };
  // In Latin text single spaces separate words, not items: items are split by bars, bullets
  // or wide gaps there.
  const latin = (line.match(/[A-Za-z]/g)?.length ?? 0) > 0.5 * (line.match(/[\p{L}]/gu)?.length ?? 0);
  let lastWasSingle = false;
  const split = line.trim().split(latin ? /\s*[|｜·•]\s*|\s{2,}/u : /[\s\u3000|｜]+/u).filter(Boolean);
  // Letter-spaced words ("凯 发 k 8 官 网") are one item each, not six.
  const items: string[] = [];
  for (const x of split) {
    if ([...x].length === 1 && lastWasSingle) items[items.length - 1] += x;
    else items.push(x);
    lastWasSingle = [...x].length === 1;
  }
  if (items.length < 5) return { items: 0, median: 0 };
  const lengths = items.map((x) => [...x].length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  return median <= 8 ? { items: items.length, median } : { items: 0, median };
}

/**
 * spam/nav-row, spam/dense-sentence: planted site headers, nav rows and keyword-stuffed
 * sentences (typically a footer appended to the last paragraph). Judged per sentence, so
 * the real sentences that start a stuffed paragraph stay.
 */
export function spamBlockCuts(text: string, ev: PromoEvidence): Cut[] {
  const cuts: Cut[] = [];
  // Both rules need ≥2 promotional chars in the line: no evidence on the page, no work.
  if (ev.spans.length === 0) return cuts;
  for (const line of splitLines(text)) {
    const t = trimSpan(text, line.start, line.end);
    if (t.end <= t.start) continue;
    const lineText = text.slice(t.start, t.end);
    const { promo, density: lineDensity } = promoDensity(text, ev.spans, t.start, t.end);
    // A headline with spaces and a brand prefix also splits into a few short items: a nav
    // row has many or very short items, or is promotional through and through.
    const nav = navItems(lineText);
    // A wrapper line of contact blocks followed by a headline ("…<浏览器手动输入网址> 国际联播
    // 快讯") is no nav row: its pieces are judged as sentences, so the headline keeps its words.
    const inLine = ev.spans.filter((x) => x.start < t.end && x.end > t.start);
    const lastSpanEnd = Math.max(...inLine.map((x) => x.end));
    const afterSpam = lastSpanEnd > t.start ? text.slice(lastSpanEnd, t.end) : "";
    const headlineAfter = inLine.some((x) => x.kind === "contact") && /^\s/u.test(afterSpam) && clauseLetters(afterSpam) >= 3;
    if (!headlineAfter && nav.items > 0 && promo >= 2 && (lineDensity >= 0.3 || nav.items >= 8 || nav.median <= 4)) {
      cuts.push({ start: line.start, end: line.end, reason: "spam-block", rule: "spam/nav-row", detail: `nav row with ${promo} promotional chars` });
      continue;
    }
    for (const s of splitSentences(text, t.start, t.end)) {
      const { density, promo: p, letters } = promoDensity(text, ev.spans, s.start, s.end);
      const leftover = letters - p;
      if (p >= 2 && (density >= SURE_DENSITY || (density >= SENTENCE_DENSITY && leftover < MAX_LEFTOVER_LETTERS))) {
        // A real heading glued after (or before) the stuffed run keeps its words: the cut
        // stops at the last promotional span when a clean tail of a clause follows.
        const inside = ev.spans.filter((x) => x.end > s.start && x.start < s.end);
        let lastEnd = Math.max(...inside.map((x) => x.end));
        const spanEnd = lastEnd;
        const firstStart = Math.min(...inside.map((x) => x.start));
        // Closing marks of the stuffed run go with it; bracketed tags (【々叁KAKSOQ】) are no clause.
        while (lastEnd < s.end && /[\p{Pe}\p{Pf}\s←→]/u.test(text[lastEnd]!)) lastEnd++;
        const tail = text.slice(lastEnd, s.end);
        const tailLetters = clauseLetters(tail);
        const headLetters = clauseLetters(text.slice(s.start, firstStart));
        // A short tail that asks or exclaims is a clause of its own: a headline's first clause
        // after a brand prefix ("X官网警察點計OT？"). (A short tail ending in 。 is not: stuffed
        // footers end "…凯发平台靠谱吗。")
        // Nor is a short tail set off from the stuffed run by a space (a headline after a
        // wrapper).
        // (In spaced Latin text every word is set off by a space: only a Han headline counts.)
        const setOff = /\s/u.test(text.slice(spanEnd, lastEnd)) && /^\p{Script=Han}/u.test(tail.trimStart());
        const tailIsClause = tailLetters >= MAX_LEFTOVER_LETTERS || (tailLetters >= 3 && (/[？！?!]\s*$/u.test(tail) || setOff));
        cuts.push({
          start: headLetters >= MAX_LEFTOVER_LETTERS ? firstStart : s.start,
          end: tailIsClause ? lastEnd : s.end,
          reason: "spam-block",
          rule: "spam/dense-sentence",
          detail: `promotional density ${density.toFixed(2)}`,
        });
      }
    }
  }
  return cuts;
}
