import { isWordCode } from "./script-runs.js";

/** A token found by the Latin/alphanumeric rules, with offsets into the scanned text. */
export interface LatinToken {
  text: string;
  start: number;
  end: number;
  kind: "latin" | "number" | "mixed";
}

const DIGIT = /\p{N}/u;
const LETTER = /[\p{L}\p{M}]/u;

// DIGIT and LETTER per BMP code unit, remembered (bit 1: known, 2: digit, 4: letter): the
// tokenizer asks them of the characters around every joiner and of every token's characters.
const KNOWN = 1;
const IS_DIGIT = 2;
const IS_LETTER = 4;
const bmpClass = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp > 0xffff) {
    const ch = String.fromCodePoint(cp);
    return KNOWN | (DIGIT.test(ch) ? IS_DIGIT : 0) | (LETTER.test(ch) ? IS_LETTER : 0);
  }
  let k = bmpClass[cp]!;
  if (k === 0) {
    const ch = String.fromCharCode(cp);
    bmpClass[cp] = k = KNOWN | (DIGIT.test(ch) ? IS_DIGIT : 0) | (LETTER.test(ch) ? IS_LETTER : 0);
  }
  return k;
}

// Code points are read with codePointAt (a lone surrogate is a code point of its own, as the
// regexes with the u flag see it); undefined past either end of the text.
const isDigitCode = (cp: number | undefined) => cp !== undefined && (classOf(cp) & IS_DIGIT) !== 0;
const isLetterCode = (cp: number | undefined) => cp !== undefined && (classOf(cp) & IS_LETTER) !== 0;
const isCapital = (cp: number | undefined) => cp !== undefined && cp >= 0x41 && cp <= 0x5a;

/**
 * Can the joiner at position i glue the word characters on its two sides into one token?
 * Rules (each keeps a real token whole):
 *   "." between digits (146.4) or letters and digits (V3.1, PM2.5) — not at a sentence end;
 *   "," between a digit and exactly three digits (1,000 but not 2025,2026);
 *   "/" between alphanumerics (FY2025/26, AC/DC, GT/s);
 *   "-" and "_" between alphanumerics (DeepSeek-V3.1, AC-DC, GPT-5);
 *   "'" and "’" between letters (don't, Lenovo's);
 *   "&" between capitals (AT&T, R&D).
 */
function joins(text: string, i: number): boolean {
  const j = text.charCodeAt(i);
  const prev = i > 0 ? text.codePointAt(i - 1) : undefined;
  const next = text.codePointAt(i + 1);
  if (!isWordCode(prev) || !isWordCode(next)) return false;
  switch (j) {
    case 0x2e: // .
      return isDigitCode(next);
    case 0x2c: // ,
      return isDigitCode(prev) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
    case 0x2f: // /
    case 0x2d: // -
    case 0x5f: // _
      return true;
    case 0x27: // '
    case 0x2019: // ’
      return isLetterCode(prev) && isLetterCode(next);
    case 0x26: // &
      return isCapital(prev) && isCapital(next);
    default:
      return false;
  }
}

function kindOf(hasLetter: boolean, hasDigit: boolean): LatinToken["kind"] {
  if (hasLetter && hasDigit) return "mixed";
  return hasDigit ? "number" : "latin";
}

// \p{L} alone (kindOf's "letter"; LETTER above also takes combining marks), per code point.
const LETTER_ONLY = /\p{L}/u;
const bmpLetterOnly = new Uint8Array(0x10000); // 0: not yet known, 1: yes, 2: no
function isLetterOnly(cp: number): boolean {
  if (cp > 0xffff) return LETTER_ONLY.test(String.fromCodePoint(cp));
  let k = bmpLetterOnly[cp]!;
  if (k === 0) bmpLetterOnly[cp] = k = LETTER_ONLY.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

/**
 * Tokenize the non-Han, non-space part of a text: runs of word characters joined by the
 * joiners above, with a trailing "%" kept on numbers (154%). Punctuation and symbols are
 * returned by the caller as separate symbol tokens or dropped.
 * "5.5 KW" stays two tokens ("5.5", "KW"): words never contain whitespace; the figure finder
 * reads the unit across the space.
 */
export function latinTokens(text: string, from: number, to: number): LatinToken[] {
  const out: LatinToken[] = [];
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    if (!isWordCode(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    // Whether the token has a letter (\p{L}) or a digit (\p{N}): joiners and "%" are neither.
    let hasLetter = false;
    let hasDigit = false;
    while (i < to) {
      const c = text.codePointAt(i)!;
      if (isWordCode(c)) {
        if (!hasLetter && isLetterOnly(c)) hasLetter = true;
        if (!hasDigit && isDigitCode(c)) hasDigit = true;
        i += c > 0xffff ? 2 : 1;
      } else if (i + 1 < to && joins(text, i)) i += 1;
      else break;
    }
    if (i < to && (text[i] === "%" || text[i] === "％") && isDigitCode(text.codePointAt(i - 1))) i += 1;
    out.push({ text: text.slice(start, i), start, end: i, kind: kindOf(hasLetter, hasDigit) });
  }
  return out;
}
