import { describe, expect, it } from "vitest";
import { findFigures } from "@wenku/analyze";
import { figureRows as rows } from "./rows.js";

const approx = (text: string) => findFigures(text).map((f) => f.approx);

describe("durations with the half or the 多 after the counter", () => {
  it("reads N年半 and N个半月 as N and a half", () => {
    expect(rows("工程历时一年半完成。")).toEqual([["一年半", "quantity", 1.5, "yr"]]);
    expect(rows("兩個半月後再檢討。")).toEqual([["兩個半月", "quantity", 2.5, "month"]]);
    expect(approx("工程历时一年半完成。")).toEqual([false]);
  });

  it("reads N个多月 / 小时 / 星期 as about N of the unit, not a count of N", () => {
    expect(rows("他在當地工作了兩個多月。")).toEqual([["兩個多月", "quantity", 2, "month"]]);
    expect(approx("他在當地工作了兩個多月。")).toEqual([true]);
    expect(rows("过去三个多星期里")).toEqual([["三个多星期", "quantity", 21, "d"]]);
    expect(approx("过去三个多星期里")).toEqual([true]);
  });

  it("leaves the idiom 一年半载, the word 半月 and ordinals alone", () => {
    expect(rows("一年半载都回不来")).toEqual([]);
    expect(rows("他订了一份半月刊。")).toEqual([]);
    expect(rows("第一年半的时间")).toEqual([]);
  });
});

describe("English durations in words", () => {
  const en = (s: string) => rows(s, { lang: "en" });
  it("reads a duration before '-long' and after a word that labels numbers elsewhere", () => {
    expect(en("The winner was named after a three month-long public vote.")).toEqual([["three month", "quantity", 3, "month"]]);
    // "act" labels numbers in "act two" (of a play); here it is the band, and a duration follows.
    expect(en("They became the breakthrough act two years later.")).toEqual([["two years", "quantity", 2, "yr"]]);
    expect(en("She returns in part two of the series.")).toEqual([]);
  });
});

describe("durations in 日", () => {
  it("reads a number of days no month has, or days after a word of duration", () => {
    expect(rows("他完成326日囚錮生涯。", { docDate: "2020-03-14" })).toEqual([["326日", "quantity", 326, "d"]]);
    expect(rows("他曾服刑14日，本港連續57日無本地個案。", { docDate: "2020-03-14" })).toEqual([
      ["14日", "quantity", 14, "d"],
      ["57日", "quantity", 57, "d"],
    ]);
  });

  it("keeps a day of the month a date, and 日元 money", () => {
    expect(rows("他14日表示，售價2000日元。", { docDate: "2020-03-20" })).toEqual([
      ["14日", "date", "2020-03-14", ""],
      ["2000日元", "money", 2000, "JPY"],
    ]);
  });

  it("reads an age written 歳", () => {
    expect(rows("KM剛剛過了61歳生日。")).toEqual([["61歳", "quantity", 61, "yr"]]);
  });
});

describe("spans over a year, flow rates, sections and multipliers", () => {
  it("reads 一年多 and 五年多 as over a year and five years, not 比上一年", () => {
    expect(rows("仅在高新区，一年多的时间就集聚了企业。示范区建设五年多来成效显著。")).toEqual([
      ["一年多", "quantity", 1, "yr"],
      ["五年多", "quantity", 5, "yr"],
    ]);
    expect(rows("优良水质比例比上一年提高3.5个百分点。")).toEqual([["3.5个百分点", "percentage_point", 3.5, "pp"]]);
  });

  it("reads a flow in 立方米/秒 as m3/s, not a volume", () => {
    expect(rows("过流能力由4100立方米/秒提升到5000立方米每秒。")).toEqual([
      ["4100立方米/秒", "quantity", 4100, "m3/s"],
      ["5000立方米每秒", "quantity", 5000, "m3/s"],
    ]);
  });

  it("reads 十面红旗 as a count, and neither 三门峡 nor the second of two sections (第18及22條)", () => {
    expect(rows("十面红旗分列两侧，三门峡水库蓄水。")).toEqual([["十面", "count", 10, ""]]);
    expect(rows("方案違反基本法第18及22條。", { docDate: "2017-08-02" })).toEqual([]);
  });

  it("reads 'eight times higher' as a multiplier, not 'won three times'", () => {
    expect(rows("This was eight times higher than before, but he won three times.", { lang: "en" })).toEqual([["eight times", "ratio", 8, "x"]]);
  });
});
