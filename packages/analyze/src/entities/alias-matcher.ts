import type { Gazetteer, GazetteerEntry } from "./gazetteer.js";

interface TrieNode {
  /** Children by UTF-16 code unit (numbers: no one-character string per step of the scan). */
  next: Map<number, TrieNode>;
  /** Set when a folded alias ends here. */
  entry?: GazetteerEntry;
  alias?: string;
  /** The alias starts / ends with an ASCII letter or digit: it needs a word boundary there. */
  startsAlnum?: boolean;
  endsAlnum?: boolean;
}

/** A match of a folded alias in folded text. */
export interface AliasHit {
  start: number;
  end: number;
  key: string;
  entry: GazetteerEntry;
}

const isAsciiAlnum = (unit: number) => (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);

/** A character-trie over the folded aliases: finds the longest alias at each position. */
export class AliasMatcher {
  private readonly root: TrieNode = { next: new Map() };
  /** The root's children in an array by code unit: the scan looks one up at every position. */
  private readonly rootChildren: (TrieNode | undefined)[] = new Array(0x10000);

  constructor(readonly gazetteer: Gazetteer) {
    for (const [key, entry] of gazetteer.aliasTable()) {
      let node = this.root;
      for (let k = 0; k < key.length; k++) {
        const unit = key.charCodeAt(k);
        let child = node.next.get(unit);
        if (!child) node.next.set(unit, (child = { next: new Map() }));
        node = child;
      }
      node.entry = entry;
      node.alias = key;
      node.startsAlnum = isAsciiAlnum(key.charCodeAt(0));
      node.endsAlnum = isAsciiAlnum(key.charCodeAt(key.length - 1));
    }
    for (const [unit, child] of this.root.next) this.rootChildren[unit] = child;
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
      const unit = folded.charCodeAt(i);
      let node: TrieNode | undefined = this.rootChildren[unit];
      // Inside a Latin word nothing can start: an alias starting with a letter or digit needs a
      // word boundary before it.
      if (!node || (isAsciiAlnum(unit) && i > 0 && isAsciiAlnum(folded.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      // An alias starting with a letter or digit needs a boundary before it (checked once here).
      const boundaryBefore = i === 0 || !isAsciiAlnum(folded.charCodeAt(i - 1));
      let bestNode: TrieNode | undefined;
      let bestEnd = 0;
      for (let j = i; j < folded.length; j++) {
        if (j > i) node = node.next.get(folded.charCodeAt(j));
        if (!node) break;
        if (node.entry && (!node.startsAlnum || boundaryBefore) && (!node.endsAlnum || j + 1 >= folded.length || !isAsciiAlnum(folded.charCodeAt(j + 1)))) {
          bestNode = node;
          bestEnd = j + 1;
        }
      }
      if (bestNode) {
        hits.push({ start: i, end: bestEnd, key: bestNode.alias!, entry: bestNode.entry! });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return hits;
  }
}

const matchers = new WeakMap<Gazetteer, AliasMatcher>();

/** One matcher per gazetteer, built on first use. */
export function matcherFor(gazetteer: Gazetteer): AliasMatcher {
  let m = matchers.get(gazetteer);
  if (!m) matchers.set(gazetteer, (m = new AliasMatcher(gazetteer)));
  return m;
}
