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
