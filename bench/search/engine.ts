import type { BenchDoc } from "./articles.js";

/** A search engine under test: builds an index of documents, answers queries with the ids of
 *  its top documents, and can be asked the same one-shot query from a fresh process. */
export interface Engine {
  name: string;
  /** Index the documents (into a fresh index at the engine's path). */
  build(docs: BenchDoc[]): Promise<void>;
  /** Ids of the best documents, best first. */
  search(query: string, limit: number): Promise<string[]>;
  /** Bytes of the full-text index alone, and of everything the engine stores. */
  size(): { index: number; total: number };
  /** argv of a fresh process that answers one query (Node or the engine's own binary start included). */
  coldCommand(query: string): string[];
  close(): Promise<void>;
}

/** Split a query the same way for every engine: whitespace-separated words. */
export function words(query: string): string[] {
  return query.split(/\s+/).filter(Boolean);
}

/** Overlapping character n-grams of a string's non-space characters (peers' relaxed queries). */
export function ngrams(text: string, n: number): string[] {
  const out = new Set<string>();
  for (const w of words(text)) {
    const chars = [...w];
    if (chars.length <= n) out.add(w);
    else for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(""));
  }
  return [...out];
}
