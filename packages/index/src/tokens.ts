import { foldForSearch, toSourceSpan, type Folded } from "@wenku/analyze/normalize";
import { decodeUnits } from "@wenku/clean/utf16";
import { stemmer } from "stemmer";
import { numberTerms } from "./number-terms.js";

// The fold module alone, not the package root: the root also loads the segmenter, the
// gazetteer and zod (~70 ms), which a one-shot `wenku search` must not pay for.
export { foldForSearch, toSourceSpan };

/** A search term found in folded text, with its span in that folded text. */
export interface Term {
  token: string;
  start: number;
  end: number;
}

// Scripts written without spaces: indexed as overlapping character bigrams, which measured
// best for Chinese passage retrieval here (NOTES.md) and need no dictionary at query time.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// A Latin/digit token, allowing inner joiners so 154%, fy2025/26, 1.6t, pm2.5 stay whole (pushAlnum
// cuts joined words such as go-ahead and covid-19):
// /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.\/+_&-](?=[\p{L}\p{N}]))*%?/u, cut where CJK begins
// (2025年 → 2025 + 年). Scanned by hand (alnumEnd) with a table per code unit: the regex made
// a match array per English word of every document.
function isAlnumCode(cp: number): boolean {
  return kindOf(cp) !== NEITHER;
}

// What a code point is, letter (\p{L}), digit (\p{N}) or neither, remembered per UTF-16 code
// unit (astral code points are asked each time; a lone surrogate is neither, as the u-flag
// regexes see it as a code point of its own).
const LETTERS = 1;
const DIGITS = 2;
const NEITHER = 4;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const kindState = new Uint8Array(0x10000); // 0: not yet known

function kindOf(cp: number): number {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a ? LETTERS : cp >= 0x30 && cp <= 0x39 ? DIGITS : NEITHER;
  if (cp > 0xffff) return kindOfCharacter(String.fromCodePoint(cp));
  let k = kindState[cp]!;
  if (k === 0) kindState[cp] = k = kindOfCharacter(String.fromCharCode(cp));
  return k;
}

function kindOfCharacter(ch: string): number {
  return LETTER.test(ch) ? LETTERS : NUMBER.test(ch) ? DIGITS : NEITHER;
}

const isJoiner = (c: number) => c === 0x2e || c === 0x2f || c === 0x2b || c === 0x5f || c === 0x26 || c === 0x2d; // . / + _ & -

/** End of the alphanumeric token starting at `i` (text[i] is not CJK); `i` when there is none. */
function alnumEnd(text: string, i: number): number {
  const first = text.codePointAt(i)!;
  if (!isAlnumCode(first)) return i;
  let j = i + (first > 0xffff ? 2 : 1);
  for (;;) {
    if (j >= text.length) return j;
    const cp = text.codePointAt(j)!;
    if (isAlnumCode(cp)) {
      // Where CJK begins the token ends, and a "%" after it is not read.
      if (isCjkCode(text.charCodeAt(j))) return j;
      j += cp > 0xffff ? 2 : 1;
    } else if (isJoiner(cp) && j + 1 < text.length && isAlnumCode(text.codePointAt(j + 1)!)) j++;
    else break;
  }
  return text.charCodeAt(j) === 0x25 ? j + 1 : j; // %
}

// isCjk per UTF-16 code unit, remembered (0: not yet known, 1: CJK, 2: not): the scan below
// runs over every character of every document, and a one-character string made per unit to
// test it was most of its garbage. A surrogate half is never CJK (the regex, with the u flag,
// sees it as a lone code point), so astral ideographs are not bigrammed, as before.
const cjkState = new Uint8Array(0x10000);

