import { describe, expect, it } from "vitest";
import { figureRows } from "./rows.js";

// Fifth pass: figures found by their context — ages in commas after a name, race times, years
// after "the" / "of" / "from", cubic feet, levels (四级), scores in 分, durations with 一.
// Sentences written for these tests; each expected row worked out by reading the sentence:
// [text, kind, value, unit].
const rows = (s: string) => figureRows(s);

describe("English figures read from their context", () => {
  it("reads an age in commas after a name, not a day after a month", () => {
    expect(rows("Holmes, 34, beat Mutola, and Collins, 28, came third.")).toEqual([
      ["34", "quantity", 34, "yr"],
      ["28", "quantity", 28, "yr"],
    ]);
    expect(rows("The trial opened in June, 22, and ran on.")).toEqual([]);
    expect(rows("he said, 25, perhaps")).toEqual([]);
  });

  it("reads race times in seconds and gas in cubic feet", () => {
    expect(rows("He ran 19.79 seconds and the plant can handle 2.5 billion cubic feet a day.")).toEqual([
      ["19.79 seconds", "quantity", 19.79, "s"],
      ["2.5 billion cubic feet", "quantity", 2500000000, "ft3"],
    ]);
  });

  it("reads years after the, of and from, but not amounts or counts", () => {
    expect(rows("Before the 1948 London Games, at the end of 1947, and from 1950 onwards.")).toEqual([
      ["1948", "date", "1948", ""],
      ["1947", "date", "1947", ""],
      ["1950", "date", "1950", ""],
    ]);
    expect(rows("A total of 2000 runners took part.").map((r) => r[1])).not.toContain("date");
    expect(rows("a remake of the 1960s film").map((r) => r[1])).not.toContain("date");
  });
});

describe("Chinese figures read from their context", () => {
  it("reads levels written with a one-character numeral, not magnitudes or wind forces", () => {
    expect(rows("国家防总启动防汛四级应急响应，建立省市县乡村五级责任体系。")).toEqual([
      ["四级", "count", 4, ""],
      ["五级", "count", 5, ""],
    ]);
    expect(rows("当地发生七级地震，沿海有六级大风。")).toEqual([]);
  });

  it("reads scores in 分, not minutes, times of day or words starting with 分", () => {
    expect(rows("公众满意度为78.5分，同比上升2.5分。")).toEqual([
      ["78.5分", "quantity", 78.5, "pt"],
      ["2.5分", "quantity", 2.5, "pt"],
    ]);
    expect(rows("会议8点30分开始，持续45分钟，5分公司参加。").filter((r) => r[3] === "pt")).toEqual([]);
  });

  it("reads 一 before a duration, not in words or set phrases", () => {
    expect(rows("他每晚要花一小時排隊，足足排了一個星期。")).toEqual([
      ["一小時", "quantity", 1, "h"],
      ["一個星期", "quantity", 7, "d"],
    ]);
    expect(rows("统一年度计划，一年一度的盛会，有一天他来了，前一天下雨。")).toEqual([]);
  });
});
