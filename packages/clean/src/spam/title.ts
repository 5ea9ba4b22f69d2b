import { TextView, type Cut } from "../view.js";
import { decorationCuts } from "./decoration.js";
import { promoEvidence } from "./evidence.js";
import type { Brand } from "./brand.js";
import { insertionCuts } from "./insertion.js";
import { keywordCuts } from "./keywords.js";
import { promoTerms } from "./promo-terms.js";
import { fold, type Folded } from "../fold.js";

/** Spam in a title (declared, meta tag or header line), with the page's brands and its
 *  folded body (which compounds recur there): decorations,
 *  brand compounds and keyword chains cut inline, then separator segments that are nothing
 *  but promotional vocabulary dropped ("Headline | casino login" → "Headline"). */
export function cleanTitle(title: string, brands: Brand[], body?: Folded): string {
  let view = TextView.identity(title);
  const cutWith = (cuts: Cut[]) => (view = view.cut(cuts, title).view);
  cutWith(decorationCuts(view.text));
  cutWith(keywordCuts(promoEvidence(view.text, brands, fold(view.text), body)));
  cutWith(insertionCuts(view.text));
  return dropPromoSegments(tidyTitle(view.text));
}

/** Separators between a headline and a site name or a lure ("A | B", "A_B", "A - B"). */
const SEPARATOR = /(\s*[|｜]\s*|\s+[-–—]\s+|_)/u;

/** A segment this much made of promotional terms is a lure ("online casino bonus"); a
 *  headline about casinos has far fewer of its letters in lexicon terms. */
const PROMO_SEGMENT_SHARE = 0.6;

/** Drop the segments whose letters are mostly promotional terms (a lure segment glued to a
 *  real headline). A title of one segment is judged whole by titleSpamReason instead. */
function dropPromoSegments(title: string): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 3) return title;
  const keep = parts.map((p, i) => {
    if (i % 2 === 1) return true;
    const t = promoTerms(p);
    return !(t.letters > 0 && t.covered >= PROMO_SEGMENT_SHARE * t.letters && (t.lure || t.chain));
  });
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (!keep[i]) continue;
    if (kept.length) kept.push(parts[i - 1] ?? " ");
    kept.push(parts[i]!);
  }
  return kept.length ? tidyTitle(kept.join("")) : title;
}

/** Separators left around a removed spam segment ("| 标题 |", "标题 ||"), and empty brackets. */
export function tidyTitle(title: string): string {
  return title
    .replace(/[【\[（(《「]\s*[】\]）)》」]/gu, "")
    .replace(/\s*([|｜_])(?:\s*[|｜_])+\s*/gu, " $1 ")
    .replace(/^(?:\s*[|｜_:：\-–—]\s*)+|(?:\s*[|｜_:：\-–—]\s*)+$/gu, "")
    .trim();
}

/** What the rest of the page says about the title's chances of being spam. */
export interface TitleContext {
  /** Spam was cut from the body (decorations, keywords, insertions, blocks). */
  injected: boolean;
  /** The body holds calls to action (contact blocks, lure phrases, domains next to lures). */
  callsToAction: boolean;
  /** Texts cut from the body as spam (wrapper remnants, compounds, stuffed titles). */
  spamTexts: string[];
}

/**
 * spam/title: a title that is itself the injection. Judged by the same evidence as the
 * body, never by topic: a gambling headline on a clean page stays. Spam when, once cleaned,
 * it still holds
 *  - promotional shapes (a lure glued to site words, a lure phrase, a coded compound) on a
 *    page with injected spam;
 *  - any lure word on a page whose body calls to action (contact blocks, domains);
 *  - a coded site compound (ky88网址, k8官网) next to a lure word, on any page;
 *  - a string the body's spam cuts removed (the campaign's keyword title planted in the
 *    wrapper lines).
 * Returns why, or null.
 */
export function titleSpamReason(title: string, ctx: TitleContext): string | null {
  if (!title) return null;
  const t = promoTerms(title);
  // A strong site word alone is no evidence: 登陸 (landing) and 官網 occur in headlines.
  if (ctx.injected && (t.chain || t.coded || t.terms.some((x) => x.kind === "phrase"))) return "promotional vocabulary in the title of a page with injected spam";
  if (ctx.callsToAction && t.lure) return "lure vocabulary in the title of a page that calls to action";
  if (t.coded && t.lure) return "a coded site compound and a lure word";
  // Compared as letters and digits only: the cut text may carry a decoration the title lacks.
  const lettersOf = (s: string) => fold(s).text.replace(/[^\p{L}\p{N}]/gu, "");
  const folded = lettersOf(title);
  const echo = ctx.spamTexts.map(lettersOf).find((s) => [...s].length >= 4 && folded.includes(s));
  if (echo) return `the title repeats "${echo}", cut from the body as spam`;
  return null;
}
