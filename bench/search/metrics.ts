/** MRR@k and Recall@k of one ranked list against a relevance test. Recall@k divides by
 *  min(k, number of relevant documents), so a query with 500 relevant documents can still
 *  reach 1 with a full first page. */
export function scoreRanking(ranked: string[], isRelevant: (id: string) => boolean, relevantCount: number, k = 10): { rr: number; recall: number } {
  const top = ranked.slice(0, k);
  const first = top.findIndex(isRelevant);
  const found = top.filter(isRelevant).length;
  return { rr: first === -1 ? 0 : 1 / (first + 1), recall: relevantCount === 0 ? 0 : found / Math.min(k, relevantCount) };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}