function isCjkCode(c: number): boolean {
  // Fast answers for the common cases (ASCII, the main Han block); the regex for the rest.
  if (c < 0x1100) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  let k = cjkState[c]!;
  if (k === 0) cjkState[c] = k = CJK.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

function isCjk(ch: string): boolean {
  return isCjkCode(ch.charCodeAt(0));
}

/** Where a term is in the folded text (its token is `text.slice(start, end)`); `cjk`: a CJK
 *  bigram or lone character, else an alphanumeric token or word. */
type EmitTerm = (start: number, end: number, cjk: boolean) => void;

/** Calls `emit` for each term of already folded text, in order: CJK bigrams (a lone CJK
 *  character where its run is one long) and alphanumeric tokens. */
function scanFolded(text: string, emit: EmitTerm): void {
  let i = 0;
  while (i < text.length) {
    if (isCjkCode(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < text.length && isCjkCode(text.charCodeAt(j))) j++;
      if (j - i === 1) emit(i, j, true);
      for (let k = i; k + 1 < j; k++) emit(k, k + 2, true);
      i = j;
      continue;
    }
    const end = alnumEnd(text, i);
    if (end > i) {
      pushAlnum(emit, text, i, end);
      i = end;
      continue;
    }
    i++;
  }
}

/** Terms of already folded text, in order: CJK bigrams and alphanumeric tokens. */
export function termsOfFolded(text: string): Term[] {
  const terms: Term[] = [];
  scanFolded(text, (start, end) => terms.push({ token: text.slice(start, end), start, end }));
  return terms;
}

// Words joined by hyphens, slashes or dots, letters only: go-ahead, liquid-cooled, year-on-year;
// a newswire ticker (REXN.O), an abbreviation (U.S.), a scraped sentence that lost the space
// after its full stop (shares.The): each part is a word someone searches for.
// Words and numbers joined by hyphens or slashes: 10-year, covid-19, gpt-5, SYSTEM/2, 737-max.
// "year" finds "10-year bonds" and "covid" finds "covid-19" (found on Reuters newswire, where
// "canada year average" could not find "CANADA 3-YEAR BONDS AVERAGE ..."). Numbers alone (11-12,
// 2024-01-05) stay whole, as do parts that mix letters and digits (fy2025/26, x86-64).
// As regexes: /^\p{L}+(?:[-\/.]\p{L}+)+$/u, or /^(?:\p{L}+|\p{N}+)(?:[-\/](?:\p{L}+|\p{N}+))+$/u
// with a letter. Scanned by hand (cutsAtJoiners): in a fresh process, compiling and tiering up
// those regexes made the terms of 2.6k characters of news take 8 ms instead of 1.2.
const MIXED = LETTERS | DIGITS;

const isWordJoiner = (c: number) => c === 0x2d || c === 0x2f || c === 0x2e; // - / .

/** Whether text[start, end), an alphanumeric token, is cut into its parts at its joiners. */
function cutsAtJoiners(text: string, start: number, end: number): boolean {
  let joiners = 0;
  let dot = false;
  let part = 0; // LETTERS | DIGITS seen in the current part
  let parts = 0; // the kinds of the parts so far (NEITHER for a part that mixes the two)
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    if (isWordJoiner(c)) {
      if (part === 0) return false;
      parts |= part === MIXED ? NEITHER : part;
      part = 0;
      joiners++;
      if (c === 0x2e) dot = true;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const k = kindOf(cp);
    if (k === NEITHER) return false;
    part |= k;
    i += cp > 0xffff ? 2 : 1;
  }
  if (joiners === 0 || part === 0) return false;
  parts |= part === MIXED ? NEITHER : part;
  // Letters only, joined by - / or .; else letter and digit parts, some of each, by - or /.
  return parts === LETTERS || (parts === MIXED && !dot);
}

/** An alphanumeric token (text[start, end)) as terms. Words joined by hyphens, slashes or dots,
 *  and words joined to numbers by hyphens or slashes, are split into their parts (so "ahead"
 *  finds "go-ahead", and the query "go-ahead" is the phrase "go ahead"); other tokens with
 *  digits or joiners stay whole (fy2025/26, pm2.5, 3.5, at&t). */
function pushAlnum(emit: EmitTerm, text: string, start: number, end: number): void {
  if (!cutsAtJoiners(text, start, end)) {
    emit(start, end, false);
    return;
  }
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isWordJoiner(text.charCodeAt(i))) continue;
    emit(from, i, false);
    from = i + 1;
  }
}

/** A single CJK character: a term only where its run is one character long, so in a query
 *  it is matched as the beginning of a bigram (A股 finds A股市场). */
export function isSingleCjk(form: string): boolean {
  return form.length === 1 && isCjk(form);
}

/** The form a term is indexed and queried under: English words by their Porter stem (as
 *  FTS5's porter tokenizer would), so "cooling" and "cooled" meet; everything else as is.
 *  One token per term keeps phrase positions intact. */
export function indexForm(token: string): string {
  if (!isLowerAsciiWord(token)) return token;
  let stem = stemCache.get(token);
  if (stem === undefined) {
    stem = stemmer(token);
    // Bounded so a long-running process indexing many documents does not grow without end.
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(token, stem);
  }
  return stem;
}
const stemCache = new Map<string, string>();

