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

/** Longest lexicon term starting at folded position `pos` (ASCII terms need word edges). */
export function termAt(folded: string, pos: number): TermMatch | undefined {
  const lex = lexicon();
  let best: TermMatch | undefined;
  const consider = (terms: string[], kind: TermKind) => {
    for (const term of terms) {
      if (best && term.length <= best.term.length) break; // lists are longest-first
      if (!folded.startsWith(term, pos)) continue;
      if (/^[a-z0-9]/.test(term) && pos > 0 && ASCII_WORD.test(folded[pos - 1]!)) continue;
      if (/[a-z0-9]$/.test(term) && ASCII_WORD.test(folded[pos + term.length] ?? "")) continue;
      best = { term, kind, end: pos + term.length };
    }
  };
  consider(lex.lurePhrases, "phrase");
  consider(lex.lureTerms, "lure");
  consider(lex.siteTerms, "site");
  return best;
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

