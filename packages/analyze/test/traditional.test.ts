import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Converter } from "opencc-js/t2cn";
import CJK_COMPATIBILITY_IDEOGRAPHS from "opencc-js/dict/CJK_Compatibility_Ideographs";
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";
import TS_PHRASES from "opencc-js/dict/TSPhrases";
import { describe, expect, it } from "vitest";
import { randomTexts } from "../../../support/prng.js";
import { FIRST_CHANGING, mayChange, toSimplified } from "../src/traditional.js";
import { traditionalEntries, traditionalEntriesModule } from "../scripts/traditional-entries.js";

// OpenCC's own Traditional → Simplified converter, which toSimplified must match exactly.
const opencc = Converter({ from: "t", to: "cn" });
const entries = [CJK_COMPATIBILITY_IDEOGRAPHS, TS_PHRASES, TS_CHARACTERS].flatMap((d) => d.split("|").map((e) => e.split(" ") as [string, string]));
const golden = join(import.meta.dirname, "../../../fixtures/golden");
const goldenTexts = readdirSync(golden).filter((f) => f.endsWith(".clean.txt")).map((f) => readFileSync(join(golden, f), "utf8"));

describe("toSimplified", () => {
  it("converts every dictionary key and value as OpenCC does, alone and inside a sentence", () => {
    expect(entries.length).toBeGreaterThan(4900);
    for (const [key, value] of entries) {
      for (const text of [key, value, `他说${key}了`, `${value}与${key}`]) expect(toSimplified(text), text).toBe(opencc(text));
    }
  });

  it("converts as OpenCC does on 20,000 random texts of phrase pieces, characters and description sequences", () => {
    // Pieces of phrases overlap and run into each other, so longest-first choices are tested.
    const phraseParts = TS_PHRASES.split("|").flatMap((e) => {
      const key = [...e.split(" ")[0]!];
      return [key.join(""), key.slice(0, 2).join(""), key.slice(1).join(""), key[0]!];
    });
    const alphabet = [...phraseParts.filter((_, i) => i % 7 === 0), "乾", "隆", "覆", "么", "麼", "聯", "想", "嗰", "𠮶", "﨟", "⿰", "⿲", "車", "a", " ", "，"];
    for (const text of randomTexts(20_000, 5, alphabet, 12)) expect(toSimplified(text), JSON.stringify(text)).toBe(opencc(text));
  });

  it("converts Traditional text, keeps phrases OpenCC keeps and description sequences, leaves Simplified and English text alone", () => {
    expect(toSimplified("聯想集團公佈業績")).toBe("联想集团公布业绩");
    expect(toSimplified("乾隆皇帝乾杯")).toBe("乾隆皇帝干杯"); // 乾 → 干 but in its phrases
    expect(toSimplified("反覆思量")).toBe("反复思量");
    expect(toSimplified("⿰車兩與車")).toBe("⿰車兩与车"); // the sequence describes one character
    for (const text of [...goldenTexts, "Lenovo liquid cooling, PUE 1.035", "什么是覆盖率"]) expect(toSimplified(text)).toBe(opencc(text));
  });
});

describe("traditional-entries.ts", () => {
  it("is what the installed opencc-js dictionaries give (else re-run scripts/traditional-entries.ts)", () => {
    const generated = traditionalEntries();
    expect(generated.characters).toContain("聯联");
    expect(generated.characters).not.toContain("么么");
    expect(generated.changedInPhrases).toContain("覆");
    expect(generated.phrases).toContain("乾隆 乾隆");
    const written = readFileSync(join(import.meta.dirname, "../src/traditional-entries.ts"), "utf8");
    expect(written).toBe(traditionalEntriesModule(generated));
  });
});

describe("mayChange", () => {
  it("is false for Simplified and English text that OpenCC leaves as it is", () => {
    for (const text of ["月份 商品房 一线", "什么是覆盖率", "Lenovo liquid cooling", ""]) {
      expect(mayChange(text), text).toBe(false);
      expect(opencc(text)).toBe(text);
    }
    // Two of the three seed articles (Simplified) hold no character OpenCC would change.
    expect(goldenTexts.filter((t) => !mayChange(t)).length).toBe(2);
  });

  it("is true for a character changed alone, a phrase-only change and an astral key", () => {
    expect(mayChange("联想與")).toBe(true);
    expect(mayChange("反覆")).toBe(true); // 覆 changes only inside phrases
    expect(mayChange("覆盖")).toBe(false);
    const astral = entries.find(([k, v]) => k.codePointAt(0)! > 0xffff && [...k].length === 1 && k !== v);
    expect(astral).toBeDefined();
    expect(mayChange(`文${astral![0]}字`)).toBe(true);
  });

  it("is true wherever OpenCC changes a character of the Basic Multilingual Plane", () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      if (opencc(ch) !== ch && !mayChange(ch)) missed.push(ch);
      if (cp < FIRST_CHANGING && mayChange(ch)) missed.push(`below FIRST_CHANGING: ${ch}`);
    }
    expect(missed).toEqual([]);
  });
});
