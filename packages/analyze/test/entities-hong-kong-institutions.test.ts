import { describe, expect, it } from "vitest";
import { findEntities } from "@wenku/analyze";

// Institutions Hong Kong media name by short forms that are also parts of other words (中大,
// 理大, 港台). Sentences written for these tests; expected names worked out by reading them.
const orgs = (s: string) => findEntities(s).filter((e) => e.type === "ORG").map((e) => [e.text, e.name]);

describe("Hong Kong institutions by their short names", () => {
  it("reads universities by the short names Hong Kong media use", () => {
    expect(orgs("港大的國殤之柱、中大的民主女神像、嶺大的六四浮雕被移走。")).toEqual([
      ["港大", "University of Hong Kong"],
      ["中大", "CUHK"],
      ["嶺大", "Lingnan University"],
    ]);
    expect(orgs("他中學畢業後入讀浸大，後來在城大任教。")).toEqual([
      ["浸大", "HKBU"],
      ["城大", "CityU"],
    ]);
  });

  it("reads 港台 as RTHK next to a broadcasting word, not as Hong Kong and Taiwan", () => {
    expect(orgs("陳方安生今早出席港台英語節目。")).toEqual([["港台", "RTHK"]]);
    expect(orgs("這位港台歌手在內地走紅。")).toEqual([]);
  });

  it("reads a university's students' union whole, where jieba reads 大學生 across the two", () => {
    expect(orgs("港大學生會會長發言，立法會秘書處隨即回應。").map(([t]) => t)).toEqual(["港大學生會", "立法會秘書處"]);
  });

  it("keeps 中大型 a size, not a university", () => {
    expect(orgs("中大型企業的訂單增加。")).toEqual([]);
  });
});
