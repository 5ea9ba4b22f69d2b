import type { Word } from "../schema.js";
import { foldForSearch } from "../normalize.js";
import { scriptRuns } from "./script-runs.js";
import { latinTokens } from "./latin.js";
import { tagHan } from "./jieba.js";

/** A word plus jieba's POS tag for Han words (used by the entity finder). */
export interface TaggedToken extends Word {
  tag?: string;
}

const SYMBOL = /\p{S}/u;

/**
 * Segment a Han run. Traditional text is cut on its Simplified copy (jieba's dictionary is
 * Simplified); foldForSearch maps Han characters one to one, so offsets carry over.
 */
function segmentHan(text: string, start: number, end: number, out: TaggedToken[]): void {
  const run = text.slice(start, end);
  const folded = foldForSearch(run).text;
  const source = folded.length === run.length ? folded : run;
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

/** Words with jieba tags; `segment` strips the tags. */
export function segmentTagged(text: string): TaggedToken[] {
  const out: TaggedToken[] = [];
  const runs = scriptRuns(text);
  let i = 0;
  while (i < runs.length) {
    const run = runs[i]!;
    if (run.kind === "han") {
      segmentHan(text, run.start, run.end, out);
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
