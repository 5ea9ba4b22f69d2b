import { isHanUnit, isSpaceUnit } from "./text/char-class.js";
import { decodeUnits } from "./text/utf16.js";

/**
 * Fold look-alikes for keyword matching: full-width ASCII → ASCII, ideographic space →
 * space, lower case, Cyrillic/Greek letters that look Latin inside a Latin word (cаsino with
 * a Cyrillic а) → Latin, spaces dropped between CJK/alphanumeric chars ("凯 发 k8 官 网") and
 * inside letter-spaced Latin ("s l o t g a c o r": four or more single letters in a row).
 * map[i] is the index in the source string of folded char i, so every match maps back to
 * the original text.
 */
export interface Folded {
  text: string;
  map: ArrayLike<number>;
}

const isAsciiWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x3000 || code === 0xa0) return " ";
  return c.toLowerCase();
}

let foldTable: Uint16Array | undefined;

/** foldChar for every code unit, as a table (built once, ~10 ms): fold runs over every char
 *  of every record. A char whose lower case is not one unit (İ) stays as it is. */
function foldCodes(): Uint16Array {
  if (foldTable) return foldTable;
  foldTable = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      foldTable[code] = code;
      continue;
    }
    const f = foldChar(String.fromCharCode(code));
    foldTable[code] = f.length === 1 ? f.charCodeAt(0) : code;
  }
  return foldTable;
}

/** Cyrillic and Greek lower-case letters drawn like Latin ones (Unicode confusables). */
const LOOKALIKE: Record<number, number> = Object.fromEntries(
  [..."аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdɡgοoαaνvκkρpτtυuχx"].flatMap((c, i, a) => (i % 2 === 0 ? [[c.charCodeAt(0), a[i + 1]!.charCodeAt(0)]] : [])),
);
const isLookalike = new Uint8Array(0x10000);
for (const k of Object.keys(LOOKALIKE)) isLookalike[Number(k)] = 1;
const isAsciiLetterCode = (c: number) => c >= 0x61 && c <= 0x7a;

export function fold(text: string): Folded {
  const n = text.length;
  const chars = new Uint16Array(n);
  let surrogates = false;
  let lookalikes = false;
  const table = foldCodes();
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    const f = table[code]!;
    if (isLookalike[f] === 1) lookalikes = true;
    chars[i] = f;
  }
  // A look-alike counts as Latin only inside a word that has a Latin letter (сasinо): Greek
  // α in a formula, a Russian word, stay.
  if (lookalikes) {
    const latinish = (c: number) => isAsciiLetterCode(c) || isLookalike[c] === 1;
    for (let i = 0; i < n; ) {
      if (!latinish(chars[i]!)) {
        i++;
        continue;
      }
      let j = i;
      let latin = false;
      for (; j < n && latinish(chars[j]!); j++) if (isAsciiLetterCode(chars[j]!)) latin = true;
      if (latin) for (let k = i; k < j; k++) chars[k] = LOOKALIKE[chars[k]!] ?? chars[k]!;
      i = j;
    }
  }
  const spacedOut = letterSpacedGaps(chars);
  // Drop whitespace runs glued between CJK and CJK/alphanumeric chars.
  const out = new Uint16Array(n);
  const map = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = chars[i]!;
    if (spacedOut !== undefined && spacedOut[i] === 1) continue;
    if (c !== 0x0a && isSpaceUnit(c)) {
      let j = i;
      while (j < n && chars[j] !== 0x0a && isSpaceUnit(chars[j]!)) j++;
      const prev = k > 0 ? out[k - 1]! : -1;
      const next = j < n ? chars[j]! : -1;
      const prevHan = prev >= 0 && isHanUnit(prev);
      const nextHan = next >= 0 && isHanUnit(next);
      const glue = (prevHan && (nextHan || isAsciiWordCode(next))) || (isAsciiWordCode(prev) && nextHan);
      if (glue) {
        i = j - 1;
        continue;
      }
    }
    out[k] = c;
    map[k++] = i;
  }
  return { text: decodeUnits(out, k, surrogates), map: map.subarray(0, k) };
}

/** Single spaces inside runs of ≥4 lone letters/digits/Han chars separated by single
 *  spaces ("s l o t", "凯 发 k 8 官 网"): English prose has no such runs ("a I" at most).
 *  undefined: none. */
function letterSpacedGaps(chars: Uint16Array): Uint8Array | undefined {
  let gaps: Uint8Array | undefined;
  const n = chars.length;
  const wordish = (c: number) => isAsciiWordCode(c) || isHanUnit(c);
  const single = (i: number) => wordish(chars[i]!) && !wordish(chars[i - 1] ?? 0) && !wordish(chars[i + 1] ?? 0);
  // The last unit of a run may run straight into a word of the other script ("官 网 a p p今年"),
  // never into a word of its own ("g a c o r and": "and" is a word).
  const last = (i: number) => {
    const c = chars[i]!;
    const next = chars[i + 1] ?? 0;
    if (!wordish(c) || wordish(chars[i - 1] ?? 0)) return false;
    return isAsciiWordCode(c) ? !isAsciiWordCode(next) : !isHanUnit(next);
  };
  const isSpaces = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (chars[k] !== 0x20) return false;
    return true;
  };
  let lastRunEnd = -1;
  for (let i = 0; i < n; i++) {
    if (!single(i)) continue;
    let j = i;
    let count = 1;
    while (j + 2 < n && chars[j + 1] === 0x20 && single(j + 2)) {
      j += 2;
      count++;
    }
    if (j + 2 < n && chars[j + 1] === 0x20 && last(j + 2)) {
      j += 2;
      count++;
    }
    if (count >= 4) {
      gaps ??= new Uint8Array(n);
      for (let k = i + 1; k < j; k += 2) gaps[k] = 1;
      // A wider gap after a spaced word separates words ("s l o t  g a c o r"): one space stays.
      if (lastRunEnd >= 0 && i - lastRunEnd > 2 && isSpaces(lastRunEnd + 1, i)) for (let k = lastRunEnd + 2; k < i; k++) gaps[k] = 1;
      lastRunEnd = j;
    }
    i = j;
  }
  return gaps;
}

