import { describe, expect, it } from "vitest";
import { findFigures } from "@wenku/analyze";
import { figureRows } from "./rows.js";

// Real sentences from the CCTV, Citizen News (Hong Kong) and BBC corpora, quoted briefly.
// Each expected row was worked out by reading the sentence: [text, kind, value, unit].
const rows = (s: string, docDate?: string) => figureRows(s, { docDate });

describe("months and spans of months", () => {
  it("reads a bare month with the document's year", () => {
    expect(rows("8月，货物进出口总额37124亿元", "2022-09-16")).toEqual([
      ["8月", "date", "2022-08", ""],
      ["37124亿元", "money", 3_712_400_000_000, "CNY"],
    ]);
    expect(rows("截至今年3月底，基金的資產淨值", "2020-12-14")).toEqual([["今年3月", "date", "2020-03", ""]]);
  });

  it("does not read a duration or a date with a day as a bare month", () => {
    expect(rows("月度进出口值连续4个月保持增长")).toEqual([["4个月", "quantity", 4, "month"]]);
    expect(rows("海关总署今天（6月9日）公布", "2025-06-09")).toEqual([["6月9日", "date", "2025-06-09", ""]]);
  });

  it("reads month ranges and 前N个月 as intervals of the document's year", () => {
    expect(rows("1—8月份，全国城镇新增就业898万人", "2022-09-16")).toEqual([
      ["1—8月份", "period", "2022-01/2022-08", ""],
      ["898万人", "count", 8_980_000, ""],
    ]);
    expect(rows("今年前5个月，我国货物贸易进出口总值17.94万亿元", "2025-06-09")).toEqual([
      ["今年前5个月", "period", "2025-01/2025-05", ""],
      ["17.94万亿元", "money", 17_940_000_000_000, "CNY"],
    ]);
  });

  it("gives the end of a range the month or year of its start", () => {
    expect(rows("当地时间5月10日至11日，中美经贸", "2025-05-12")).toEqual([
      ["5月10日", "date", "2025-05-10", ""],
      ["11日", "date", "2025-05-11", ""],
    ]);
    expect(rows("1945年4月至6月党的七大在这里召开", "2025-09-26")).toEqual([
      ["1945年4月", "date", "1945-04", ""],
      ["6月", "date", "1945-06", ""],
    ]);
  });
});

describe("quarters, halves and fiscal years", () => {
  it("reads 首季 and 第一季 with or without 度", () => {
    expect(rows("英國內政部：本年首季逾3萬4千人申請BNO簽證", "2021-05-27")).toEqual([
      ["本年首季", "period", "2021-Q1", ""],
      ["3萬4千人", "count", 34_000, ""],
    ]);
    expect(rows("公佈2021年第一季（1-3月）的訪英人數", "2021-05-27")).toEqual([
      ["2021年第一季", "period", "2021-Q1", ""],
      ["1-3月", "period", "2021-01/2021-03", ""],
    ]);
  });

  it("reads a split fiscal year written with a full-width slash", () => {
    expect(rows("向立法會提交 2019／20年度財務報告")).toEqual([["2019／20年度", "period", "FY2019/20", ""]]);
  });

  it("reads English quarters and halves of a year", () => {
    // bbc-news: GM results; SBC takeover
    expect(rows("GM saw its net profits fall 37% in the last quarter of 2004")).toEqual([
      ["37%", "percent", 37, "%"],
      ["last quarter of 2004", "period", "2004-Q4", ""],
    ]);
    expect(rows("down from $1bn in the fourth quarter of 2003.")).toEqual([
      ["$1bn", "money", 1e9, "USD"],
      ["fourth quarter of 2003", "period", "2003-Q4", ""],
    ]);
    expect(rows("to complete the agreement during the first half of 2006.")).toEqual([["first half of 2006", "period", "2006-H1", ""]]);
  });
});

