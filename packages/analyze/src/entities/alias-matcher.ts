import type { Gazetteer, GazetteerEntry } from "./gazetteer.js";

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set when a folded alias ends here. */
  entry?: GazetteerEntry;
  alias?: string;
}

/** A match of a folded alias in folded text. */
export interface AliasHit {
  start: number;
  end: number;
  key: string;
  entry: GazetteerEntry;
}

const ASCII_ALNUM = /[a-z0-9]/;

/** A character-trie over the folded aliases: finds the longest alias at each position. */
export class AliasMatcher {
  private readonly root: TrieNode = { next: new Map() };

  constructor(readonly gazetteer: Gazetteer) {
    for (const [key, entry] of gazetteer.aliasTable()) {
      let node = this.root;
      for (const ch of key) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      node.entry = entry;
      node.alias = key;
    }
  }

  /**
   * Longest-first, left-to-right, non-overlapping matches in folded text. Aliases that start
   * or end with a Latin letter or digit only match at word boundaries (no AMD inside AMDX,
   * no H20 inside H200).
   */
  matchAll(folded: string): AliasHit[] {
    const hits: AliasHit[] = [];
    let i = 0;
    while (i < folded.length) {
      let node: TrieNode | undefined = this.root;
      let best: AliasHit | undefined;
      for (let j = i; j < folded.length; j++) {
        node = node.next.get(folded[j]!);
        if (!node) break;
        if (node.entry && this.atBoundaries(folded, i, j + 1, node.alias!)) {
          best = { start: i, end: j + 1, key: node.alias!, entry: node.entry };
        }
      }
      if (best) {
        hits.push(best);
        i = best.end;
      } else {
        i++;
      }
    }
    return hits;
  }

  private atBoundaries(text: string, start: number, end: number, alias: string): boolean {
    if (ASCII_ALNUM.test(alias[0]!) && start > 0 && ASCII_ALNUM.test(text[start - 1]!)) return false;
    if (ASCII_ALNUM.test(alias[alias.length - 1]!) && end < text.length && ASCII_ALNUM.test(text[end]!)) return false;
    return true;
  }
}

const matchers = new WeakMap<Gazetteer, AliasMatcher>();

/** One matcher per gazetteer, built on first use. */
export function matcherFor(gazetteer: Gazetteer): AliasMatcher {
  let m = matchers.get(gazetteer);
  if (!m) matchers.set(gazetteer, (m = new AliasMatcher(gazetteer)));
  return m;
}
