import { describe, expect, it } from "vitest";
import { figureRows } from "./rows.js";

// Fourth pass: counts and durations written with small Chinese numerals or English number
// words, numbers with a scale and no unit, days without a year. Sentences written for these
// tests in the style of the three corpora; each expected row was worked out by reading the
// sentence: [text, kind, value, unit].
const rows = figureRows;

describe("small Chinese numerals before a counter or a duration", () => {
  it("reads counts of things and departments", () => {
    expect(rows("教育部等五部门近日联合印发意见，明确了六项重点任务。")).toEqual([
      ["五部门", "count", 5, ""],
      ["六项", "count", 6, ""],
    ]);
    expect(rows("被告在三次記者會上披露有關資料，身體有3處受傷。")).toEqual([
      ["三次", "count", 3, ""],
      ["3處", "count", 3, ""],
    ]);
  });

  it("reads durations in years, months and days", () => {
    expect(rows("七年来，他带领村民治水，经过三年努力，河水变清了。")).toEqual([
      ["七年", "quantity", 7, "yr"],
      ["三年", "quantity", 3, "yr"],
    ]);
    expect(rows("稱哈爾濱在兩、三個月經歷數輪疫情，他被打兩日後才求診。")).toEqual([
      ["三個月", "quantity", 3, "month"],
      ["兩日", "quantity", 2, "d"],
    ]);
  });

  it("leaves idioms, slogans, ordinals and 一 alone", () => {
    expect(rows("他三番五次提出要求")).toEqual([]);
    expect(rows("非洲经济今明两年将保持增长")).toEqual([]);
    expect(rows("增强“四个意识”、坚定“四个自信”")).toEqual([]);
    expect(rows("十四届全国人大二次会议在京开幕")).toEqual([]);
    expect(rows("歌曲背景是二次世界大戰時的大屠殺")).toEqual([]);
    expect(rows("新的一年里，一家企业和一位工人")).toEqual([]);
    expect(rows("星期三天气晴")).toEqual([]);
  });

  it("reads counters of kinds, pages and provinces, and ages in 周岁", () => {
    expect(rows("总台将发挥44种语言优势，警方用了700頁紙的文件。")).toEqual([
      ["44种", "count", 44, ""],
      ["700頁", "count", 700, ""],
    ]);
    expect(rows("疫情扩散至3省，其中35周岁以下青年400多名。")).toEqual([
      ["3省", "count", 3, ""],
      ["35周岁", "quantity", 35, "yr"],
      ["400多名", "count", 400, ""],
    ]);
    // 省道 is a provincial road, not a count of provinces. (Sixth pass: 两地, "the two places",
    // is now a count of places, as 两国 is of countries.)
    expect(rows("两地群众通过221省道返乡")).toEqual([["两地", "count", 2, ""]]);
    expect(rows("大小水体有200多个")).toEqual([["200多个", "count", 200, ""]]);
  });
});

describe("halves and pence", () => {
  it("reads half durations, alone or after a whole number", () => {
    expect(rows("發布會延遲半小時開始，工序經過两个半小时。")).toEqual([
      ["半小時", "quantity", 0.5, "h"],
      ["两个半小时", "quantity", 2.5, "h"],
    ]);
    // 上半年 is a period and 半年报 a report, not durations.
    expect(rows("上半年营收增长，半年报显示", { docDate: "2021-08-01" })).toEqual([["上半年", "period", "H1", ""]]);
  });

  it("reads a year and a half", () => {
    expect(rows("廉署花了超過兩年半才組織涉案資金流程")).toEqual([["兩年半", "quantity", 2.5, "yr"]]);
  });

  it("reads pence as money in pounds", () => {
    expect(rows("the 530 pence-a-share offer")).toEqual([["530 pence", "money", 5.3, "GBP"]]);
  });
});

