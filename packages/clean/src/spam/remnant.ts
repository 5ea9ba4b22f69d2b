import type { Removal } from "../schema.js";
import { splitLines } from "../text/lines.js";
import type { Cut, TextView } from "../view.js";
import { isDecorationChar } from "./decoration.js";
import { promoTerms } from "./promo-terms.js";

/** A piece holding punctuation (a clause mark, a colon, a quote) is (part of) prose. */
const CLAUSE = /\p{P}/u;
const MAX_REMNANT = 24;
const LETTER = /[\p{L}\p{N}]/u;
/** Cuts that call the reader to act (contact blocks, stuffed promotional sentences): their
 *  line is a wrapper line. */
const CALL_RULES = new Set(["spam/contact-block", "spam/dense-sentence"]);
/** Arrows and decoration symbols glue wrapper parts together ("🦐【…】🦐←<…>"); letters of
 *  other scripts do not (they may be a quotation next to a cut). */
const isGlue = (ch: string) => ch !== "" && ((isDecorationChar(ch) && !/[\p{L}\p{M}]/u.test(ch)) || /[←→↑↓⇐⇒]/u.test(ch));
/** The code point starting at / ending before a UTF-16 index, as a string ("" at the edge). */
const charAt = (s: string, i: number) => (i < s.length ? String.fromCodePoint(s.codePointAt(i)!) : "");
const charBefore = (s: string, i: number) => {
  if (i <= 0) return "";
  const lo = s.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s[i - 1]!;
};

/**
 * spam/wrapper-remnant: what the spam rules leave of a wrapper line. Between two spam cuts,
 * a short piece with no punctuation at all is part of the wrapper (the campaign's keyword
 * title between two contact blocks); between a spam cut and the line's edge, such a piece
 * is too when it holds promotional vocabulary of its own (必发官方网站是什么 before 【网：…】).
 * Arrows and decoration glued to a spam cut go with it. A real headline after the wrapper
 * ("… <浏览器…> 网页起舞：当代码成为舞步") holds no lure and stays.
 */
export function remnantCuts(view: TextView, rawLength: number, spam: readonly Removal[]): Cut[] {
  if (spam.length === 0) return [];
  const starts = spam.map((r) => r.start).sort((a, b) => a - b);
  const callStarts = spam.filter((r) => CALL_RULES.has(r.rule)).map((r) => r.start).sort((a, b) => a - b);
  /** Some removal of `list` starts in raw [from, to). */
  const someIn = (list: number[], from: number, to: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]! < to;
  };
  const spamIn = (from: number, to: number) => someIn(starts, from, to);
  const gapOf = (p: number): [number, number] => [p > 0 ? map[p - 1]! + 1 : 0, p < text.length ? map[p]! : rawLength];
  const { text, map } = view;
  /** Is there a spam cut right before view position p (between p-1 and p)? */
  const spamEdge = (p: number) => {
    const before = p > 0 ? map[p - 1]! : -1;
    const after = p < text.length ? map[p]! : rawLength;
    if ((p > 0 && before < 0) || after < 0) return false;
    return after > before + 1 && spamIn(before + 1, after);
  };
  const cuts: Cut[] = [];
  const cut = (start: number, end: number, detail: string) => cuts.push({ start, end, reason: "spam-block", rule: "spam/wrapper-remnant", detail });
  for (const line of splitLines(text)) {
    const edges: number[] = [];
    for (let p = line.start; p <= line.end; p++) if (spamEdge(p)) edges.push(p);
    if (edges.length === 0) continue;
    // Remnants are judged on wrapper lines only: lines whose spam includes a call to action
    // (a contact block, a stuffed promotional sentence). Elsewhere a piece between two cuts is the article's own words
    // (a headline split by an inserted brand and a |name|).
    const wrapper = edges.some((p) => someIn(callStarts, ...gapOf(p)));
    const bounds = [...new Set([line.start, ...edges, line.end])].sort((a, b) => a - b);
    const isSpam = new Set(edges);
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k]!;
      const b = bounds[k + 1]!;
      const left = isSpam.has(a);
      const right = isSpam.has(b);
      if (!left && !right) continue;
      const piece = text.slice(a, b);
      const trimmed = piece.trim();
      if (!trimmed) continue;
      if (![...trimmed].some((c) => LETTER.test(c))) {
        if ([...trimmed].every((c) => isGlue(c) || /\s/u.test(c))) cut(a, b, "decoration gluing spam cuts together");
        continue;
      }
      const short = !CLAUSE.test(trimmed) && [...trimmed].length <= MAX_REMNANT;
      if (wrapper && short && left && right) {
        cut(a, b, "a short piece between two spam cuts, no clause");
        continue;
      }
      const edgeOther = (left && b === line.end) || (right && a === line.start);
      if (wrapper && short && edgeOther) {
        const t = promoTerms(trimmed);
        if (t.lure || t.strongSite || t.chain) {
          cut(a, b, "a short piece between a spam cut and the line's edge, with promotional vocabulary");
          continue;
        }
      }
      // Glue chars touching a spam cut (🦐, ←, ✅) go with it.
      const glueOrSpace = (ch: string) => isGlue(ch) || /\s/u.test(ch);
      if (left) {
        let e = a;
        for (let ch = charAt(text, e); e < b && glueOrSpace(ch); ch = charAt(text, e)) e += ch.length;
        if (e > a && text.slice(a, e).trim()) cut(a, e, "decoration glued to a spam cut");
      }
      if (right) {
        let s = b;
        for (let ch = charBefore(text, s); s > a && glueOrSpace(ch); ch = charBefore(text, s)) s -= ch.length;
        if (s < b && text.slice(s, b).trim()) cut(s, b, "decoration glued to a spam cut");
      }
    }
  }
  return cuts;
}
