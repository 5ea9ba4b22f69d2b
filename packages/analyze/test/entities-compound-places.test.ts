import { describe, expect, it } from "vitest";
import { findEntities } from "@wenku/analyze";
import { entityRows } from "./rows.js";

const places = (text: string) => findEntities(text).filter((e) => e.type === "PLACE").map((e) => [e.text, e.start, e.end]);

describe("a place at the start of a compound jieba keeps whole", () => {
  it("is found when the rest of the compound is one common word (电影, 股市)", () => {
    // jieba's dictionary has 香港电影 and 美国股市 as single common nouns.
    expect(places("香港電影的發展很快。")).toEqual([["香港", 0, 2]]);
    expect(places("美国股市昨天下跌。")).toEqual([["美国", 0, 2]]);
  });

  it("is not taken out of a compound that is a name of its own", () => {
    // 北京大学 is tagged as an organisation name: the university, not the city.
    expect(entityRows("北京大学的学生很多。")).toEqual([["北京大学", "ORG"]]);
  });
});

describe("a county or district written after its city", () => {
  it("reads the county even where jieba tags it a noun, and an autonomous county whole", () => {
    // jieba: 柞水县/n; 北川/ns 羌族/nz 自治县/ns.
    expect(entityRows("陕西商洛市柞水县境内一座桥梁垮塌。", {}, "PLACE")).toEqual([
      ["陕西", "PLACE"],
      ["商洛市", "PLACE"],
      ["柞水县", "PLACE"],
    ]);
    expect(entityRows("绵阳市北川羌族自治县是重建县。", {}, "PLACE")).toEqual([
      ["绵阳市", "PLACE"],
      ["北川羌族自治县", "PLACE"],
    ]);
  });

  it("reads no district in a city's common words (市区, 市政府)", () => {
    expect(entityRows("北京市区交通繁忙。", {}, "PLACE")).toEqual([["北京市", "PLACE"]]);
  });
});

describe("stations", () => {
  it("reads a station after a place word or a railway's name", () => {
    expect(entityRows("從港鐵太子站步行至花墟。", {}, "PLACE")).toEqual([["太子站", "PLACE"]]);
    expect(entityRows("列车从延安站发车，前往西安北站。", {}, "PLACE")).toEqual([
      ["延安站", "PLACE"],
      ["西安北站", "PLACE"],
    ]);
  });

  it("reads no station in 站 the verb, nor in a journey after a railway", () => {
    expect(entityRows("我们站在那里。", {}, "PLACE")).toEqual([]);
    expect(entityRows("乘坐高铁到达南京北站后换乘。", {}, "PLACE")).toEqual([["南京北站", "PLACE"]]);
  });
});
