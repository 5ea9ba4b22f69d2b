import type { Folded } from "../fold.js";
import { lexicon } from "../lexicon.js";
import { chainAt, termAt, termStarts, type Span, type TermMatch } from "./terms.js";

/** A brand learnt from the page: the token that recurs glued to site vocabulary. */
export interface Brand {
  name: string; // folded form
  evidence: number; // glued occurrences
}

const HAN = /\p{Script=Han}/u;

/** Brand codes are short: k8, yl, js88, qp655, bet365. Letters-only runs longer than four
 *  are words, not codes; with digits a code may run to seven. */
const MAX_CODE = 7;
function isCode(s: string): boolean {
  return s.length <= 4 || (s.length <= MAX_CODE && /\d/.test(s));
}

/**
 * Learn the page's brand(s): a short Han token that recurs (≥3 times) directly before
 * site/gambling vocabulary, optionally through a short code (X官网入口, Xk8娱乐官网app, X娱乐).
 * Nothing is hard-coded: the next site's brand is found the same way.
 */
export function learnBrands(f: Folded, opts: { strict?: boolean; confirm?: Folded } = {}): Brand[] {
  const lex = lexicon();
  const coded = new Set<string>(); // seen with a code right after it (k8, jd129)
  const lured = new Set<string>(); // seen glued to a lure term or phrase (娱乐, 彩票, casino)
  const counts = new Map<string, Set<number>>();
  const chainsOf = new Map<string, Set<string>>();
  const anchored = new Set<string>(); // seen with a code (k8) or a strong site term (官网)
  const text = f.text;
  for (const pos of termStarts(f)) {
    if (pos < 1) continue;
    // Skip a short code glued before the chain (k8).
    let codeLen = 0;
    while (codeLen < MAX_CODE && /[a-z0-9]/.test(text[pos - codeLen - 1] ?? "")) codeLen++;
    if (codeLen > 0 && /[a-z0-9]/.test(text[pos - codeLen - 1] ?? "")) continue; // long Latin word: not a code
    if (!isCode(text.slice(pos - codeLen, pos))) continue;
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
      if (codeLen > 0) coded.add(cand);
      if (kinds.includes("lure") || kinds.includes("phrase")) lured.add(cand);
    }
  }
  const brands: Brand[] = opts.strict ? [] : learnLatinBrands(text);
  for (const [name, set] of counts) {
    // Evidence: ≥3 glued occurrences, ≥2 different compounds, one with a code or 官网-like term.
    // A news story repeating "境外赌博网站" has one compound and no anchor: not a brand.
    if (name.length !== 2 || set.size < 3) continue;
    if ((chainsOf.get(name)?.size ?? 0) < 2 || !anchored.has(name)) continue;
    // Whole-page evidence (nav, footer, hidden blocks) also holds a portal's own name next to
    // 登录/app/娱乐 channels: there a brand needs a code and a lure as well (凯发k8娱乐).
    // …or, without a code or a lure, overwhelming page evidence (≥5 glued occurrences in ≥3
    // compounds) that the article text itself confirms: the name glued to site words inside
    // the main text too, where a portal's own channel names do not go.
    if (opts.strict && !(coded.has(name) && lured.has(name))) {
      const confirmed = opts.confirm && set.size >= 5 && (chainsOf.get(name)?.size ?? 0) >= 3 && gluedOccurrences(opts.confirm, name) >= 1;
      if (!confirmed) continue;
    }
    // Prefer the longest left extension that keeps (almost) all the evidence: 沙城 → 金沙城.
    let best = name;
    for (const [longer, s2] of counts) {
      if (longer.length > best.length && longer.endsWith(name) && s2.size >= 0.8 * set.size) best = longer;
    }
    brands.push({ name: best, evidence: set.size });
  }
  return brands;
}

/** Occurrences of `name` followed (through an optional code) by site or lure vocabulary. */
function gluedOccurrences(f: Folded, name: string): number {
  let n = 0;
  for (let at = f.text.indexOf(name); at >= 0; at = f.text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (chainAt(f.text, end + codeAfter(f.text, end)).terms.length > 0) n++;
  }
  return n;
}

/** A Latin brand token: letters then digits (maxwin65, sbobet88, w88, bet365). */
const LATIN_BRAND = /(?<![a-z0-9])([a-z]{1,10}\d{1,4})(?![a-z0-9])/g;

/**
 * English/Indonesian spam names its site with a letters+digits token that recurs (≥3
 * times) next to lure or site words ("maxwin65 slot gacor", "daftar maxwin65"): learnt the
 * same way as a Han brand, from where and how often it appears on the page.
 */
function learnLatinBrands(text: string): Brand[] {
  const stats = new Map<string, { count: number; glued: number }>();
  for (const m of text.matchAll(LATIN_BRAND)) {
    const name = m[1]!;
    const st = stats.get(name) ?? { count: 0, glued: 0 };
    st.count++;
    const end = m.index! + name.length;
    const before = /([a-z]+) ?$/.exec(text.slice(Math.max(0, m.index! - 16), m.index!))?.[1];
    if (chainAt(text, end).terms.length > 0 || (before && termAt(before, 0)?.end === before.length)) st.glued++;
    stats.set(name, st);
  }
  const out: Brand[] = [];
  for (const [name, st] of stats) if (st.count >= 3 && st.glued >= 2) out.push({ name, evidence: st.glued });
  return out;
}

