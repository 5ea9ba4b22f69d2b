import type { Cut } from "../view.js";
import { lexicon } from "../lexicon.js";
import { isLetterOrDigitUnit } from "../text/char-class.js";

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
  if (safe === lexicon().safeSymbols && cp < 0x10000) return defaultTable()[cp] === 1;
  return classify(ch, cp, safe);
}

let bmpTable: Uint8Array | undefined;

/** isDecorationChar over the BMP with the lexicon's safe symbols, computed once: the
 *  decoration scan asks at every char of every record. */
function defaultTable(): Uint8Array {
  if (bmpTable) return bmpTable;
  const safe = lexicon().safeSymbols;
  bmpTable = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) if (classify(String.fromCharCode(cp), cp, safe)) bmpTable[cp] = 1;
  return bmpTable;
}

let symbols: Uint8Array | undefined;

/** defaultTable without letters and marks. */
function symbolTable(): Uint8Array {
  if (symbols) return symbols;
  const all = defaultTable();
  symbols = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) if (all[cp] === 1 && !/[\p{L}\p{M}]/u.test(String.fromCharCode(cp))) symbols[cp] = 1;
  return symbols;
}

/** Share of a text's letters from scripts other than Han/Latin/kana/Hangul/Bopomofo above
 *  which the text is written in such a script: decorations inject a few letters (ღ), never
 *  a fifth of the page. */
const OWN_SCRIPT_SHARE = 0.2;

function writtenInOtherScript(text: string): boolean {
  const table = defaultTable();
  let letters = 0;
  let foreign = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLetterOrDigitUnit(c)) continue;
    letters++;
    if (table[c] === 1) foreign++;
  }
  return letters > 0 && foreign >= OWN_SCRIPT_SHARE * letters;
}

function classify(ch: string, cp: number, safe: Set<string>): boolean {
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
  // Unassigned and private-use code points are no script's text: generators of decoration
  // runs pick code points from a block without checking they exist (U+1249 in Ethiopic).
  if (/[\p{Cn}\p{Co}]/u.test(ch)) return true;
  return false;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufe0e\ufe0f]/gu;

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
  // A page written in another script (Russian, Arabic, Greek…) has that script's letters and
  // marks as its text: then only symbols can decorate it.
  const ownScript = writtenInOtherScript(text);
  const table = ownScript ? symbolTable() : defaultTable();
  const decorationAt = (at: number): number => {
    const cp = text.codePointAt(at)!;
    if (cp < 0x10000) return table[cp] === 1 ? 1 : 0;
    const ch = String.fromCodePoint(cp);
    return isDecorationChar(ch) && !(ownScript && /[\p{L}\p{M}]/u.test(ch)) ? 2 : 0;
  };
  const charLength = (at: number) => (text.codePointAt(at)! >= 0x10000 ? 2 : 1);
  let i = 0;
  while (i < text.length) {
    const first = decorationAt(i);
    if (first === 0) {
      i += charLength(i);
      continue;
    }
    let j = i + first;
    for (let next = j < text.length ? decorationAt(j) : 0; next > 0; next = j < text.length ? decorationAt(j) : 0) j += next;
    // Invisible joiners and variation selectors glued to a run (an article's own "‍‍"
    // before the injected "Մ♟") do not make it another run; they go with it.
    const run = text.slice(i, j).replace(INVISIBLE, "") || text.slice(i, j);
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
    // Letters (and their marks) alone may spell a quoted foreign word ("ما" in an Arabic
    // quote): such a run needs the recurrence of a single char.
    const lettersOnly = /^[\p{L}\p{M}]+$/u.test(run);
    const minCount = (chars >= 2 && !lettersOnly) || pictographic ? 3 : 5;
    const boundaryShare = s.atBoundary / s.count;
    const periodic = s.count >= 10 && boundaryShare >= 0.3;
    if (!periodic && !(s.count >= minCount && boundaryShare >= (chars >= 2 ? 0.5 : 0.8))) continue;
    const detail = `run "${run}" occurs ${s.count}x, ${s.atBoundary} next to punctuation`;
    for (const [start, end] of s.spans) cuts.push({ start, end, reason: "spam-decoration", rule: "spam/decoration-run", detail });
  }
  return cuts;
}
