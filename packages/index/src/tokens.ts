import { foldForSearch, type Folded } from "@wenku/analyze";
import { stemmer } from "stemmer";

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
      terms.push({ token, start: i, end: i + token.length });
      i += token.length;
      continue;
    }
    i++;
  }
  return terms;
}

/** The form a term is indexed and queried under: English words by their Porter stem (as
 *  FTS5's porter tokenizer would), so "cooling" and "cooled" meet; everything else as is.
 *  One token per term keeps phrase positions intact. */
export function indexForm(token: string): string {
  return /^[a-z]{3,}$/.test(token) ? stemmer(token) : token;
}

/** The token stream written to FTS for a field. */
export function indexTokens(source: string): string {
  return termsOfFolded(foldForSearch(source).text)
    .map((t) => indexForm(t.token))
    .join(" ");
}

export function fold(text: string): Folded {
  return foldForSearch(text);
}
