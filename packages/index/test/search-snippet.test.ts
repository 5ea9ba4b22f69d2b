import { describe, expect, it } from "vitest";
import { findHighlights, searchIndex, writeFile } from "@wenku/index";
import { record, tempDb } from "./helpers.js";

/** Index one document and search it: the hit's highlights and snippet. */
function hitFor(text: string, query: string, lang: "zh-Hans" | "zh-Hant" | "en" = "zh-Hant") {
  const db = tempDb();
  writeFile(db, "/s/doc.txt", "h", 0, [record("/s/doc.txt", text, { lang })]);
  const hit = searchIndex(db, { query }).hits[0];
  if (!hit) throw new Error(`no hit for ${query}`);
  return { hit, spans: hit.highlights.map((h) => [h.start, h.end]), words: hit.highlights.map((h) => text.slice(h.start, h.end)) };
}

describe("snippet highlights land on the matched words of the original text", () => {
  it("Chinese: a Simplified query highlights Traditional and full-width forms at their own offsets", () => {
    // 今0 年1 聯2 想3 的4 液5 冷6 伺7 服8 器9 出10 貨11 量12 大13 增14 ，15 Ｐ16 Ｕ17 Ｅ18 降19
    const text = "今年聯想的液冷伺服器出貨量大增，ＰＵＥ降至1.035。";
    const { hit, spans, words } = hitFor(text, "联想 液冷 pue");
    expect(spans).toEqual([[2, 4], [5, 7], [16, 19]]);
    expect(words).toEqual(["聯想", "液冷", "ＰＵＥ"]);
    expect(hit.snippet).toBe("今年[聯想]的[液冷]伺服器出貨量大增，[ＰＵＥ]降至1.035。");
  });

  it("Chinese: a word inside a longer run is found by its bigram, not by the run", () => {
    // 我0 们1 建2 设3 了4 5(5) G(6) 基7 站8 和9 数10 据11 中12 心13
    const text = "我们建设了5G基站和数据中心";
    const { spans, words } = hitFor(text, "5G基站", "zh-Hans");
    expect(spans).toEqual([[5, 9]]);
    expect(words).toEqual(["5G基站"]);
  });

  it("English: a query word highlights every inflection that shares its stem, and only whole words", () => {
    // "Cooling" 0-7, "cooled" 30-36; "coolant" has another stem.
    const text = "Cooling costs fell. The racks cooled faster than coolant pumps.";
    const { spans, words } = hitFor(text, "cooling", "en");
    expect(spans).toEqual([[0, 7], [30, 36]]);
    expect(words).toEqual(["Cooling", "cooled"]);
  });

  it("English: a phrase highlights the words in that order only", () => {
    // "liquid cooling" is 8-22; the later "cooling liquid" is the wrong order.
    const text = "Neptune liquid cooling grew; cooling liquid leaked.";
    const { hit, spans } = hitFor(text, '"liquid cooling"', "en");
    expect(spans).toEqual([[8, 22]]);
    expect(hit.snippet).toBe("Neptune [liquid cooling] grew; cooling liquid leaked.");
  });

  it("a match deep in a long text: the snippet is a window around it and its offsets still index the full text", () => {
    const filler = "这是一段与主题无关的填充文字。".repeat(40); // 15 characters × 40 = 600
    const text = `${filler}英伟达的液冷机柜今年开始交付。${filler}`;
    const { hit, spans, words } = hitFor(text, "液冷", "zh-Hans");
    // 英伟达的 = 4 characters after the filler: 液冷 starts at 604.
    expect(spans).toEqual([[604, 606]]);
    expect(words).toEqual(["液冷"]);
    expect(hit.snippet.startsWith("…")).toBe(true);
    expect(hit.snippet.endsWith("…")).toBe(true);
    expect(hit.snippet).toContain("英伟达的[液冷]机柜");
    expect(hit.snippet.length).toBeLessThan(140);
  });

  it("the first match is found wherever it is written differently from the index form", () => {
    // Folding starts where the raw text first holds the term's first character as indexed
    // ("l"): here that is only in "hello", long after "LENOVO". The match before it is found.
    const text = `LENOVO发布新品。${"数据中心液冷技术走向成熟。".repeat(40)}hello`;
    const [h] = findHighlights(text, [["lenovo"]], { firstOnly: true });
    expect(text.slice(h!.start, h!.end)).toBe("LENOVO");
    // A Traditional form before a Simplified one: the Simplified one is found first (a true match).
    const mixed = `聯想集團。${"数据中心液冷技术走向成熟。".repeat(40)}联想集团`;
    const found = findHighlights(mixed, [["联想"]], { firstOnly: true });
    expect(found.map((x) => mixed.slice(x.start, x.end))).toEqual(["联想"]);
  });
});
