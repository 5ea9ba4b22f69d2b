import { describe, expect, it } from "vitest";
import { randomTexts } from "../../../support/prng.js";
import { analyze, segment, foldForSearch } from "@wenku/analyze";
import { latinTokens } from "../src/segment/latin.js";
import { kindOf, type ScriptRun } from "../src/segment/script-runs.js";
import { tagHan } from "../src/segment/jieba.js";

const isWordChar = (ch: string) => ch !== "" && kindOf(ch.codePointAt(0)!) === "word";

/** The first list of script runs (maximal stretches of one script class), which the
 *  segmenter now walks in place. */
function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = kindOf(cp);
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && last.end === i) last.end = i + width;
    else runs.push({ kind, start: i, end: i + width });
    i += width;
  }
  return runs;
}

/** The first Latin tokenizer (a one-character string per character, regexes on strings), kept
 *  as the oracle for the code-point one. */
function latinByStrings(text: string, from: number, to: number) {
  const DIGIT = /\p{N}/u;
  const LETTER = /[\p{L}\p{M}]/u;
  const charAt = (i: number) => {
    const cp = text.codePointAt(i);
    return cp === undefined ? "" : String.fromCodePoint(cp);
  };
  const joins = (i: number) => {
    const j = text[i]!;
    const prev = charAt(i - 1);
    const next = charAt(i + 1);
    if (!isWordChar(prev) || !isWordChar(next)) return false;
    if (j === ".") return DIGIT.test(next);
    if (j === ",") return DIGIT.test(prev) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
    if (j === "/" || j === "-" || j === "_") return true;
    if (j === "'" || j === "’") return LETTER.test(prev) && LETTER.test(next);
    if (j === "&") return /[A-Z]/.test(prev) && /[A-Z]/.test(next);
    return false;
  };
  const out: { text: string; start: number; end: number; kind: string }[] = [];
  let i = from;
  while (i < to) {
    const ch = charAt(i);
    if (!isWordChar(ch)) {
      i += ch.length || 1;
      continue;
    }
    const start = i;
    while (i < to) {
      const c = charAt(i);
      if (isWordChar(c)) i += c.length;
      else if (i + 1 < to && joins(i)) i += 1;
      else break;
    }
    if (i < to && (text[i] === "%" || text[i] === "％") && DIGIT.test(charAt(i - 1))) i += 1;
    const token = text.slice(start, i);
    const hasLetter = /\p{L}/u.test(token);
    const hasDigit = /\p{N}/u.test(token);
    out.push({ text: token, start, end: i, kind: hasLetter && hasDigit ? "mixed" : hasDigit ? "number" : "latin" });
  }
  return out;
}

/** The first segmenter loop: the list of script runs, word and punctuation runs merged. */
function segmentByRuns(text: string) {
  const out: { text: string; start: number; end: number; kind: string }[] = [];
  const runs = scriptRuns(text);
  let i = 0;
  while (i < runs.length) {
    const run = runs[i]!;
    if (run.kind === "han") {
      const raw = text.slice(run.start, run.end);
      const folded = foldForSearch(raw).text;
      let at = run.start;
      for (const { word } of tagHan(folded.length === raw.length ? folded : raw)) {
        out.push({ text: text.slice(at, at + word.length), start: at, end: at + word.length, kind: "han" });
        at += word.length;
      }
      i++;
    } else if (run.kind === "space") i++;
    else {
      let end = run.end;
      let j = i + 1;
      while (j < runs.length && (runs[j]!.kind === "word" || runs[j]!.kind === "other")) end = runs[j++]!.end;
      let at = run.start;
      const symbols = (upTo: number) => {
        for (let k = at; k < upTo; k++) if (/\p{S}/u.test(text[k]!)) out.push({ text: text[k]!, start: k, end: k + 1, kind: "symbol" });
      };
      for (const t of latinByStrings(text, run.start, end)) {
        symbols(t.start);
        out.push(t);
        at = t.end;
      }
      symbols(end);
      i = j;
    }
  }
  return out;
}

// Every class the tokenizers tell apart: letters (Latin, accented, Cyrillic, capitals, a
// combining mark), digits (ASCII, full-width, ①), each joiner, both percents, Han (Simplified
// and Traditional), 〇, kana, spaces, symbols ($ ★ ±), an emoji, astral letters and digits,
// lone surrogates and punctuation.
const ALPHABET = ["a", "Z", "T", "é", "ж", "\u0301", "7", "０", "①", ".", ",", "/", "-", "_", "'", "’", "&", "%", "％", "中", "國", "〇", "の", " ", "\n", "$", "★", "±", "😀", "𝐀", "𝟏", "\ud800", "\udc00", "，", "。", "1", "000"];

describe("segmenter scans", () => {
  it("latinTokens gives the same tokens as the string-based tokenizer on 20,000 texts", () => {
    let tokens = 0;
    for (const t of randomTexts(20_000, 5, ALPHABET, 30)) {
      const want = latinByStrings(t, 0, t.length);
      expect(latinTokens(t, 0, t.length), JSON.stringify(t)).toEqual(want);
      tokens += want.length;
    }
    expect(tokens).toBeGreaterThan(40_000);
  });

  it("segment gives the same words as the run-list segmenter on 2,000 texts", () => {
    for (const t of randomTexts(2_000, 9, ALPHABET, 30)) expect(segment(t), JSON.stringify(t)).toEqual(segmentByRuns(t));
  });

  it("analyze leaves the word list empty only when asked, with the same entities and figures", () => {
    const text = "英伟达（NVIDIA）第二季度营收300亿美元，同比增长122%。黄仁勋在台北表示需求强劲。";
    const full = analyze(text);
    const lean = analyze(text, { words: false });
    expect(full.words.map((w) => w.text)).toContain("300");
    expect(lean.words).toEqual([]);
    expect(lean.entities).toEqual(full.entities);
    expect(lean.figures).toEqual(full.figures);
    expect(full.figures.length).toBeGreaterThan(0);
    // A language the caller already has is taken as given (the cleaner's, in ingest).
    expect(full.lang).toBe("zh-Hans");
    expect(analyze(text, { words: false, lang: "zh-Hans" })).toEqual(lean);
    expect(analyze(text, { lang: "en" }).lang).toBe("en");
  });
});
