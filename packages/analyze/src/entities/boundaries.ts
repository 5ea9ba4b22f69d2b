import type { TaggedToken } from "../segment/segment.js";

// Several rules ask "does a jieba word start or end here?". One typed array per token list,
// built once and shared: sets of numbers built per rule and per text cost more in garbage
// collection than the rules themselves.
const cache = new WeakMap<TaggedToken[], Uint8Array>();

/** boundary[i] === 1 when a token starts or ends at text index i. */
export function tokenBoundaries(tokens: TaggedToken[]): Uint8Array {
  let b = cache.get(tokens);
  if (!b) {
    const last = tokens.at(-1);
    b = new Uint8Array((last ? last.end : 0) + 2);
    for (const t of tokens) {
      b[t.start] = 1;
      b[t.end] = 1;
    }
    cache.set(tokens, b);
  }
  return b;
}

/** Is index i a word boundary (start or end of a token)? */
export function isTokenBoundary(tokens: TaggedToken[], i: number): boolean {
  const b = tokenBoundaries(tokens);
  return i >= 0 && i < b.length && b[i] === 1;
}

/** The token that starts at `i` (tokens are in text order), found by binary search. */
export function tokenStartingAt(tokens: TaggedToken[], i: number): TaggedToken | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === i) return tokens[mid];
    if (s < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
