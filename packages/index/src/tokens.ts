import { foldForSearch, toSourceSpan, type Folded } from "@wenku/analyze/normalize";
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
// A Latin/digit token, allowing inner joiners so 154%, fy2025/26, 1.6t, gpt-5, pm2.5 stay whole.
const ALNUM_RUN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.\/+_&-](?=[\p{L}\p{N}]))*%?/uy;

function isCjk(ch: string): boolean {
  // Fast answers for the common cases (ASCII, the main Han block); the regex for the rest.
  const c = ch.charCodeAt(0);
  if (c < 0x1100) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return CJK.test(ch);
}

/** Terms of already folded text, in order: CJK bigrams and alphanumeric tokens. */
export function termsOfFolded(text: string): Term[] {
  const terms: Term[] = [];
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
      // Stop an alphanumeric token where CJK begins (2025年 → 2025 + 年).
      let token = m[0];
      for (let k = 0; k < token.length; k++) {
        if (isCjk(token[k]!)) {
          token = token.slice(0, k);
          break;
        }
      }
      pushAlnum(terms, token, i);
      i += token.length;
      continue;
    }
    i++;
  }
  return terms;
}

// Words joined by hyphens or slashes, letters only: go-ahead, liquid-cooled, year-on-year.
const JOINED_WORDS = /^\p{L}+(?:[-\/]\p{L}+)+$/u;

/** An alphanumeric token as terms. Hyphenated or slashed words are split into their words
 *  (so "ahead" finds "go-ahead", and the query "go-ahead" is the phrase "go ahead"); tokens
 *  with digits or other joiners stay whole (gpt-5, covid-19, fy2025/26, pm2.5, 1.035). */
function pushAlnum(terms: Term[], token: string, at: number): void {
  if (!JOINED_WORDS.test(token)) {
    terms.push({ token, start: at, end: at + token.length });
    return;
  }
  const word = /\p{L}+/gu;
  for (const m of token.matchAll(word)) terms.push({ token: m[0], start: at + m.index!, end: at + m.index! + m[0].length });
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
  if (!/^[a-z]{3,}$/.test(token)) return token;
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

/** The token stream written to FTS for a field: its terms, then the value terms of its
 *  numbers (after the terms, so phrase positions are those of the terms alone). */
export function indexTokens(source: string): string {
  const folded = foldForSearch(source).text;
  const tokens = termsOfFolded(folded).map((t) => indexForm(t.token));
  for (const n of numberTerms(folded)) tokens.push(n.token);
  return tokens.join(" ");
}

export function fold(text: string): Folded {
  return foldForSearch(text);
}
