import type { Cut } from "../view.js";
import { decorationCuts } from "./decoration.js";
import { promoEvidence } from "./evidence.js";
import type { Brand } from "./brand.js";
import { insertionCuts } from "./insertion.js";
import { keywordCuts } from "./keywords.js";
import { promoTerms } from "./promo-terms.js";
import { fold, type Folded } from "../fold.js";
import { TitleEdit } from "../title-edit.js";
import { isCodedSiteName } from "./title-site-name.js";

/** Spam in a title (declared, meta tag or header line), with the page's brands and its
 *  folded body (which compounds recur there): decorations,
 *  brand compounds and keyword chains cut inline, then separator segments that are nothing
 *  but promotional vocabulary or a coded site name dropped ("Headline | casino login" →
 *  "Headline"). Every cut is recorded on `edit`. */
export function cleanTitleEdit(edit: TitleEdit, brands: Brand[], body?: Folded): void {
  // Until nothing changes (at most three rounds): a cut brand can uncover what was glued to
  // it ("X娱乐|手机版|Headline": 手机版 reads as prose until X娱乐 is gone).
  for (let round = 0; round < 3; round++) {
    const before = edit.text;
    edit.cut(decorationCuts(edit.text));
    // Whole site names first: inline brand cuts would leave a piece of their code ("H").
    dropPromoSegments(edit);
    edit.cut(keywordCuts(promoEvidence(edit.text, brands, fold(edit.text), body)));
    edit.cut(insertionCuts(edit.text));
    tidyTitle(edit);
    dropPromoSegments(edit);
    if (edit.text === before) break;
  }
}

/** cleanTitle on a plain string (the title looked for in the body before the end). */
export function cleanTitle(title: string, brands: Brand[], body?: Folded): string {
  const edit = new TitleEdit(title);
  cleanTitleEdit(edit, brands, body);
  return edit.result();
}

/** Separators between a headline and a site name or a lure ("A | B", "A_B", "A - B"). */
const SEPARATOR = /(\s*[|｜]\s*|\s+[-–—]\s+|_)/gu;

/** A segment this much made of promotional terms is a lure ("online casino bonus"); a
 *  headline about casinos has far fewer of its letters in lexicon terms. */
const PROMO_SEGMENT_SHARE = 0.6;

/** A title's segments between separators, with their offsets. */
function segmentsOf(title: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    out.push({ start: from, end: m.index! });
    from = m.index! + m[0].length;
  }
  out.push({ start: from, end: title.length });
  return out;
}

/** Drop the segments whose letters are mostly promotional terms (a lure segment glued to a
 *  real headline), and segments that are a coded site name (K8凯发国际官网) — that one even
 *  when it is the whole title. Other one-segment titles are judged by titleSpamReason. */
function dropPromoSegments(edit: TitleEdit): void {
  const title = edit.text;
  const segs = segmentsOf(title);
  const siteName = segs.map((g) => isCodedSiteName(title.slice(g.start, g.end)));
  const lure = segs.map((g) => {
    if (segs.length < 2) return false;
    const t = promoTerms(title.slice(g.start, g.end));
    return t.letters > 0 && t.covered >= PROMO_SEGMENT_SHARE * t.letters && (t.lure || t.chain);
  });
  const drop = segs.map((_, i) => siteName[i] || lure[i]);
  // Lure segments alone never take the whole title (a title of lures is judged whole later).
  if (drop.every(Boolean) && !siteName.some(Boolean)) return;
  const cuts: Cut[] = [];
  segs.forEach((g, i) => {
    if (!drop[i]) return;
    // The segment and the separator before it (after it, for the first segment).
    const start = i > 0 ? segs[i - 1]!.end : g.start;
    const end = i === 0 && segs.length > 1 ? segs[1]!.start : g.end;
    cuts.push(
      siteName[i]
        ? { start, end, reason: "spam-keyword", rule: "spam/title-site-name", detail: "a brand with a letters+digits code and only site/lure words: a site name, not a headline" }
        : { start, end, reason: "spam-keyword", rule: "spam/title-lure-segment", detail: "a title segment made of promotional vocabulary" },
    );
  });
  edit.cut(cuts);
  tidyTitle(edit);
}

/** Separators left around a removed spam segment ("| 标题 |", "标题 ||"), and empty
 *  brackets: cut (and recorded) so the title reads as a title again. */
export function tidyTitle(edit: TitleEdit): void {
  const brackets: Cut[] = [];
  for (const m of edit.text.matchAll(/[【\[（(《「]\s*[】\]）)》」]/gu)) {
    brackets.push({ start: m.index!, end: m.index! + m[0].length, reason: "spam-keyword", rule: "spam/empty-wrapper", detail: "brackets emptied by a title cut" });
  }
  edit.cut(brackets);
  const t = edit.text;
  const seps: Cut[] = [];
  const orphan = (start: number, end: number) => seps.push({ start, end, reason: "spam-keyword", rule: "title/orphan-separator", detail: "a separator left by a removed title segment" });
  for (const m of t.matchAll(/\s*[|｜_](?:\s*[|｜_])+/gu)) {
    const first = /^\s*[|｜_]/u.exec(m[0])![0].length;
    orphan(m.index! + first, m.index! + m[0].length);
  }
  const lead = /^(?:\s*[|｜_:：\-–—]\s*)+/u.exec(t);
  if (lead) orphan(0, lead[0].length);
  const trail = /(?:\s*[|｜_:：\-–—]\s*)+$/u.exec(t);
  if (trail && trail.index > 0) orphan(trail.index, t.length);
  edit.cut(seps);
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
