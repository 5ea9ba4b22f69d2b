import { describe, expect, it } from "vitest";
import { foldForSearch, toSourceSpan } from "@wenku/analyze";

describe("foldForSearch", () => {
  it("folds Traditional to Simplified, full-width to half-width and case", () => {
    expect(foldForSearch("聯想集團").text).toBe("联想集团");
    expect(foldForSearch("ＰＵＥ　１.０３５").text).toBe("pue 1.035");
    expect(foldForSearch("Lenovo").text).toBe("lenovo");
  });

  it("maps folded spans back to the original text", () => {
    const src = "報導：ＬＥＮＯＶＯ與聯想";
    const f = foldForSearch(src);
    const at = f.text.indexOf("lenovo");
    expect(at).toBeGreaterThan(0);
    const [s, e] = toSourceSpan(f, at, at + 6);
    expect(src.slice(s, e)).toBe("ＬＥＮＯＶＯ");
    const z = f.text.indexOf("联想");
    const [zs, ze] = toSourceSpan(f, z, z + 2);
    expect(src.slice(zs, ze)).toBe("聯想");
  });

  it("keeps one origin per folded unit when NFKC expands a character", () => {
    const src = "重量5㎏";
    const f = foldForSearch(src);
    expect(f.text).toBe("重量5kg");
    expect(f.origin.length).toBe(f.text.length + 1);
    const [s, e] = toSourceSpan(f, 3, 5);
    expect(src.slice(s, e)).toBe("㎏");
  });
});

describe("foldForSearch on text where OpenCC changes length", () => {
  it("still converts the rest of the text when one character maps to a surrogate pair", () => {
    // 嗰 (Cantonese "that") converts to the astral 𠮶 in OpenCC's table: two UTF-16 units.
    const src = "嗰個人喺聯想集團返工";
    const f = foldForSearch(src);
    expect(f.text.length).toBe(src.length);
    expect(f.text).toContain("联想集团");
    expect(f.text.startsWith("嗰个")).toBe(true);
    const at = f.text.indexOf("联想");
    expect(src.slice(...toSourceSpan(f, at, at + 2))).toBe("聯想");
  });
});

describe("foldForSearch on a text folded just before", () => {
  it("answers a long text again from its last result, and another long text of the same length afresh", () => {
    const a = "聯想集團公布業績，ＰＵＥ降至１.０３５。".repeat(20);
    const b = "联想集团公布业绩，PUE降至1.035。".repeat(19).padEnd(a.length, "x");
    expect(b.length).toBe(a.length);
    const first = foldForSearch(a);
    expect(foldForSearch(a)).toBe(first); // the same object: not folded twice
    expect(foldForSearch(a.slice(0))).toBe(first); // an equal string is the same text
    const other = foldForSearch(b);
    // NFKC makes the full-width comma a plain one.
    expect(other.text.startsWith("联想集团公布业绩,pue降至1.035。")).toBe(true);
    expect(other.text.endsWith("xxx")).toBe(true);
    expect(foldForSearch(a).text).toBe(first.text);
    expect(first.text.startsWith("联想集团公布业绩,pue降至1.035。")).toBe(true);
  });
});