describe("English years and counts", () => {
  it("reads a year after a preposition, not a number of things", () => {
    expect(rows("which was founded in 1875 by telephone pioneer Alexander Graham Bell")).toEqual([["1875", "date", "1875", ""]]);
    expect(rows("Airbus hopes to have 50 orders in place for the A350 by mid-2005.")).toEqual([
      ["50", "count", 50, ""],
      ["2005", "date", "2005", ""],
    ]);
  });

  it("reads numbers with thousands separators and numbers before a plural noun as counts", () => {
    expect(rows("SBC currently employs 163,000 people while AT&T employs 47,000.")).toEqual([
      ["163,000", "count", 163_000, ""],
      ["47,000", "count", 47_000, ""],
    ]);
    expect(rows("Japan Airlines has made a firm order for 30 of the aircraft, at $120m each, with the option to buy 20 more.")).toEqual([
      ["30", "count", 30, ""],
      ["$120m", "money", 120_000_000, "USD"],
      ["20", "count", 20, ""],
    ]);
  });

  it("keeps the counted noun", () => {
    const [f] = findFigures("it expects to cut around 12,800 jobs");
    expect(f).toMatchObject({ value: 12_800, kind: "count", approx: true });
    const [g] = findFigures("Boeing has orders for 56 firm commitments");
    expect(g).toMatchObject({ value: 56, counter: "commitments" });
  });
});

describe("more units", () => {
  it("reads volumes, Chinese acres, minutes, miles and rupees", () => {
    // cctv 2022-09-13 (water conservancy); bbc business (Jet Airways IPO)
    expect(rows("全国水利工程供水能力从2012年的7000亿立方米提高到2021年的8900亿立方米")).toEqual([
      ["2012年", "date", "2012", ""],
      ["7000亿立方米", "quantity", 7e11, "m3"],
      ["2021年", "date", "2021", ""],
      ["8900亿立方米", "quantity", 8.9e11, "m3"],
    ]);
    expect(rows("农田有效灌溉面积达到10.37亿亩")).toEqual([["10.37亿亩", "quantity", 1_037_000_000, "mu"]]);
    expect(rows("The IPO for 17.3 million shares was fully sold within 10 minutes of opening")).toEqual([
      ["17.3 million", "count", 17_300_000, ""],
      ["10 minutes", "quantity", 10, "min"],
    ]);
    expect(rows("Analysts expect Jet to raise at least 16.4bn rupees ($375m; £198m)")).toEqual([
      ["16.4bn rupees", "money", 16_400_000_000, "INR"],
      ["$375m", "money", 375_000_000, "USD"],
      ["£198m", "money", 198_000_000, "GBP"],
    ]);
    const [miles] = findFigures("about 20 miles from the city");
    expect(miles).toMatchObject({ kind: "quantity", unit: "km", approx: true });
    expect(miles!.value as number).toBeCloseTo(32.19, 2);
  });
});

describe("Chinese counts and ages", () => {
  it("reads 宗, 股 and 席 as measure words", () => {
    expect(rows("新增確診以湖北最多達180宗，該省累計確診729宗")).toEqual([
      ["180宗", "count", 180, ""],
      ["729宗", "count", 729, ""],
    ]);
    expect(rows("以每3股供5股的方式，發行33.52億股")).toEqual([
      ["3股", "count", 3, ""],
      ["5股", "count", 5, ""],
      ["33.52億股", "count", 3_352_000_000, ""],
    ]);
    expect(rows("在全球增长最快的20个经济体中占据12席")).toEqual([
      ["20个", "count", 20, ""],
      ["12席", "count", 12, ""],
    ]);
  });

  it("does not read 股東 or 股份 after a number as shares", () => {
    expect(rows("有3股東反對")).toEqual([]);
  });

  it("reads ages in years, two figures across 至", () => {
    expect(rows("年齡由55歲至87歲")).toEqual([
      ["55歲", "quantity", 55, "yr"],
      ["87歲", "quantity", 87, "yr"],
    ]);
  });
});

describe("guards", () => {
  it("skips numbers inside links and image paths", () => {
    expect(rows('<img src="https://example.org/2021/03/47人初選案-2021.jpg"> 47人案於西九龍法院開審')).toEqual([["47人", "count", 47, ""]]);
  });

  it("does not read the tail of an ordinal written in Chinese numerals", () => {
    expect(rows("觸犯本法第二十條規定的犯罪")).toEqual([]);
  });
});
