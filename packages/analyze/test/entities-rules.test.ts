import { describe, expect, it } from "vitest";
import { findEntities } from "@wenku/analyze";
import { entityRows } from "./rows.js";

// Names the gazetteer does not list, found by rules; sentences quoted briefly from the corpora.
const rows = (s: string) => entityRows(s);

describe("Chinese persons after a title", () => {
  it("finds a name after its title, transliterated or Chinese", () => {
    expect(rows("非洲开发银行行长塔赫表示")).toEqual([
      ["非洲开发银行", "ORG"],
      ["塔赫", "PERSON"],
    ]);
    expect(rows("吸系統科講座教授許樹昌認為")).toEqual([["許樹昌", "PERSON"]]);
  });

  it("finds the name again where the document writes it without the title", () => {
    // 李思廉 is a person too (an unknown surname-led word with a verb after it: sixth pass).
    expect(rows("永升主席邱達昌表示。永升亞洲是由邱達昌聯同李思廉成立").filter(([, t]) => t === "PERSON")).toEqual([
      ["邱達昌", "PERSON"],
      ["邱達昌", "PERSON"],
      ["李思廉", "PERSON"],
    ]);
  });

  it("does not take the word after a title for a name", () => {
    // 入境處 is the Immigration Department (gazetteer), not a person after 發言人.
    expect(rows("政府發言人續指，入境處")).toEqual([["入境處", "ORG"]]);
    expect(rows("同意會長及副會長參選者必須是會員")).toEqual([]);
  });
});

describe("Chinese organisations by their ending", () => {
  it("reads the name before 有限公司, including a bracketed region", () => {
    // 有線 counts as i-Cable here: 供股 (a rights issue) is one of its cue words and sits next to it.
    expect(rows("有線是次供股包銷商為永升（亞洲）有限公司，其大股東")).toEqual([
      ["有線", "ORG"],
      ["永升（亞洲）有限公司", "ORG"],
    ]);
  });

  it("finds the short forms of a company named in full", () => {
    expect(rows("永升（亞洲）有限公司的股權如下。永升亞洲表示，永升將包銷").map(([t]) => t)).toEqual(["永升（亞洲）有限公司", "永升亞洲", "永升"]);
  });

  it("does not make an organisation of a clause that ends in a bank", () => {
    expect(rows("申請人需要顯示銀行戶口的財政狀況")).toEqual([]);
  });

  it("joins a university and its hospital written together", () => {
    expect(rows("在武漢大學中南醫院深切治療部")).toEqual([["武漢大學中南醫院", "ORG"]]);
  });

  it("reads a country's government body as an organisation, a minister's title not", () => {
    expect(rows("英國內政部公佈數據")).toEqual([["英國內政部", "ORG"]]);
    // Armed forces are the state's bodies too.
    expect(rows("伊朗海军2日表示，乌克兰武装部队总参谋部称")).toEqual([
      ["伊朗海军", "ORG"],
      ["乌克兰武装部队", "ORG"],
    ]);
    expect(rows("美国财政部长贝森特")).toEqual([
      ["美国", "PLACE"],
      ["贝森特", "PERSON"],
    ]);
  });

  it("finds a place after a preposition jieba glued to it", () => {
    expect(rows("中方取消对美国商品加征的反制关税")).toEqual([["美国", "PLACE"]]);
  });
});

describe("English names", () => {
  it("finds persons by a common given name", () => {
    // bbc-news entertainment: Meet The Fockers
    expect(rows("The movie, which stars Ben Stiller, Robert De Niro, Dustin Hoffman and Barbra Streisand")).toEqual([
      ["Ben Stiller", "PERSON"],
      ["Robert De Niro", "PERSON"],
      ["Dustin Hoffman", "PERSON"],
      ["Barbra Streisand", "PERSON"],
    ]);
  });

  it("finds the surname alone after the full name", () => {
    expect(rows("chief executive Rick Wagoner said. Wagoner added").map(([t, ty]) => `${t}/${ty}`)).toEqual(["Rick Wagoner/PERSON", "Wagoner/PERSON"]);
  });

  it("keeps a place inside an organisation's name", () => {
    expect(rows("losses at General Motors Europe totalled $345m")).toEqual([["General Motors Europe", "ORG"]]);
    expect(rows("according to Hollywood Reporter, with")).toEqual([["Hollywood Reporter", "ORG"]]);
    expect(rows("Spanish carrier Air Europe, which has")).toEqual([["Air Europe", "ORG"]]);
  });
});

describe("links and ambiguous short names", () => {
  it("ignores names inside image paths", () => {
    expect(rows('<img src="https://example.org/醫院-武漢-武漢肺炎.jpg"> 武漢')).toEqual([["武漢", "PLACE"]]);
  });

  it("counts 有線 as i-Cable only when the document names i-Cable in full or a cue is near", () => {
    expect(findEntities("有線寬頻晚上發出公告。有線是次供股").map((e) => e.name)).toEqual(["i-Cable", "i-Cable"]);
    expect(findEntities("這是有線網絡")).toEqual([]);
  });
});