describe("numbers with a scale and no unit", () => {
  it("are counts of what follows, or money after a money word", () => {
    expect(rows("农村宽带接入用户数超过2亿，惠及1.27亿老年人。")).toEqual([
      ["2亿", "count", 200_000_000, ""],
      ["1.27亿", "count", 127_000_000, ""],
    ]);
    expect(rows("有線集資7億 永升成大股東", { yuanCurrency: "HKD" })).toEqual([["7億", "money", 700_000_000, "HKD"]]);
    // A currency after the number wins over the source's (歐羅 is how Hong Kong writes euro).
    expect(rows("德國書籍市場去年銷售額達91.3億歐羅", { yuanCurrency: "HKD" })).toEqual([["91.3億歐羅", "money", 9_130_000_000, "EUR"]]);
    expect(rows("The single sold 3.5 million in total.")).toEqual([["3.5 million", "count", 3_500_000, ""]]);
    expect(rows("治理水土流失面积11.78万平方千米")).toEqual([["11.78万平方千米", "quantity", 117_800, "km2"]]);
  });
});

describe("English number words", () => {
  it("reads counts before a plural noun or 'more'", () => {
    expect(rows("Five Virgin megastores and 150 Game shops were closed, and the two firms will merge.")).toEqual([
      ["Five", "count", 5, ""],
      ["150", "count", 150, ""],
      ["two", "count", 2, ""],
    ]);
    expect(rows("The airline plans to buy two more, and about three million people flew with it.")).toEqual([
      ["two", "count", 2, ""],
      ["three million", "count", 3_000_000, ""],
    ]);
    expect(rows("He passed it on to 16 other people.")).toEqual([["16", "count", 16, ""]]);
    expect(rows("local elections held in 37 English council areas")).toEqual([["37", "count", 37, ""]]);
  });

  it("reads durations and ages, written apart or with a hyphen", () => {
    expect(rows("It topped the charts for three weeks and he could face a five-year jail term.")).toEqual([
      ["three weeks", "quantity", 21, "d"],
      ["five-year", "quantity", 5, "yr"],
    ]);
    expect(rows("The 47-year-old later returned to management.")).toEqual([["47-year-old", "quantity", 47, "yr"]]);
  });

  it("leaves names and labels alone", () => {
    expect(rows("England lost in the Six Nations on Saturday.")).toEqual([]);
    expect(rows("Part two of the series begins next week, said number two.")).toEqual([]);
    expect(rows("One of them left.")).toEqual([]);
  });
});

describe("days without a year", () => {
  it("take the document's year, or the ISO form without one", () => {
    expect(rows("Trading began on 2 August. The deal closes on 3 December.")).toEqual([
      ["2 August", "date", "--08-02", ""],
      ["3 December", "date", "--12-03", ""],
    ]);
    // "May" and "March" count as months only after a preposition of time or with a year.
    expect(rows("The vote is on March 5 and results on August 8, 2025.", { docDate: "2025-03-01" })).toEqual([
      ["March 5", "date", "2025-03-05", ""],
      ["August 8, 2025", "date", "2025-08-08", ""],
    ]);
    expect(rows("elections expected to be held on 5 May")).toEqual([["5 May", "date", "--05-05", ""]]);
    // The verb: no date, the distance stays (5 miles = 8.04672 km).
    expect(rows("troops march 5 miles")).toEqual([["5 miles", "quantity", 8.04672, "km"]]);
    expect(rows("It opens on 17 April.", { docDate: "2005-03-01" })).toEqual([["17 April", "date", "2005-04-17", ""]]);
    expect(rows("prices may 2 rise")).toEqual([]);
  });

  it("reads 上月N日 as a day of the month before the document's", () => {
    expect(rows("上月26日一個男人到哈爾濱", { docDate: "2021-12-01" })).toEqual([["上月26日", "date", "2021-11-26", ""]]);
    expect(rows("上月3日起施行", { docDate: "2022-01-10" })).toEqual([["上月3日", "date", "2021-12-03", ""]]);
  });
});

describe("Chinese numerals hedged with 多 before 个 and 次", () => {
  it("reads 十多个, 两百多个 and 三千多次 as over ten, two hundred, three thousand", () => {
    expect(rows("十多个国家参加，两百多个村受惠，召开了三千多次会议。")).toEqual([
      ["十多个", "count", 10, ""],
      ["两百多个", "count", 200, ""],
      ["三千多次", "count", 3000, ""],
    ]);
  });
});
