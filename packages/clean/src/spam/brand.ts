import type { Folded } from "../fold.js";
import { lexicon } from "../lexicon.js";
import { chainAt, termAt, type Span } from "./terms.js";

/** A brand learnt from the page: the token that recurs glued to site vocabulary. */
export interface Brand {
  name: string; // folded form
  evidence: number; // glued occurrences
}

const HAN = /\p{Script=Han}/u;

/**
 * Learn the page's brand(s): a short Han token that recurs (≥3 times) directly before
 * site/gambling vocabulary, optionally through a short code (X官网入口, Xk8娱乐官网app, X娱乐).
 * Nothing is hard-coded: the next site's brand is found the same way.
 */
export function learnBrands(f: Folded): Brand[] {
  const lex = lexicon();
  const counts = new Map<string, Set<number>>();
  const chainsOf = new Map<string, Set<string>>();
  const anchored = new Set<string>(); // seen with a code (k8) or a strong site term (官网)
  const text = f.text;
  for (let pos = 1; pos < text.length; pos++) {
    const first = termAt(text, pos);
    if (!first) continue;
    // Skip a short code glued before the chain (k8).
    let codeLen = 0;
    while (codeLen < 4 && /[a-z0-9]/.test(text[pos - codeLen - 1] ?? "")) codeLen++;
    if (codeLen > 0 && /[a-z0-9]/.test(text[pos - codeLen - 1] ?? "")) continue; // long Latin word: not a code
    const chain = chainAt(text, pos);
    const kinds = chain.terms.map((t) => t.kind);
    const strong = chain.terms.filter((t) => t.kind === "site" && lex.strongSiteTerms.has(t.term)).length;
    const qualifies =
      chain.terms.length >= 2 || (codeLen > 0 && (strong > 0 || kinds.includes("lure"))) || kinds.includes("phrase");
    if (!qualifies) continue;
    const hanEnd = pos - codeLen;
    let hanStart = hanEnd;
    while (hanStart > 0 && hanEnd - hanStart < 4 && HAN.test(text[hanStart - 1]!)) hanStart--;
    for (let len = 2; len <= hanEnd - hanStart; len++) {
      const cand = text.slice(hanEnd - len, hanEnd);
      if (termAt(cand, 0) || termAt(cand, len - 2)) continue; // a term is not a brand
      const set = counts.get(cand) ?? new Set<number>();
      set.add(hanEnd - len);
      counts.set(cand, set);
      const chains = chainsOf.get(cand) ?? new Set<string>();
      chains.add(text.slice(pos - codeLen, chain.end));
      chainsOf.set(cand, chains);
      if (codeLen > 0 || strong > 0) anchored.add(cand);
    }
  }
  const brands: Brand[] = [];
  for (const [name, set] of counts) {
    // Evidence: ≥3 glued occurrences, ≥2 different compounds, one with a code or 官网-like term.
    // A news story repeating "境外赌博网站" has one compound and no anchor: not a brand.
    if (name.length !== 2 || set.size < 3) continue;
    if ((chainsOf.get(name)?.size ?? 0) < 2 || !anchored.has(name)) continue;
    // Prefer the longest left extension that keeps (almost) all the evidence: 沙城 → 金沙城.
    let best = name;
    for (const [longer, s2] of counts) {
      if (longer.length > best.length && longer.endsWith(name) && s2.size >= 0.8 * set.size) best = longer;
    }
    brands.push({ name: best, evidence: set.size });
  }
  return brands;
}

/** Every occurrence of a brand together with the vocabulary glued after it. Folded coords. */
export function brandCompoundSpans(f: Folded, brands: Brand[]): Array<Span & { brand: Brand }> {
  const out: Array<Span & { brand: Brand }> = [];
  for (const brand of brands) {
    let from = 0;
    for (let at = f.text.indexOf(brand.name, from); at >= 0; at = f.text.indexOf(brand.name, from)) {
      let end = at + brand.name.length;
      const code = /^[a-z0-9]{1,4}/.exec(f.text.slice(end, end + 5));
      if (code && !/[a-z]/.test(f.text[end + code[0].length] ?? "")) end += code[0].length;
      const chain = chainAt(f.text, end);
      end = chain.end;
      out.push({ start: at, end, brand });
      from = end;
    }
  }
  return out;
}

