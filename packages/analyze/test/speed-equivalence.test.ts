import { describe, expect, it } from "vitest";
import { foldForSearch, segment } from "@wenku/analyze";
import { matchAllNear } from "../src/entities/match-near";
import { segmentTagged } from "../src/segment/segment";

// The speed work of issue 4 (second pass) changed how results are computed, never what they
// are. These tests pin the equivalences the faster code relies on.

describe("matchAllNear", () => {
  const phrase = /((?:\p{Script=Han}|[（(]\p{Script=Han}{1,4}[）)]){2,10}?)(?:有限公司|集團|基金會|協會)/gu;
  const ending = /(?:有限公司|集團|基金會|協會)/gu;
  it("finds exactly what matchAll finds", () => {
    const texts = [
      "永升（亞洲）有限公司持有股權，另一股東為周大福企業有限公司。",
      "沒有任何機構名稱的一段很長的文字，" + "重複的句子，".repeat(40) + "最後是香港聾人福利促進會和香港唐氏綜合症協會。",
      "",
      "協會",
    ];
    for (const t of texts) {
      const want = [...t.matchAll(phrase)].map((m) => [m.index, m[0]]);
      const got = [...matchAllNear(t, phrase, ending, 100)].map((m) => [m.index, m[0]]);
      expect(got).toEqual(want);
    }
    expect([...matchAllNear(texts[0]!, phrase, ending, 100)].length).toBe(2);
  });
});

describe("segmentation with the document's folded text", () => {
  it("cuts every Han run as folding the run alone would", () => {
    const texts = [
      "聯想集團主席楊元慶表示，數據中心業務增長。",
      "勞勃·懷斯導演的電影，與喬治·克隆尼-合作。", // OpenCC phrases that reach across "·"
      "報導：ＬＥＮＯＶＯ與聯想……重量5㎏，嗰個人喺度。",
    ];
    for (const t of texts) {
      const alone = segmentTagged(t).map((w) => [w.text, w.start, w.tag]);
      const reused = segmentTagged(t, foldForSearch(t)).map((w) => [w.text, w.start, w.tag]);
      expect(reused).toEqual(alone);
    }
    expect(segment("聯想集團主席").map((w) => w.text)).toEqual(["聯想集團", "主席"]);
  });
});
