import { describe, expect, it } from "vitest";
import { randomTexts } from "../../../support/prng.js";
import { shingles, minhashSignature, bandKeys } from "@wenku/ingest";

/** The first implementation (strings per character, a Set of hashes), kept as the oracle:
 *  the typed-array one must give exactly the same shingles, or stored band keys and the
 *  near-duplicate decisions of existing indexes would change. */
function shinglesByStrings(text: string, size = 5): Uint32Array {
  const chars = Array.from(text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""));
  const set = new Set<number>();
  for (let i = 0; i + size <= chars.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + size; k++) {
      const c = chars[k]!.codePointAt(0)!;
      h = Math.imul(h ^ (c & 0xffff), 0x01000193);
      if (c > 0xffff) h = Math.imul(h ^ (c >>> 16), 0x01000193);
    }
    set.add(h >>> 0);
  }
  return Uint32Array.from(set).sort();
}

/** The first signature (all 64 seeded hashes per shingle), the oracle for the faster loop. */
function signatureByShingle(set: Uint32Array): Uint32Array {
  const fmix32 = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  const seeds = Array.from({ length: 64 }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));
  const sig = new Uint32Array(64).fill(0xffffffff);
  for (const x of set)
    for (let i = 0; i < 64; i++) {
      const h = fmix32(x ^ seeds[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  return sig;
}

/** The fuzz texts are drawn from an alphabet with every case the shingler
 *  treats differently: ASCII and full-width letters and digits, Han, punctuation, spaces,
 *  astral letters (𠮶, 𝐀 which NFKC folds to "a"), an emoji, lone surrogates, capitals. */
const ALPHABET = ["a", "B", "7", "Ｚ", "９", "中", "國", "，", "。", " ", "\n", "-", "𠮶", "𝐀", "😀", "\ud800", "\udc00", "İ", "ß", "ǅ", "①", "½", "é", "e\u0301"];
const MAX_LENGTH = 120;

describe("shingles", () => {
  it("equals the string-based shingles on 2,000 mixed-script texts and on repeated text", () => {
    const texts = [...randomTexts(2000, 7, ALPHABET, MAX_LENGTH), "新华社北京电 新华社北京电 新华社北京电", "The quick brown fox. THE QUICK BROWN FOX!", ""];
    let nonEmpty = 0;
    for (const t of texts) {
      const got = shingles(t);
      expect(Array.from(got), t).toEqual(Array.from(shinglesByStrings(t)));
      if (got.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(1500); // the fuzz texts really are long enough to shingle
  });

  it("gives the signature of the per-shingle loop on every fuzz text long enough to have one", () => {
    let signed = 0;
    for (const t of randomTexts(2000, 21, ALPHABET, MAX_LENGTH)) {
      const set = shingles(t);
      const sig = minhashSignature(set);
      if (set.length < 40) {
        expect(sig).toBeUndefined();
        continue;
      }
      expect(Array.from(sig!), t).toEqual(Array.from(signatureByShingle(set)));
      signed++;
    }
    expect(signed).toBeGreaterThan(500);
  });

  it("drops punctuation and spacing, folds width and case, and keeps each shingle once", () => {
    // "ABCDEF" in three spellings: 6 letters → 2 distinct 5-letter shingles each.
    const a = shingles("abcdef");
    expect(a.length).toBe(2);
    expect(Array.from(shingles("ＡＢ-Ｃ, D E F"))).toEqual(Array.from(a));
    // "abcdeabcde": shingles abcde, bcdea, cdeab, deabc, eabcd, abcde → 5 distinct.
    expect(shingles("abcdeabcde").length).toBe(5);
    expect(Array.from(shingles("abcdeabcde"))).toEqual([...shingles("abcdeabcde")].sort((p, q) => p - q));
  });

  it("gives the same signature and band keys for the same text and none for a short one", () => {
    // 62 letters: 58 distinct shingles, above the 40 a signature needs.
    const text = "国家统计局今天发布数据，十月份全国居民消费价格同比上涨百分之二点一，环比持平。其中食品价格上涨，非食品价格下降，服务价格保持稳定。";
    const sig = minhashSignature(shingles(text))!;
    expect(sig).toBeDefined();
    expect(bandKeys(sig)).toEqual(bandKeys(minhashSignature(shinglesByStrings(text))!));
    expect(minhashSignature(shingles("短文本"))).toBeUndefined();
  });
});
