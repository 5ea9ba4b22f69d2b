import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, SCHEMA_VERSION, searchIndex, termsOfFolded, writeFile } from "@wenku/index";
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

  it("words joined to numbers are cut into both: 'covid' finds covid-19, 'year' finds 10-year", () => {
    expect(termsOfFolded("gpt-5 covid-19 system/2 10-year go-ahead").map((t) => t.token)).toEqual(["gpt", "5", "covid", "19", "system", "2", "10", "year", "go", "ahead"]);
    // Numbers alone, and parts that mix letters and digits, stay whole.
    expect(termsOfFolded("11-12 2024-01-05 fy2025/26 x86-64 pm2.5").map((t) => t.token)).toEqual(["11-12", "2024-01-05", "fy2025/26", "x86-64", "pm2.5"]);
    const db = corpus();
    // "OpenAI shipped gpt-5 and covid-19 data.": gpt-5 is 15-20, covid 25-30, covid-19 25-33.
    expect(spans(db, "gpt-5")).toEqual([["/t/gpt.txt", [[15, 20]]]]);
    expect(spans(db, "covid")).toEqual([["/t/gpt.txt", [[25, 30]]]]);
    expect(spans(db, "COVID-19")).toEqual([["/t/gpt.txt", [[25, 33]]]]);
    // The parts are a phrase: with another number nothing matches, only the fallback to some
    // of the words is left.
    for (const q of ["covid-20", "gpt-4"]) expect(searchIndex(db, { query: q }).relaxed, q).toBe(true);
    expect(searchIndex(db, { query: '"covid-20"' }).total).toBe(0);
  });

  // Newswire tickers, abbreviations and scraped text that lost the space after a full stop.
  // Offsets: "Rexon <REXN.O> said" REXN 7-11; "U.S." 0-3 in the second; "shares.The" 5-11, 12-15.
  const DOTTED = [
    ["/t/ticker.txt", "Rexon <REXN.O> said it will buy back stock."],
    ["/t/us.txt", "U.S. bank rates rose."],
    ["/t/glued.txt", "Sold shares.The rest were kept."],
  ] as const;

  it("letter words joined by dots are words: a ticker's symbol, an abbreviation, a missing space", () => {
    expect(termsOfFolded("rexn.o u.s shares.the pm2.5 3.5").map((t) => t.token)).toEqual(["rexn", "o", "u", "s", "shares", "the", "pm2.5", "3.5"]);
    const db = tempDb();
    DOTTED.forEach(([path, text], i) => writeFile(db, path, `d${i}`, 0, [record(path, text, { lang: "en" })]));
    expect(spans(db, "rexn")).toEqual([["/t/ticker.txt", [[7, 11]]]]);
    expect(spans(db, "REXN.O")).toEqual([["/t/ticker.txt", [[7, 13]]]]);
    expect(spans(db, "U.S.")).toEqual([["/t/us.txt", [[0, 3]]]]);
    expect(spans(db, "shares")).toEqual([["/t/glued.txt", [[5, 11]]]]);
  });

  it("an index file that kept dotted words whole is cut again on a writable open", () => {
    const path = join(mkdtempSync(join(tmpdir(), "wenku-dotted-")), "t.db");
    const db = openDatabase(path);
    DOTTED.forEach(([p, text], i) => writeFile(db, p, `d${i}`, 0, [record(p, text, { lang: "en" })]));
    // What a version 3 wenku wrote: the ticker as one term.
    const rowid = db.prepare("SELECT rowid FROM documents WHERE path = ?").pluck().get("/t/ticker.txt") as number;
    db.prepare("DELETE FROM fts WHERE rowid = ?").run(rowid);
    db.prepare("INSERT INTO fts (rowid, title, body, entities) VALUES (?, '', 'rexon rexn.o said it will buy back stock', '')").run(rowid);
    db.prepare("UPDATE meta SET value = '3' WHERE key = 'schema_version'").run();
    db.close();
    const old = openDatabase(path, { readonly: true });
    expect(searchIndex(old, { query: "rexn" }).total).toBe(0);
    old.close();
    const heard: unknown[] = [];
    const upgraded = openDatabase(path, { onUpgrade: (u) => heard.push(u) });
    expect(heard).toEqual([{ from: 3, to: SCHEMA_VERSION, documents: 3 }]);
    expect(spans(upgraded, "rexn")).toEqual([["/t/ticker.txt", [[7, 11]]]]);
    expect(spans(upgraded, "U.S.")).toEqual([["/t/us.txt", [[0, 3]]]]);
    expect(upgraded.prepare("SELECT count(*) FROM fts").pluck().get()).toBe(3);
    upgraded.close();
    // Once: the next open finds the current format.
    openDatabase(path, { onUpgrade: (u) => heard.push(u) }).close();
    expect(heard).toHaveLength(1);
  });
});
