import { describe, expect, it } from "vitest";
import { randomTexts } from "../../../support/prng.js";
import { termsOfFolded, indexTokens, indexForm, foldForSearch } from "../src/tokens.js";
import { numberTerms } from "../src/number-terms.js";

/** The first scanner (a regex match per alphanumeric token, a one-character string per
 *  character tested for CJK), kept as the oracle: the hand-written scanner must find the
 *  same terms at the same offsets, or the index and the queries would no longer meet. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ALNUM_RUN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.\/+_&-](?=[\p{L}\p{N}]))*%?/uy;
/** Whether a token is cut at its joiners: letter parts joined by - / or .; letter and digit
 *  parts (some of each) joined by - or /. */
function isCut(token: string): boolean {
  const parts = token.split(/[-\/.]/);
  if (parts.length < 2) return false;
  const letters = parts.map((p) => /^\p{L}+$/u.test(p));
  if (letters.every(Boolean)) return true;
  const digits = parts.map((p) => /^\p{N}+$/u.test(p));
  return !token.includes(".") && parts.every((_, k) => letters[k] || digits[k]) && letters.some(Boolean);
}
function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x1100) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return CJK.test(ch);
}
function termsByRegex(text: string): { token: string; start: number; end: number }[] {
  const terms: { token: string; start: number; end: number }[] = [];
  const pushAlnum = (token: string, at: number) => {
    if (!isCut(token)) terms.push({ token, start: at, end: at + token.length });
    else for (const m of token.matchAll(/[^-\/.]+/g)) terms.push({ token: m[0], start: at + m.index!, end: at + m.index! + m[0].length });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isCjk(ch)) {
      let j = i + 1;
      while (j < text.length && isCjk(text[j]!)) j++;
      if (j - i === 1) terms.push({ token: ch, start: i, end: j });
      for (let k = i; k + 1 < j; k++) terms.push({ token: text.slice(k, k + 2), start: k, end: k + 2 });
      i = j;
      continue;
    }
    ALNUM_RUN.lastIndex = i;
    const m = ALNUM_RUN.exec(text);
    if (m && !isCjk(m[0][0]!)) {
      let token = m[0];
      for (let k = 0; k < token.length; k++)
        if (isCjk(token[k]!)) {
          token = token.slice(0, k);
          break;
        }
      pushAlnum(token, i);
      i += token.length;
      continue;
    }
    i++;
  }
  return terms;
}

/** Fuzz texts look folded and hold every class the scanner distinguishes: letters,
 *  digits (ASCII, Arabic-Indic, astral), each joiner, "%", Han, kana, Hangul, radicals (Han script, not letters), astral
 *  letters and ideographs, an emoji, lone surrogates, spaces and punctuation. */
const ALPHABET = ["a", "z", "é", "ж", "7", "0", ".", "/", "+", "_", "&", "-", "%", "中", "文", "の", "カ", "한", "⺀", "々", "〇", "𠮶", "𝐚", "😀", "\ud800", "\udc00", " ", "，", "'", "ー", "ǅ", "٣", "𝟘"];
const MAX_LENGTH = 40;

describe("full-text term scanner", () => {
  it("finds the same terms at the same offsets as the regex scanner on 20,000 mixed texts", () => {
    let terms = 0;
    for (const t of randomTexts(20_000, 11, ALPHABET, MAX_LENGTH)) {
      const want = termsByRegex(t);
      expect(termsOfFolded(t), JSON.stringify(t)).toEqual(want);
      terms += want.length;
    }
    expect(terms).toBeGreaterThan(50_000);
  });

  it("writes the same full-text stream as joining the regex scanner's index forms, on 20,000 texts", () => {
    const texts = randomTexts(20_000, 13, ALPHABET, MAX_LENGTH).map((t, i) => (i % 3 === 0 ? t.toUpperCase() + " Cooling 十万 90% 百分之九十 " + t : t));
    for (const t of texts) {
      const folded = foldForSearch(t).text;
      const want = [...termsByRegex(folded).map((x) => indexForm(x.token)), ...numberTerms(folded).map((n) => n.token)].join(" ");
      expect(indexTokens(t), JSON.stringify(t)).toBe(want);
    }
    expect(indexTokens("Cooling cooled")).toBe("cool cool");
    // Only lower-case ASCII words of 3+ letters are stemmed.
    for (const [token, form] of [["cooling", "cool"], ["cooled", "cool"], ["ox", "ox"], ["Cooling", "Cooling"], ["coolinG", "coolinG"], ["cool1ng", "cool1ng"], ["中文", "中文"], ["ａｂｃ", "ａｂｃ"]]) expect(indexForm(token!), token).toBe(form);
  });

  it("cuts a token where CJK begins, keeps joiners inside it and a trailing percent on numbers", () => {
    expect(termsOfFolded("2025年营收增长154%，fy2025/26 gpt-5").map((t) => t.token)).toEqual(["2025", "年营", "营收", "收增", "增长", "154%", "fy2025/26", "gpt", "5"]);
    // A joiner before CJK stays with the token (as the regex scanner did): "abc-" then 中文.
    expect(termsOfFolded("abc-中文").map((t) => [t.token, t.start])).toEqual([["abc-", 0], ["中文", 4]]);
    expect(indexTokens("Go-ahead 十万")).toBe("go ahead 十万 _100000");
  });
});
