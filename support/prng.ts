/** A small seeded PRNG (mulberry32) for tests, fuzzing and harnesses: the same seed gives
 *  the same sequence, so a failure or a sample can be replayed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` seeded pseudo-random strings of up to `maxLength - 1` items of `alphabet` (code
 *  points, clusters, lone surrogates): fuzz input on which a fast scanner must agree with the
 *  plain implementation it replaced. */
export function randomTexts(count: number, seed: number, alphabet: string[], maxLength: number): string[] {
  const next = mulberry32(seed);
  const below = (n: number) => Math.floor(next() * n);
  return Array.from({ length: count }, () => {
    let s = "";
    for (let i = below(maxLength); i > 0; i--) s += alphabet[below(alphabet.length)];
    return s;
  });
}
