import { describe, expect, it } from "vitest";
import { figureRows } from "./rows.js";

// Third pass of issue 4: court reports narrate events years before the article, and measure
// injuries in 厘米 and 吋. Sentences written in the style of the Hong Kong corpus; each expected
// row was worked out by reading the sentence: [text, kind, value, unit].
const rows = (s: string, docDate?: string) => figureRows(s, { docDate });

describe("dates of a narrated event", () => {
  it("gives later days and months the year and month of a full date years before the article", () => {
    const s = "事件發生於2014年11月26日。醫生表示，事主在28日求診，並在同年12月1日撰寫報告。";
    expect(rows(s, "2017-11-03").filter((r) => r[1] === "date")).toEqual([
      ["2014年11月26日", "date", "2014-11-26", ""],
      ["28日", "date", "2014-11-28", ""],
      ["12月1日", "date", "2014-12-01", ""],
    ]);
  });

  it("keeps the article's year after a full date of a few weeks before", () => {
    const s = "截至2021年11月30日，整治已完成。比赛将从2月2日开始。";
    expect(rows(s, "2022-01-19").filter((r) => r[1] === "date")).toEqual([
      ["2021年11月30日", "date", "2021-11-30", ""],
      ["2月2日", "date", "2022-02-02", ""],
    ]);
  });

  it("does not read an ordinal day of a trial as a date", () => {
    expect(rows("案件今日進行第3日審訊。", "2017-11-03").filter((r) => r[1] === "date")).toEqual([]);
  });
});

describe("lengths in 厘米 and 吋", () => {
  it("reads centimetres and inches as quantities", () => {
    expect(rows("手肘有直徑約2厘米的瘀傷，腳上有5吋長的刮傷。")).toEqual([
      ["2厘米", "quantity", 2, "cm"],
      ["5吋", "quantity", 5, "in"],
    ]);
  });
});
