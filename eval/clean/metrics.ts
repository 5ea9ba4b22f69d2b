/**
 * The scores of the cleaning harness.
 *
 * Character bigrams: the measure for Chinese text, where word counts mean nothing.
 * Whitespace, punctuation and symbols are dropped first, so only the letters of the text
 * count; per-page precision and recall are averaged over pages and F1 is taken of the means.
 *
 * Word shingles: ScrapingHub's article-extraction-benchmark measure (evaluate.py), re-written
 * here because the benchmark is a Python script: `\w+` tokens, 4-token shingles as multisets,
 * per-page tp/fp/fn normalised to sum 1, summed over pages, P/R/F1 of the sums.
 */

const NOT_LETTER = /[\s\p{P}\p{S}\p{Z}\p{C}]/gu;

function multiset<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(NOT_LETTER, "").toLowerCase()];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return multiset(out);
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [g, c] of a) n += Math.min(c, b.get(g) ?? 0);
  return n;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);

export interface PR {
  precision: number;
  recall: number;
}

/** Per-page bigram precision/recall. An empty candidate against a non-empty reference scores
 *  P 0 and R 0, so returning nothing is never rewarded. */
export function bigramPR(reference: string, candidate: string): PR {
  const ref = bigrams(reference);
  const cand = bigrams(candidate);
  const hit = overlap(ref, cand);
  const nRef = total(ref);
  const nCand = total(cand);
  if (nRef === 0 && nCand === 0) return { precision: 1, recall: 1 };
  return { precision: nCand ? hit / nCand : 0, recall: nRef ? hit / nRef : 1 };
}

export function meanPRF(pages: PR[]): { precision: number; recall: number; f1: number } {
  const n = pages.length || 1;
  const precision = pages.reduce((s, p) => s + p.precision, 0) / n;
  const recall = pages.reduce((s, p) => s + p.recall, 0) / n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}\p{Mn}\p{Pc}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n).join(" ");
    if (s) out.push(s);
  }
  return multiset(out);
}

/** One page's normalised [tp, fp, fn] as in ScrapingHub's string_shingle_matching. */
export function shingleCounts(truth: string, pred: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export function shinglePRF(pages: Array<[number, number, number]>): { precision: number; recall: number; f1: number } {
  const [tp, fp, fn] = pages.reduce((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]], [0, 0, 0]);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
