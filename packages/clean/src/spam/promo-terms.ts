import { fold, type Folded } from "../fold.js";
import { lexicon } from "../lexicon.js";
import { chainAt, isPromotionalChain, termStarts, type TermMatch } from "./terms.js";

/** The promotional vocabulary in a short text (a title, a line's remnant), folded. */
export interface PromoTerms {
  terms: TermMatch[];
  /** A lure term or lure phrase (娱乐, 百家乐, casino, 注册送金). */
  lure: boolean;
  /** A site word that almost never follows a name in news (官网, 网址, 入口, app). */
  strongSite: boolean;
  /** Terms glued into a promotional chain (娱乐官网, casino login). */
  chain: boolean;
  /** A strong site word or lure glued after a short letters+digits code (ky88网址, k8官网). */
  coded: boolean;
  /** Letters covered by terms and codes, and all letters. */
  covered: number;
  letters: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** One run of glued terms in a folded text, with what it says. */
export interface TermRun {
  /** Folded span, the code before it included when `coded`. */
  start: number;
  end: number;
  terms: TermMatch[];
  chain: boolean;
  coded: boolean;
}

/** Every run of glued lexicon terms in a folded text (one pass over termStarts). */
export function termRuns(f: Folded): TermRun[] {
  const strong = lexicon().strongSiteTerms;
  const runs: TermRun[] = [];
  let next = 0;
  for (const pos of termStarts(f)) {
    if (pos < next) continue;
    const chain = chainAt(f.text, pos);
    next = Math.max(chain.end, pos + 1);
    const code = /[a-z]{1,4}\d{1,4}$/.exec(f.text.slice(Math.max(0, pos - 8), pos));
    const coded = !!code && !/[a-z0-9]/.test(f.text[pos - code[0].length - 1] ?? "") && chain.terms.some((t) => t.kind !== "site" || strong.has(t.term));
    runs.push({ start: coded ? pos - code![0].length : pos, end: chain.end, terms: chain.terms, chain: isPromotionalChain(chain), coded });
  }
  return runs;
}

/** Summarise runs into PromoTerms (letters counted over folded [from, to)). */
export function summarise(f: Folded, runs: TermRun[], from = 0, to = f.text.length): PromoTerms {
  const strong = lexicon().strongSiteTerms;
  const out: PromoTerms = { terms: [], lure: false, strongSite: false, chain: false, coded: false, covered: 0, letters: 0 };
  const cover = new Uint8Array(to - from);
  for (const r of runs) {
    if (r.end <= from || r.start >= to) continue;
    for (let i = Math.max(r.start, from); i < Math.min(r.end, to); i++) cover[i - from] = 1;
    for (const t of r.terms) {
      out.terms.push(t);
      if (t.kind !== "site") out.lure = true;
      if (t.kind === "site" && strong.has(t.term)) out.strongSite = true;
    }
    if (r.chain) out.chain = true;
    if (r.coded) out.coded = true;
  }
  for (let i = from; i < to; i++) {
    if (!LETTER.test(f.text[i]!)) continue;
    out.letters++;
    out.covered += cover[i - from]!;
  }
  return out;
}

export function promoTerms(text: string): PromoTerms {
  const f = fold(text);
  return summarise(f, termRuns(f));
}
