import type { Removal } from "../schema.js";
import { splitLines, trimSpan } from "../text/lines.js";
import type { Cut } from "../view.js";
import { fold } from "../fold.js";
import { summarise, termRuns } from "./promo-terms.js";

/** Calls to action left in the text: a domain or a contact handle (飞机:@lc15688, 薇：xx). */
const DOMAIN = /(?<![\p{L}\p{N}@\/.-])(?:[a-z0-9-]+\.)+(?:com|net|cc|vip|top|bz|hk|cn|me|io|xyz|app|club|bet|live|info|org|co)(?![a-z0-9])/giu;
const HANDLE = /(?:飞机|飛機|薇|微信|vx|wx|qq|tg|telegram|whatsapp)\s*[:：;；]\s*@?[a-z0-9_-]{4,}/giu;
/** Removals that are calls to action or promotional compounds. */
const PROMO_RULES = new Set(["spam/contact-block", "spam/brand-compound", "spam/keyword-chain", "spam/dense-sentence", "spam/nav-row", "spam/link-farm"]);
/** Below this share of letters in sentences free of promotional vocabulary, nothing of the
 *  text is an article: the article of a wrapped page is promo-free once its wrapper is cut. */
const MAX_CLEAN_SHARE = 0.35;
/** Share of letters that are lure words, for a page whose only call to action is a domain. */
const MIN_LURE_SHARE = 0.08;

const SENTENCE_END = /[。！？!?\n]/u;

export interface PureAd {
  cuts: Cut[];
  detail: string;
}

/**
 * spam/pure-ad: a record that is an advertisement through and through (a gambling ad, a
 * link farm) has no article to keep: everything left after the inline spam cuts goes, so it
 * comes out empty with the reason. Evidence, not topic: it needs calls to action left in
 * its text (domains, handles) and, with only one of them and no promotional cuts, a high share
 * of lure words; then almost every sentence left must carry promotional vocabulary. News about gambling has no calls to action; the
 * article inside a spam wrapper is free of promotional vocabulary once the wrapper is cut.
 */
export function pureAdCuts(text: string, spam: readonly Removal[]): PureAd | null {
  const promoRemovals = spam.filter((r) => PROMO_RULES.has(r.rule)).length;
  const domains = [...text.matchAll(DOMAIN)].map((m) => m.index!);
  const handles = [...text.matchAll(HANDLE)].map((m) => m.index!);
  // A link farm is a call to action too (its links are cut already).
  const calls = domains.length + handles.length + spam.filter((r) => r.rule === "spam/link-farm").length;
  // The ad itself still calls to action once the injected spam is cut (a site, a handle): a
  // gambling news story with a brand sprayed into it has none left, and keeps its text.
  if (calls === 0) return null;
  const f = fold(text);
  const runs = termRuns(f);
  if (runs.length === 0) return null; // no promotional vocabulary at all: links in a news text
  // Sentences in folded coordinates; calls to action placed by their source offsets.
  const sentences: Array<{ start: number; end: number; calls: number }> = [];
  let s = 0;
  for (let i = 0; i <= f.text.length; i++) {
    if (i < f.text.length && !SENTENCE_END.test(f.text[i]!) && !(f.text[i] === "." && /\s/.test(f.text[i + 1] ?? ""))) continue;
    if (i > s) sentences.push({ start: s, end: i, calls: 0 });
    s = i + 1;
  }
  const sourceStart = (k: number) => f.map[sentences[k]!.start]!;
  for (const at of [...domains, ...handles]) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sourceStart(mid) <= at) lo = mid;
      else hi = mid - 1;
    }
    if (sentences[lo]) sentences[lo]!.calls++;
  }
  let letters = 0;
  let clean = 0;
  let lure = 0;
  for (const sentence of sentences) {
    const t = summarise(f, runs, sentence.start, sentence.end);
    if (t.letters === 0) continue;
    letters += t.letters;
    lure += t.terms.filter((x) => x.kind !== "site").reduce((n, x) => n + [...x.term].length, 0);
    // One lure word is topic ("a good investment bet", 澳门赌场); an ad's sentence glues
    // lures to site words, names a site, or piles lures up.
    const lures = t.terms.filter((x) => x.kind !== "site").length;
    const promotional = t.chain || t.strongSite || lures >= 2 || sentence.calls > 0;
    if (!promotional) clean += t.letters;
  }
  if (letters === 0) return null;
  const cleanShare = clean / letters;
  const lureShare = lure / letters;
  if (cleanShare >= MAX_CLEAN_SHARE) return null;
  if (promoRemovals + calls < 2 && lureShare < MIN_LURE_SHARE) return null;
  const detail = `an advertisement: ${promoRemovals} promotional cuts, ${calls} domains/handles, ${(cleanShare * 100).toFixed(0)}% of letters in sentences free of promotional words`;
  const cuts: Cut[] = [];
  for (const line of splitLines(text)) {
    const t = trimSpan(text, line.start, line.end);
    if (t.end > t.start) cuts.push({ start: t.start, end: t.end, reason: "spam-block", rule: "spam/pure-ad", detail });
  }
  return { cuts, detail };
}