/** /^[a-z]{3,}$/ as a loop over code units: asked of every term of every document. */
function isLowerAsciiWord(token: string): boolean {
  if (token.length < 3) return false;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** The token stream written to FTS for a field: its terms, then the value terms of its
 *  numbers (after the terms, so phrase positions are those of the terms alone), unless
 *  `valueTerms` is false; without the words (folded, before stemming) in `leaveOut`. */
export function indexTokens(source: string, { valueTerms = true, leaveOut }: { valueTerms?: boolean; leaveOut?: ReadonlySet<string> } = {}): string {
  return tokenStream(source, valueTerms, undefined, leaveOut);
}

/**
 * A field's token stream (indexTokens) and its English words as written where the index knows
 * them by another form, their stem ("profiteers", "generally", "news" for profit, gener, new),
 * space-separated: the fts column `forms`, through which a word typed as the article writes it
 * outranks the other words that share its stem. Porter conflates words a researcher keeps apart
 * (news/new, university/universe, profiteers/profit), and a common stem buried a rare word
 * typed exactly: "profiteers profit" found the BBC story on profiteers nowhere in ten, trigram
 * first (bench/search/newswire.ts).
 */
export function indexStreams(source: string): { tokens: string; forms: string } {
  const forms: string[] = [];
  const tokens = tokenStream(source, true, forms);
  return { tokens, forms: forms.join(" ") };
}

function tokenStream(source: string, valueTerms: boolean, forms?: string[], leaveOut?: ReadonlySet<string>): string {
  const folded = foldForSearch(source).text;
  // The stream is written as code units into one buffer and decoded once: a string per CJK
  // bigram (most of a Chinese text's terms) joined at the end was most of this function's
  // garbage. Same stream as joining the terms' index forms with spaces.
  const out = UnitWriter.reused(folded.length * 3 + 16);
  scanFolded(folded, (start, end, cjk) => {
    const token = cjk ? undefined : folded.slice(start, end);
    if (token !== undefined && leaveOut?.has(token)) return;
    if (out.length > 0) out.unit(0x20);
    if (token === undefined) out.units(folded, start, end);
    else {
      const form = indexForm(token);
      out.units(form, 0, form.length);
      if (forms && form !== token) forms.push(token);
    }
  });
  const values = valueTerms ? numberTerms(folded) : [];
  for (const n of values) {
    if (out.length > 0) out.unit(0x20);
    out.units(n.token, 0, n.token.length);
  }
  return out.text();
}

/** A string built from UTF-16 code units appended to a growing buffer. */
class UnitWriter {
  private buf: Uint16Array;
  length = 0;
  private constructor(buf: Uint16Array) {
    this.buf = buf;
  }
  /** A writer over the buffer the previous call used (grown as needed, kept up to 1 M units =
   *  2 MB): one buffer per thread instead of one per document, whose off-heap memory the
   *  threads' allocator would otherwise keep cycling. indexTokens is not re-entered. */
  static reused(capacity: number): UnitWriter {
    if (!spare || spare.length < capacity) return new UnitWriter(new Uint16Array(capacity));
    const w = new UnitWriter(spare);
    spare = undefined;
    return w;
  }
  unit(c: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = c;
  }
  units(s: string, from: number, to: number): void {
    if (this.length + (to - from) > this.buf.length) this.grow(to - from);
    for (let k = from; k < to; k++) this.buf[this.length++] = s.charCodeAt(k);
  }
  private grow(atLeast: number): void {
    const next = new Uint16Array(Math.max(this.buf.length * 2, this.length + atLeast));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  /** The string (a surrogate pair is text, a lone surrogate is kept as it is). */
  text(): string {
    const s = decodeUnits(this.buf, this.length, hasLoneSurrogate(this.buf.subarray(0, this.length)));
    if (this.buf.length <= SPARE_MAX_UNITS && (!spare || spare.length < this.buf.length)) spare = this.buf;
    return s;
  }
}

const SPARE_MAX_UNITS = 1 << 20;
let spare: Uint16Array | undefined;

function hasLoneSurrogate(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) {
    const c = units[i]!;
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < units.length && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff) i++;
    else return true;
  }
  return false;
}

export function fold(text: string): Folded {
  return foldForSearch(text);
}
