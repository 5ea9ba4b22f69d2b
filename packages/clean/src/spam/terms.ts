import type { Folded } from "../fold.js";
import { lexicon } from "../lexicon.js";

/** What a matched promotional term is: site vocabulary (官网, 入口, app), a lure (娱乐, 彩票,
 *  casino) or a fixed lure/contact phrase. */
export type TermKind = "site" | "lure" | "phrase";

export interface TermMatch {
  term: string;
  kind: TermKind;
  end: number; // folded index after the term
}

const ASCII_WORD = /[a-z]/;
const isAsciiLetterCode = (c: number) => c >= 0x61 && c <= 0x7a;

interface IndexedTerm {
  term: string;
  kind: TermKind;
  asciiStart: boolean;
  asciiEnd: boolean;
}

let byFirstChar: Map<string, IndexedTerm[]> | undefined;

/** Terms grouped by their first (folded) character, longest first and, at equal length,
 *  phrase before lure before site: termAt is called at every position of every text, and
 *  most positions start no term at all, so one Map look-up answers them. */
function termIndex(): Map<string, IndexedTerm[]> {
  if (byFirstChar) return byFirstChar;
  const lex = lexicon();
  const all: IndexedTerm[] = [];
  const add = (terms: string[], kind: TermKind) => {
    for (const term of terms) all.push({ term, kind, asciiStart: /^[a-z0-9]/.test(term), asciiEnd: /[a-z0-9]$/.test(term) });
  };
  add(lex.lurePhrases, "phrase");
  add(lex.lureTerms, "lure");
  add(lex.siteTerms, "site");
  const rank: Record<TermKind, number> = { phrase: 0, lure: 1, site: 2 };
  // Stable sort: within one kind the lexicon's own order is kept.
  all.sort((a, b) => b.term.length - a.term.length || rank[a.kind] - rank[b.kind]);
  byFirstChar = new Map();
  for (const t of all) {
    const list = byFirstChar.get(t.term[0]!) ?? [];
    list.push(t);
    byFirstChar.set(t.term[0]!, list);
  }
  return byFirstChar;
}

/** Longest lexicon term starting at folded position `pos` (ASCII terms need word edges);
 *  at equal length a phrase wins over a lure, a lure over a site word. */
export function termAt(folded: string, pos: number): TermMatch | undefined {
  const candidates = termIndex().get(folded[pos] ?? "");
  if (!candidates) return undefined;
  // Inside a Latin word no term starting with a letter or digit can match (they all do in
  // this bucket when its first char does): most positions of English text end here.
  if (candidates[0]!.asciiStart && pos > 0 && isAsciiLetterCode(folded.charCodeAt(pos - 1))) return undefined;
  for (const t of candidates) {
    if (!folded.startsWith(t.term, pos)) continue;
    if (t.asciiEnd && ASCII_WORD.test(folded[pos + t.term.length] ?? "")) continue;
    return { term: t.term, kind: t.kind, end: pos + t.term.length };
  }
  return undefined;
}

const startsCache = new WeakMap<Folded, number[]>();

/** Every folded position where some term starts, in order; computed once per folded text
 *  (brand learning and evidence both walk it). */
export function termStarts(f: Folded): number[] {
  let starts = startsCache.get(f);
  if (starts) return starts;
  starts = [];
  for (let pos = 0; pos < f.text.length; pos++) if (termAt(f.text, pos)) starts.push(pos);
  startsCache.set(f, starts);
  return starts;
}

export interface Chain {
  start: number;
  end: number;
  terms: TermMatch[];
}

/** Terms glued one after another (娱乐官网app, 官网登录vip入口), allowing short alphanumeric
 *  codes between them (k8). Folded coordinates. */
export function chainAt(folded: string, pos: number): Chain {
  const terms: TermMatch[] = [];
  let end = pos;
  for (;;) {
    const t = termAt(folded, end);
    if (t) {
      terms.push(t);
      end = t.end;
      continue;
    }
    // English spam spaces its words: "maxwin65 casino login". One space before an ASCII
    // term, after an ASCII word, continues the chain.
    if (folded[end] === " " && /[a-z0-9]/.test(folded[end - 1] ?? "")) {
      const next = termAt(folded, end + 1);
      if (next && /^[a-z0-9]/.test(next.term)) {
        end += 1;
        continue;
      }
    }
    const code = /^[a-z0-9]{1,4}/.exec(folded.slice(end, end + 5));
    if (code && !ASCII_WORD.test(folded[end - 1] ?? "") && !/[a-z0-9]/.test(folded[end + code[0].length] ?? "")) {
      const after = termAt(folded, end + code[0].length);
      if (after && terms.length > 0) {
        end += code[0].length;
        continue;
      }
    }
    break;
  }
  return { start: pos, end, terms };
}

/** A chain that is promotional on its own, without a brand: a lure glued to site
 *  vocabulary (娱乐官网, 彩票app) or three terms in a row. A lone 平台 or 注册 is not. */
export function isPromotionalChain(chain: Chain): boolean {
  const kinds = new Set(chain.terms.map((t) => t.kind));
  if (kinds.has("phrase")) return true;
  if (chain.terms.length >= 3) return true;
  return chain.terms.length >= 2 && kinds.has("lure") && kinds.has("site");
}

export interface Span {
  start: number;
  end: number;
}

/** Map a folded span back to the source string's coordinates. */
export function unfoldSpan(f: Folded, s: Span): Span {
  return { start: f.map[s.start]!, end: f.map[s.end - 1]! + 1 };
}

/** Contact blocks (【网: 434·bz】, 开户加Q:123…) in source coordinates. */
export function contactSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const re of lexicon().contactPatterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

