import { describe, expect, it } from "vitest";
import { segment } from "@wenku/analyze";
import { entityRows } from "./rows.js";

// Names jieba's HMM glues to the word after them, and names after a role whatever follows.
// Sentences written for these tests in the style of the corpora (the reports of a legislature's
// session, court reports); expected spans worked out by reading them.
const rows = (s: string, type?: string) => entityRows(s, {}, type);
const words = (s: string) => segment(s).map((w) => w.text);

describe("a one-character verb glued to an unknown name", () => {
  it("cuts the name from the verb, preposition or conjunction jieba joined to it", () => {
    // jieba alone gives 许安标作 / 陳沐文指 / 郭家麒及 as single unknown words.
    expect(words("法制工作委员会副主任许安标作了说明。")).toContain("许安标");
    expect(words("法制工作委员会副主任许安标作了说明。")).toContain("作");
    expect(words("醫生陳沐文指無法確定死因。")).toContain("陳沐文");
    expect(words("議員郭家麒及李予信離場。")).toContain("郭家麒");
  });

  it("finds the person once the name stands alone", () => {
    expect(rows("国家邮政局局长赵冲久作了关于提请审议的说明。", "PERSON")).toEqual([["赵冲久", "PERSON"]]);
    expect(rows("醫生陳沐文指無法確定死因。", "PERSON")).toEqual([["陳沐文", "PERSON"]]);
  });

  it("keeps four-character names and transliterations whose last character is no such word", () => {
    expect(words("政務司司長羅范椒芬出席儀式。")).toContain("羅范椒芬");
    expect(words("俄方称卢甘斯克局势紧张。")).not.toContain("卢甘斯");
  });
});

describe("a person after the noun of their role", () => {
  it("reads a name after 主任委员 (a committee's chair)", () => {
    expect(rows("会议听取了宪法和法律委员会副主任委员沈春耀作的报告。", "PERSON")).toEqual([["沈春耀", "PERSON"]]);
  });

  it("reads one unknown three-character word after a role even before a noun", () => {
    // 代表 ("represented") is tagged a noun: no clause word follows the name.
    expect(rows("控方由高級助理刑事檢控專員陳淑文代表，被告則由大律師沈士文代表。", "PERSON")).toEqual([
      ["陳淑文", "PERSON"],
      ["沈士文", "PERSON"],
    ]);
  });

  it("reads a name after a role ending in 者 or 授 (患者, 教授), with a less common surname (齐, 聶)", () => {
    expect(rows("83岁的患者齐永祥身体恢复良好。", "PERSON")).toEqual([["齐永祥", "PERSON"]]);
    expect(rows("公務員事務局長聶德權統籌疫苗注射計劃。", "PERSON")).toEqual([["聶德權", "PERSON"]]);
  });

  it("reads a three-character name jieba cuts into two place words (吳國/ns 坤/ns)", () => {
    expect(rows("浸會大學電影學院副教授吳國坤研究華語電影。", "PERSON")).toEqual([["吳國坤", "PERSON"]]);
  });

  it("takes no known word after a role as a name, nor a time jieba tags as a name", () => {
    expect(rows("工程师团队代表公司出席。", "PERSON")).toEqual([]);
    // jieba tags 今天下午 nr.
    expect(rows("总台记者今天下午抵达灾区。", "PERSON")).toEqual([]);
    expect(rows("前者成本较低，后者效率更高。", "PERSON")).toEqual([]);
  });
});

describe("a lone surname next to a verb", () => {
  it("reads the surname of the one person so named as the object or subject of a verb", () => {
    // 拘捕林，: object of a verb before a comma; 裁定林無需: jieba reads 無需 a verb.
    expect(rows("被告林卓廷否認控罪。控方指廉署拘捕林，法庭應裁定林無需答辯。", "PERSON")).toEqual([
      ["林卓廷", "PERSON"],
      ["林", "PERSON"],
      ["林", "PERSON"],
    ]);
  });

  it("leaves the character alone when two persons share the surname", () => {
    expect(rows("議員林卓廷表示反對，特首林鄭月娥說支持。控方指廉署拘捕林，法庭應裁定林無需答辯。", "PERSON")).toEqual([
      ["林卓廷", "PERSON"],
      ["林鄭月娥", "PERSON"],
    ]);
  });
});

describe("a unit written right after its organisation", () => {
  it("is one organisation with it (a university and its school)", () => {
    expect(rows("浸會大學電影學院副教授吳國坤研究華語電影。", "ORG")).toEqual([["浸會大學電影學院", "ORG"]]);
  });

  it("stays apart when words stand between them", () => {
    expect(rows("浸會大學與電影學院合辦講座。", "ORG")).toEqual([
      ["浸會大學", "ORG"],
      ["電影學院", "ORG"],
    ]);
  });
});

describe("two-character names jieba does not know", () => {
  it("reads a surname-led unknown word written twice, once with a verb or particle after it", () => {
    // jieba leaves 劉霞 unknown (x); 作出 is a verb, 的 a particle.
    expect(rows("何況這次劉霞作出飛的身體語言。劉霞的新聞竟然一個字都冇。", "PERSON")).toEqual([
      ["劉霞", "PERSON"],
      ["劉霞", "PERSON"],
    ]);
  });

  it("reads no such word written once, nor a family or a side (何家, 黎方)", () => {
    expect(rows("何況這次劉霞作出飛的身體語言。", "PERSON")).toEqual([]);
    expect(rows("何家在村中經營多年。何家的人都知道。", "PERSON")).toEqual([]);
  });
});
