import { describe, expect, it } from "vitest";
import { randomTexts } from "../../../support/prng.js";
import { detectLang } from "@wenku/clean";
import { moreCodePointsThan } from "../src/text/code-points.js";
import { fold } from "../src/fold.js";

// Simplified-only, Traditional-only and shared Han characters, astral Han (𠮶 Simplified form,
// 𡃁), Latin, digits, spaces, an emoji and lone surrogates.
const ALPHABET = ["国", "國", "这", "這", "中", "人", "𠮶", "𡃁", "a", "Z", "1", " ", "，", "😀", "\ud800", "\udc00", "é"];

describe("character scans without a string per character", () => {
  it("moreCodePointsThan says what [...s].length > max says", () => {
    for (const t of randomTexts(5_000, 3, ALPHABET, 40)) {
      for (const max of [0, 5, 20, 39]) expect(moreCodePointsThan(t, max), `${JSON.stringify(t)} ${max}`).toBe([...t].length > max);
    }
    expect(moreCodePointsThan("😀😀😀", 3)).toBe(false); // 6 units, 3 characters
    expect(moreCodePointsThan("😀😀😀😀", 3)).toBe(true);
  });

  it("detectLang counts Han, Latin and the two standards' forms as the character iterator did", () => {
    // The texts are mostly Han with a varying share of Latin: every outcome occurs.
    const seen = new Set<string>();
    for (const t of randomTexts(5_000, 17, ALPHABET, 60)) {
      const lang = detectLang(t);
      seen.add(lang);
      // The verdict from counts made with the iterator (the rule as written in lang.ts).
      let han = 0;
      let latin = 0;
      for (const ch of t) {
        if (/^[A-Za-z]$/.test(ch)) latin++;
        else if (/\p{Script=Han}/u.test(ch)) han++;
      }
      const total = han + latin / 3;
      const hanShare = total === 0 ? -1 : han / total;
      if (total === 0) expect(lang).toBe("mixed");
      else if (hanShare >= 0.6) expect(lang.startsWith("zh-"), t).toBe(true);
      else if (hanShare <= 0.15) expect(lang).toBe("en");
      else expect(lang).toBe("mixed");
    }
    expect(seen.size).toBe(4);
    expect(detectLang("這個國家的人")).toBe("zh-Hant");
    expect(detectLang("这个国家的人")).toBe("zh-Hans");
  });
});

describe("fold keeps a leading U+FEFF", () => {
  it("folds a text that starts with U+FEFF to as many units as its map has", () => {
    const f = fold("\ufeffABC");
    expect(f.text).toBe("\ufeffabc");
    expect(Array.from(f.map)).toEqual([0, 1, 2, 3]);
  });
});
