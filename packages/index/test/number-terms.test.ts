import { describe, expect, it } from "vitest";
import { searchIndex, writeFile } from "@wenku/index";
import { numberTerms } from "../src/number-terms.js";
import { record, tempDb } from "./helpers.js";

const values = (folded: string) => numberTerms(folded).map((t) => t.token);

describe("number value terms", () => {
  it("gives one term to one quantity however it is written", () => {
    // 90 percent: 九成 (nine tenths), 百分之九十, 90%.
    expect(values("有九成在东德的人士")).toEqual(["_90%"]);
    expect(values("百分之九十")).toEqual(["_90%"]);
    expect(values("90%的人")).toEqual(["_90%"]);
    // 100,000: Chinese numeral with a scale, Arabic with a scale, Arabic with separators.
    expect(values("增加了约十万平方公里")).toEqual(["_100000"]);
    expect(values("10万人")).toEqual(["_100000"]);
    expect(values("面积达100,000平方公里")).toEqual(["_100000"]);
    // Tenths and hundredths, fractions, a lone numeral before a unit, a year both ways.
    expect(values("三成五的稻米")).toEqual(["_35%"]);
    expect(values("四分之三的土地")).toEqual(["_75%"]);
    expect(values("高了约十度")).toEqual(["_10"]);
    expect(values("2016年")).toEqual(["_2016"]);
    expect(values("二〇一六年")).toEqual(["_2016"]);
    expect(values("146.4亿元")).toEqual(["_14640000000"]);
    // English scales and percent words: 1464亿 = 146.4 billion, 14.64bn = 146.4亿.
    expect(values("reaching 146.4 billion rmb")).toEqual(["_146400000000"]);
    expect(values("1464亿元")).toEqual(["_146400000000"]);
    expect(values("14.64bn")).toEqual(["_14640000000"]);
    expect(values("up 154 per cent")).toEqual(["_154%"]);
    // A word that only starts like a scale is not one.
    expect(values("5 billionaires")).toEqual(["_5"]);
  });

  it("leaves numeral characters that are words alone", () => {
    expect(values("一成不变")).toEqual([]);
    expect(values("千万不要")).toEqual([]);
    expect(values("统一大市场")).toEqual([]);
    expect(values("完成任务")).toEqual([]);
    expect(values("三成员")).toEqual([]);
  });

  it("carries spans into the folded text", () => {
    const text = "约有九成居民";
    const [t] = numberTerms(text);
    expect(text.slice(t!.start, t!.end)).toBe("九成");
  });

  it("lets a number typed one way find a document that writes it another", () => {
    const db = tempDb();
    writeFile(db, "/n/1.txt", "1", 0, [record("/n/1.txt", "历史上东德地区90%都是新教徒。")]);
    writeFile(db, "/n/2.txt", "2", 0, [record("/n/2.txt", "西德的领土面积约为10万平方公里，人口众多。")]);
    writeFile(db, "/n/3.txt", "3", 0, [record("/n/3.txt", "公司去年营收146.4亿元，同比增长154%。")]);
    const paths = (q: string) => searchIndex(db, { query: q }).hits.map((h) => h.path);
    expect(paths("九成")).toEqual(["/n/1.txt"]);
    // The highlight lands on the number as the document writes it.
    const [hit] = searchIndex(db, { query: "九成" }).hits;
    const text = "历史上东德地区90%都是新教徒。";
    expect(hit!.highlights.map((h) => text.slice(h.start, h.end))).toEqual(["90%"]);
    expect(hit!.snippet).toContain("[90%]");
    expect(paths("百分之九十 新教")).toEqual(["/n/1.txt"]);
    expect(paths("十万 平方公里")).toEqual(["/n/2.txt"]);
    // A question typed as a sentence finds its passage through the number as well.
    const q = searchIndex(db, { query: "有九成的东德人信仰什么宗教？" });
    expect(q.relaxed).toBe(true);
    expect(q.hits[0]!.path).toBe("/n/1.txt");
    // Value terms follow the words, so phrases over written numbers still match in place.
    expect(paths('"146.4亿元"')).toEqual(["/n/3.txt"]);
    expect(paths('"增长154%"')).toEqual(["/n/3.txt"]);
  });

  it("finds a figure typed in English in a Chinese document, below a document with the words as typed", () => {
    const db = tempDb();
    writeFile(db, "/f/zh.txt", "1", 0, [record("/f/zh.txt", "联想集团2025/26财年营收达1464亿元，同比增长15%。")]);
    writeFile(db, "/f/en.txt", "2", 0, [record("/f/en.txt", "Lenovo's revenue reached 146.4 billion RMB in the fiscal year.", { lang: "en" })]);
    writeFile(db, "/f/other.txt", "3", 0, [record("/f/other.txt", "营收达146.4亿元。")]);
    const paths = (q: string) => searchIndex(db, { query: q }).hits.map((h) => h.path);
    expect(paths("146.4 billion")).toEqual(["/f/en.txt", "/f/zh.txt"]);
    expect(paths("1464亿")).toEqual(["/f/zh.txt", "/f/en.txt"]);
    expect(paths("15 per cent")).toEqual(["/f/zh.txt"]);
  });
});
