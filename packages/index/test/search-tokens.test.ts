import { describe, expect, it } from "vitest";
import { searchIndex, termsOfFolded, writeFile } from "@wenku/index";
import { record, tempDb } from "./helpers.js";

function corpus() {
  const db = tempDb();
  // 今0 年1 A2 股3 市4 场5 回6 暖7
  writeFile(db, "/t/zh.txt", "1", 0, [record("/t/zh.txt", "今年A股市场回暖")]);
  // "go-ahead" is 17-25; "ahead" 20-25.
  writeFile(db, "/t/en.txt", "2", 0, [record("/t/en.txt", "The plan got the go-ahead today.", { lang: "en" })]);
  writeFile(db, "/t/gpt.txt", "3", 0, [record("/t/gpt.txt", "OpenAI shipped gpt-5 and covid-19 data.", { lang: "en" })]);
  return db;
}

const spans = (db: ReturnType<typeof corpus>, q: string) => searchIndex(db, { query: q }).hits.map((h) => [h.path, h.highlights.map((x) => [x.start, x.end])]);

describe("tokens at the edges of scripts and words", () => {
  it("a Latin letter and one Han character (A股, B站) find the character at the start of a longer run", () => {
    const db = corpus();
    expect(spans(db, "A股")).toEqual([["/t/zh.txt", [[2, 4]]]]);
    // No document has B before 股: only the relaxed answer (some of the words) remains.
    expect(searchIndex(db, { query: "B股" }).relaxed).toBe(true);
  });

  it("hyphenated words are words: a part finds the whole, the whole is a phrase of its parts", () => {
    const db = corpus();
    expect(spans(db, "ahead")).toEqual([["/t/en.txt", [[20, 25]]]]);
    expect(spans(db, "go-ahead")).toEqual([["/t/en.txt", [[17, 25]]]]);
    expect(spans(db, '"go ahead"')).toEqual([["/t/en.txt", [[17, 25]]]]);
  });

  it("tokens with digits stay whole, so their pieces do not match on their own", () => {
    const db = corpus();
    expect(termsOfFolded("gpt-5 covid-19 go-ahead").map((t) => t.token)).toEqual(["gpt-5", "covid-19", "go", "ahead"]);
    expect(searchIndex(db, { query: "gpt-5" }).hits.map((h) => h.path)).toEqual(["/t/gpt.txt"]);
    expect(searchIndex(db, { query: "covid" }).hits).toEqual([]);
  });
});
