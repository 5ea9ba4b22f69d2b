import { isWordChar } from "./script-runs.js";

/** A token found by the Latin/alphanumeric rules, with offsets into the scanned text. */
export interface LatinToken {
  text: string;
  start: number;
  end: number;
  kind: "latin" | "number" | "mixed";
}

const DIGIT = /\p{N}/u;
const LETTER = /[\p{L}\p{M}]/u;

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

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
  const j = text[i]!;
  const prev = charAt(text, i - 1);
  const next = charAt(text, i + 1);
  if (!isWordChar(prev) || !isWordChar(next)) return false;
  switch (j) {
    case ".":
      return DIGIT.test(next);
    case ",":
      return DIGIT.test(prev) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
    case "/":
    case "-":
    case "_":
      return true;
    case "'":
    case "’":
      return LETTER.test(prev) && LETTER.test(next);
    case "&":
      return /[A-Z]/.test(prev) && /[A-Z]/.test(next);
    default:
      return false;
  }
}

function kindOf(token: string): LatinToken["kind"] {
  const hasLetter = /\p{L}/u.test(token);
  const hasDigit = /\p{N}/u.test(token);
  if (hasLetter && hasDigit) return "mixed";
  return hasDigit ? "number" : "latin";
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
    const ch = charAt(text, i);
    if (!isWordChar(ch)) {
      i += ch.length || 1;
      continue;
    }
    const start = i;
    while (i < to) {
      const c = charAt(text, i);
      if (isWordChar(c)) i += c.length;
      else if (i + 1 < to && joins(text, i)) i += 1;
      else break;
    }
    if (i < to && (text[i] === "%" || text[i] === "％") && DIGIT.test(charAt(text, i - 1))) i += 1;
    const token = text.slice(start, i);
    out.push({ text: token, start, end: i, kind: kindOf(token) });
  }
  return out;
}