/** Length of a brand code at `at` (ds427 in "ds427app下载"): the longest code-shaped run
 *  that is followed by a non-alphanumeric char or by site/lure vocabulary; 0 if none. */
function codeAfter(text: string, at: number): number {
  const run = /^[a-z0-9]{1,12}/.exec(text.slice(at, at + 13))?.[0] ?? "";
  for (let len = Math.min(run.length, MAX_CODE); len > 0; len--) {
    if (!isCode(run.slice(0, len))) continue;
    if (len === run.length || termAt(text, at + len)) return len;
  }
  return 0;
}

/** A weak site word at the end of a compound that runs straight on into prose may belong
 *  to the prose ("X娱乐官网app|国际联播快讯"). Spam repeats its compounds, so the tail is
 *  given back when this longer compound is unique on the page while the compound without
 *  it recurs; "X国际官网" or a repeated "X娱乐手机版" keeps it. */
function weakTailStart(text: string, terms: TermMatch[], end: number): number | undefined {
  if (terms.length < 2 || !/[\p{L}\p{N}]/u.test(text[end] ?? "")) return undefined;
  const last = terms[terms.length - 1]!;
  if (last.kind !== "site" || lexicon().strongSiteTerms.has(last.term) || last.end !== end) return undefined;
  return last.end - last.term.length;
}

/** Does the compound `short` occur in `text` as a whole compound, not running on into more
 *  site/lure vocabulary (the page's nav row "X娱乐手机版 X官网…", not "X娱乐手机版国际…")? */
function endsThere(f: Folded, short: string): boolean {
  const text = f.text;
  for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
    const end = i + short.length;
    // Folding drops the spaces between Han words ("X娱乐手机版 最新消息"): a gap in the map
    // back to the source is a boundary too, unless the compound is letter-spaced itself
    // ("官 网 首 页", gaps everywhere).
    const gap = (k: number) => f.map[k] !== f.map[k - 1]! + 1;
    if (!/[\p{L}\p{N}]/u.test(text[end] ?? "") || (gap(end) && !gap(end - 1))) return true;
  }
  return false;
}

/** Does `word` (a weak site word: 国际, 平台) occur in `text` as prose, not glued after a
 *  brand, a code or another term? Then the article uses it, and a compound that runs into
 *  prose through it ("X平台登录|国际联播快讯") is given it back. */
function usedAsProse(text: string, word: string, brands: Brand[]): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text.slice(Math.max(0, i - 8), i);
    if (/[a-z0-9]$/.test(before) || brands.some((b) => before.endsWith(b.name))) continue;
    let glued = false;
    for (let k = 1; k <= Math.min(6, i) && !glued; k++) glued = termAt(text, i - k)?.end === i;
    if (!glued) return true;
  }
  return false;
}

/** Brands learnt from two views of a page, each named once. */
export function mergeBrands(a: Brand[], b: Brand[]): Brand[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => y.name === x.name || y.name.endsWith(x.name) || x.name.endsWith(y.name))) out.push(x);
  return out;
}

/** Every occurrence of a brand together with the vocabulary glued after it. Folded coords. */
export function brandCompoundSpans(f: Folded, brands: Brand[], elsewhere?: Folded): Array<Span & { brand: Brand }> {
  const out: Array<Span & { brand: Brand; tail?: number }> = [];
  for (const brand of brands) {
    let from = 0;
    const latin = /^[a-z0-9]+$/.test(brand.name);
    for (let at = f.text.indexOf(brand.name, from); at >= 0; at = f.text.indexOf(brand.name, from)) {
      let end = at + brand.name.length;
      if (latin && (/[a-z0-9]/.test(f.text[at - 1] ?? "") || /[a-z0-9]/.test(f.text[end] ?? ""))) {
        from = end;
        continue;
      }
      end += codeAfter(f.text, end);
      const chain = chainAt(f.text, end);
      end = chain.end;
      // The code may come first too: k8凯发 as well as 凯发k8.
      // Only a short letter-led code with a digit counts there (k8, w88): "2025q1" is a quarter.
      const before = latin ? "" : (/(?<![a-z0-9])[a-z][a-z0-9]{0,3}$/.exec(f.text.slice(Math.max(0, at - 4), at))?.[0] ?? "");
      const start = before && /\d/.test(before) ? at - before.length : at;
      out.push({ start, end, brand, tail: weakTailStart(f.text, chain.terms, chain.end) });
      from = end;
    }
  }
  const seen = new Map<string, number>();
  for (const o of out) seen.set(f.text.slice(o.start, o.end), (seen.get(f.text.slice(o.start, o.end)) ?? 0) + 1);
  for (const o of out) {
    if (o.tail === undefined || seen.get(f.text.slice(o.start, o.end))! > 1) continue;
    // The shorter compound recurring here, or in the rest of the page (a title is cleaned
    // with its body as `elsewhere`).
    const short = f.text.slice(o.start, o.tail);
    const word = f.text.slice(o.tail, o.end);
    if ((seen.get(short) ?? 0) >= 1 || (elsewhere && endsThere(elsewhere, short)) || usedAsProse(f.text, word, brands) || (elsewhere && usedAsProse(elsewhere.text, word, brands))) o.end = o.tail;
  }
  return out;
}

