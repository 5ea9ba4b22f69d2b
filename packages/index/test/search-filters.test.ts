import { describe, expect, it } from "vitest";
import { openDatabase, searchIndex, writeFile, type SearchRequest } from "@wenku/index";
import { record, tempDb } from "./helpers.js";

describe("filters read the narrow documents_filters index", () => {
  it("gives the same hits, totals and order as an index file without it", () => {
    const db = tempDb();
    const path = db.name;
    // Twelve documents on one topic: three languages, dates over two years, one undated.
    const langs = ["zh-Hans", "zh-Hant", "en"] as const;
    for (let i = 0; i < 12; i++) {
      const lang = langs[i % 3]!;
      const text = lang === "en" ? `Liquid cooling report number ${i}.` : lang === "zh-Hant" ? `液冷報告第${i}號。` : `液冷报告第${i}号。`;
      const date = i === 5 ? null : `${2024 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`;
      writeFile(db, `/f/${i}.txt`, String(i), 0, [record(`/f/${i}.txt`, text, { title: `液冷 ${i}`, lang, date })]);
    }
    const requests: SearchRequest[] = [
      { query: "液冷", lang: "zh-Hant" },
      { query: "液冷", lang: "zh" },
      { query: "液冷", from: "2025" },
      { query: "液冷", to: "2024-06" },
      { query: "液冷", from: "2024-03", to: "2025-05", sort: "date" },
      { query: "液冷", sort: "date", limit: 5, offset: 3 },
    ];
    const run = (d: typeof db) => requests.map((r) => {
      const result = searchIndex(d, r);
      return { total: result.total, hits: result.hits.map((h) => `${h.path} ${h.date} ${h.lang} ${h.score}`) };
    });
    const withIndex = run(db);
    // What was asked for, worked out from the documents above.
    expect(withIndex[0]!.total).toBe(4); // i = 1, 4, 7, 10
    expect(withIndex[1]!.total).toBe(8);
    expect(withIndex[2]!.total).toBe(5); // odd i but 5, which is undated
    expect(withIndex[4]!.hits.map((h) => h.split(" ")[1])).toEqual([...withIndex[4]!.hits.map((h) => h.split(" ")[1])].sort().reverse());
    db.prepare("DROP INDEX documents_filters").run();
    db.close();
    // An index file written before documents_filters existed, opened as search opens it.
    const older = openDatabase(path, { readonly: true });
    expect(run(older)).toEqual(withIndex);
    older.close();
  });

  it("refuses a date bound that is no calendar date, naming the field", () => {
    const db = tempDb();
    expect(() => searchIndex(db, { query: "液冷", from: "2025-13" })).toThrow(/from must be a date.*"2025-13"/);
    expect(() => searchIndex(db, { query: "液冷", to: "2023-02-29" })).toThrow(/to must be a date/);
    expect(searchIndex(db, { query: "液冷", from: "2024-02-29", to: "2025" }).hits).toEqual([]);
  });
});
