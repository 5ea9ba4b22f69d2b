import type { Word } from "../schema.js";
import { foldForSearch, type Folded } from "../normalize.js";
import { kindOf } from "./script-runs.js";
import { latinTokens } from "./latin.js";
import { tagHan } from "./jieba.js";

/** A word plus jieba's POS tag for Han words (used by the entity finder). */
export interface TaggedToken extends Word {
  tag?: string;
}

const SYMBOL = /\p{S}/u;
// SYMBOL per UTF-16 code unit, remembered (0: not yet known, 1: symbol, 2: not): it is asked of
// every punctuation character between words. A surrogate half is never one (with the u flag
// the regex sees a lone code point), so emoji stay out of the words as before.
const symbolState = new Uint8Array(0x10000);
function isSymbolUnit(c: number): boolean {
  let k = symbolState[c]!;
  if (k === 0) symbolState[c] = k = SYMBOL.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * The folded (Simplified) copy of a Han run. Traditional text is cut on it (jieba's dictionary
 * is Simplified); folding maps Han characters one to one, so offsets carry over. The document's
 * own folded text is reused when OpenCC converted it as a whole and no phrase of its table can
 * reach across the run's edge (its keys join Han runs only with "·" or "-"): then the run's
 * slice is exactly what folding the run alone gives, without folding it a second time.
 */
function foldedRun(text: string, start: number, end: number, doc: DocFold | undefined): string {
  if (doc) {
    const fs = doc.unitAt[start]!;
    const fe = doc.unitAt[end]!;
    const f = doc.folded.text;
    if (fe - fs === end - start && !JOINS_PHRASE.test(f[fs - 1] ?? "") && !JOINS_PHRASE.test(f[fe] ?? "")) return f.slice(fs, fe);
  }
  const run = text.slice(start, end);
  const folded = foldForSearch(run).text;
  return folded.length === run.length ? folded : run;
}

const JOINS_PHRASE = /[·\-]/;

/** A document's folded text with, for each source index, the first folded unit made from it. */
interface DocFold {
  folded: Folded;
  unitAt: Int32Array;
}

function docFold(text: string, folded: Folded | undefined): DocFold | undefined {
  if (!folded?.phrases) return undefined;
  const unitAt = new Int32Array(text.length + 1).fill(-1);
  const { origin } = folded;
  for (let k = origin.length - 1; k >= 0; k--) unitAt[origin[k]!] = k;
  return { folded, unitAt };
}

/** Segment a Han run with jieba, on its Simplified copy, returning words in the original characters. */
function segmentHan(text: string, start: number, end: number, out: TaggedToken[], doc: DocFold | undefined): void {
  const source = foldedRun(text, start, end, doc);
  // Jieba's words concatenate to `source` (tagHan checks): where folding changed nothing they
  // are the text's own characters already, and no second copy of each word is made.
  const verbatim = sameUnits(source, text, start);
  let at = start;
  for (const { word, tag } of tagHan(source)) {
    const len = word.length;
    out.push({ text: verbatim ? word : text.slice(at, at + len), start: at, end: at + len, kind: "han", tag });
    at += len;
  }
}

/** Whether `part` is the text's units from `at` on. */
function sameUnits(part: string, text: string, at: number): boolean {
  for (let k = 0; k < part.length; k++) if (part.charCodeAt(k) !== text.charCodeAt(at + k)) return false;
  return true;
}

/** Tokens of a stretch without Han or whitespace: alphanumeric tokens and symbols. */
function segmentOther(text: string, start: number, end: number, out: TaggedToken[]): void {
  const tokens = latinTokens(text, start, end);
  let at = start;
  const flushSymbols = (upTo: number) => {
    for (let i = at; i < upTo; i++) {
      if (isSymbolUnit(text.charCodeAt(i))) out.push({ text: text[i]!, start: i, end: i + 1, kind: "symbol" });
    }
  };
  for (const t of tokens) {
    flushSymbols(t.start);
    out.push({ text: t.text, start: t.start, end: t.end, kind: t.kind });
    at = t.end;
  }
  flushSymbols(end);
}

/**
 * Words with jieba tags; `segment` strips the tags. `folded` is `foldForSearch(text)` when the
 * caller has it already (analyze does), which spares folding each Han run again.
 */
export function segmentTagged(text: string, folded?: Folded): TaggedToken[] {
  const out: TaggedToken[] = [];
  const doc = docFold(text, folded);
  // The script runs (scriptRuns) walked in place rather than listed: Han runs go to jieba;
  // word characters and punctuation are read together, so joiners (146.4, FY2025/26) are seen.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = kindAt(text, i);
    let end = i;
    if (kind === "han" || kind === "space") while (end < n && kindAt(text, end) === kind) end += widthAt(text, end);
    else
      while (end < n) {
        const k = kindAt(text, end);
        if (k !== "word" && k !== "other") break;
        end += widthAt(text, end);
      }
    if (kind === "han") segmentHan(text, i, end, out, doc);
    else if (kind !== "space") segmentOther(text, i, end, out);
    i = end;
  }
  return out;
}

const kindAt = (text: string, i: number) => kindOf(text.codePointAt(i)!);
const widthAt = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/**
 * Non-overlapping tokens in order; whitespace and punctuation are not words, symbols
 * ($, €, ±, ★) are one-character words of kind "symbol".
 */
export function segment(text: string): Word[] {
  return segmentTagged(text).map(({ text: t, start, end, kind }) => ({ text: t, start, end, kind }));
}
