import { describe, expect, it } from "vitest";
import { analyze, paragraphLanguages } from "@wenku/analyze";

describe("paragraph languages", () => {
  it("labels each paragraph with offsets, skipping lines without letters", () => {
    // Short lines quoted from the three corpora, one per paragraph.
    const text = "海关总署今天公布数据。\n\n特首梁振英今早在立法會發表施政報告。\n---\nInvestors have snapped up shares in Jet Airways.\n联想 Lenovo 液冷 liquid cooling";
    const paras = paragraphLanguages(text);
    expect(paras.map((p) => [text.slice(p.start, p.end), p.lang])).toEqual([
      ["海关总署今天公布数据。", "zh-Hans"],
      ["特首梁振英今早在立法會發表施政報告。", "zh-Hant"],
      ["Investors have snapped up shares in Jet Airways.", "en"],
      ["联想 Lenovo 液冷 liquid cooling", "mixed"],
    ]);
  });

  it("is part of analyze() along with the document's language", () => {
    const r = analyze("Boeing secures giant Japan order.\n波音获得日本大订单。");
    expect(r.paragraphs?.map((p) => p.lang)).toEqual(["en", "zh-Hans"]);
    expect(r.lang).toBe("mixed");
  });
});
