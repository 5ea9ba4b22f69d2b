import type { Word } from "../schema.js";
import { foldForSearch, type Folded } from "../normalize.js";
import { scriptRuns } from "./script-runs.js";
import { latinTokens } from "./latin.js";
import { tagHan } from "./jieba.js";

/** A word plus jieba's POS tag for Han words (used by the entity finder). */
export interface TaggedToken extends Word {
  tag?: string;
}

const SYMBOL = /\p{S}/u;

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
  let at = start;
  for (const { word, tag } of tagHan(source)) {
    const len = word.length;
    out.push({ text: text.slice(at, at + len), start: at, end: at + len, kind: "han", tag });
    at += len;
  }
}

/** Tokens of a stretch without Han or whitespace: alphanumeric tokens and symbols. */
function segmentOther(text: string, start: number, end: number, out: TaggedToken[]): void {
  const tokens = latinTokens(text, start, end);
  let at = start;
  const flushSymbols = (upTo: number) => {
    for (let i = at; i < upTo; i++) {
      const ch = text[i]!;
      if (SYMBOL.test(ch)) out.push({ text: ch, start: i, end: i + 1, kind: "symbol" });
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
  const runs = scriptRuns(text);
  let i = 0;
  while (i < runs.length) {
    const run = runs[i]!;
    if (run.kind === "han") {
      segmentHan(text, run.start, run.end, out, doc);
      i++;
    } else if (run.kind === "space") {
      i++;
    } else {
      // Word characters and punctuation together, so joiners (146.4, FY2025/26) are seen.
      let end = run.end;
      let j = i + 1;
      while (j < runs.length && (runs[j]!.kind === "word" || runs[j]!.kind === "other")) end = runs[j++]!.end;
      segmentOther(text, run.start, end, out);
      i = j;
    }
  }
  return out;
}

/**
 * Non-overlapping tokens in order; whitespace and punctuation are not words, symbols
 * ($, €, ±, ★) are one-character words of kind "symbol".
 */
export function segment(text: string): Word[] {
  return segmentTagged(text).map(({ text: t, start, end, kind }) => ({ text: t, start, end, kind }));
}
