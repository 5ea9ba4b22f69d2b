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

describe("years named relative to the day of writing", () => {
  it("counts 去年, 今年 and 前年 from the document's date even after a narrated full date", () => {
    // Article of 2020-06-01; each 去年 is 2019, however many dates of 2019 came before.
    expect(rows("示威者去年11月2日集會。去年11月12日，網上有人發起行動。去年11月18日亦有人被捕。", "2020-06-01")).toEqual([
      ["去年11月2日", "date", "2019-11-02", ""],
      ["去年11月12日", "date", "2019-11-12", ""],
      ["去年11月18日", "date", "2019-11-18", ""],
    ]);
    expect(rows("林被指於2019年8月3日向李透露。他去年12月7日才錄取口供，今年1月再談。", "2021-04-20")).toEqual([
      ["2019年8月3日", "date", "2019-08-03", ""],
      ["去年12月7日", "date", "2020-12-07", ""],
      ["今年1月", "date", "2021-01", ""],
    ]);
  });
});
