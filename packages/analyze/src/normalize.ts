import { toSimplified } from "./traditional.js";

/** Text folded for matching, with a map back to the text it came from. */
export interface Folded {
  text: string;
  /** origin[i] is the index in the source of folded unit i; origin[text.length] === source.length. */
  origin: Int32Array;
  /**
   * True when OpenCC converted the whole text at once (phrases included); false when that
   * changed the length and it was converted character by character instead.
   */
  phrases?: boolean;
}

// Folding one code point (NFKC, then lower case) is the same work every time the character
// comes back, so each answer is remembered: for the Basic Multilingual Plane a table says
// whether the character folds to itself (most Han characters do), and a map holds the folded
// form of the others.
const BMP_SAME = 1;
const BMP_CHANGES = 2;
const bmpState = new Uint8Array(0x10000); // 0: not yet seen
const foldedChar = new Map<number, string>(); // BMP characters that change
const foldedAstral = new Map<number, string | null>(); // null: folds to itself

/** The folded form of the code point at `i`, or undefined when it folds to itself. */
function foldCodePoint(source: string, i: number, cp: number, width: number): string | undefined {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : undefined; // NFKC leaves ASCII alone
  if (width === 1) {
    const state = bmpState[cp];
    if (state === BMP_SAME) return undefined;
    if (state === BMP_CHANGES) return foldedChar.get(cp);
  } else {
    const known = foldedAstral.get(cp);
    if (known !== undefined) return known ?? undefined;
  }
  const raw = source.slice(i, i + width);
  const folded = raw.normalize("NFKC").toLowerCase();
  const same = folded === raw;
  if (width === 2) foldedAstral.set(cp, same ? null : folded);
  else {
    bmpState[cp] = same ? BMP_SAME : BMP_CHANGES;
    if (!same) foldedChar.set(cp, folded);
  }
  return same ? undefined : folded;
}

/**
 * Fold text the same way on the document side and the query side: NFKC (full-width →
 * half-width, compatibility forms), lower case, Traditional → Simplified. Every folded unit
 * remembers where it came from, so a match in folded text maps back to the original.
 * Each code point is folded on its own (so origins stay exact); OpenCC then converts the whole
 * folded text, phrases included, when that keeps its length.
 */
export function foldForSearch(source: string): Folded {
  // One document's text is folded by the analyser and again for its full-text row (and both
  // are separate packages' public functions): the last long text's answer is kept, so the
  // second call costs a comparison (callers only read a Folded; none changes it). Short strings (titles, names, single characters, which
  // are folded often and cheaply) neither use nor displace it.
  if (source.length < REMEMBER_FROM) return foldUncached(source);
  if (source === lastLong?.source) return lastLong.folded;
  const folded = foldUncached(source);
  lastLong = { source, folded };
  return folded;
}

const REMEMBER_FROM = 256;
let lastLong: { source: string; folded: Folded } | undefined;

function foldUncached(source: string): Folded {
  let origin: Int32Array = new Int32Array(source.length + 1);
  let units = 0;
  const pieces: string[] = [];
  let pieceStart = 0; // start in source of the stretch that folds to itself
  let identity = true; // no unit so far changed or moved
  for (let i = 0; i < source.length; ) {
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(source, i, cp, width);
    if (folded === undefined) {
      if (units + width >= origin.length) origin = grow(origin, units + width + 1);
      for (let k = 0; k < width; k++) origin[units++] = i;
      i += width;
      continue;
    }
    // This code point changes: keep the unchanged stretch before it, then its folded form.
    if (pieceStart < i) pieces.push(source.slice(pieceStart, i));
    pieces.push(folded);
    identity = false;
    if (units + folded.length >= origin.length) origin = grow(origin, units + folded.length + source.length - i + 1);
    for (let k = 0; k < folded.length; k++) origin[units++] = i;
    i += width;
    pieceStart = i;
  }
  if (pieceStart < source.length) pieces.push(source.slice(pieceStart));
  let text = identity ? source : pieces.join("");
  origin[units] = source.length;
  origin = origin.length === units + 1 ? origin : origin.slice(0, units + 1);
  const converted = toSimplified(text);
  if (converted.length === text.length) return { text: converted, origin, phrases: true };
  // Phrase conversion changed the length somewhere: convert unit by unit so the map holds.
  // A unit whose own conversion changes length (嗰 → 𠮶, a surrogate pair) stays as it is.
  let byUnit = "";
  for (let k = 0; k < text.length; k++) {
    const u = text[k]!;
    const c = toSimplified(u);
    byUnit += c.length === 1 ? c : u;
  }
  return { text: byUnit, origin, phrases: false };
}

function grow(a: Int32Array, atLeast: number): Int32Array {
  const b = new Int32Array(Math.max(atLeast, a.length * 2));
  b.set(a);
  return b;
}

/** Map a [start, end) span of folded text back to the source. */
export function toSourceSpan(folded: Folded, start: number, end: number): [number, number] {
  const s = folded.origin[start]!;
  // The end maps to the position just after the last folded unit's source character.
  const lastSource = end > start ? folded.origin[end - 1]! : s;
  let e = folded.origin[end]!;
  if (e <= lastSource) e = lastSource + 1;
  return [s, e];
}
