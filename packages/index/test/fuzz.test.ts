import { describe, expect, it } from "vitest";
import { searchIndex, writeAliases, writeFile, type DB, type SearchResult } from "@wenku/index";
import { record, tempDb } from "./helpers.js";
import { mulberry32 } from "../../../support/prng.js";

const random = mulberry32;

// Pieces a hostile or careless user might type: FTS5 and SQL syntax, quotes of every kind,
// operators, control and odd Unicode (lone surrogates, combining marks, RTL marks, NUL).
const HOSTILE = [
  '"', "'", "“", "”", "「", "」", "(", ")", "*", "^", ":", "+", "-", "−", "NEAR", "NEAR(", "AND", "OR", "NOT",
  "title:", "body:", "{title body}:", "'; DROP TABLE documents; --", "\" OR 1=1 --", "%", "_", "\\", "/*", "*/",
  "\u0000", "\u0007", "\u001b[31m", "\ud800", "\udfff", "\u0301", "\u202e", "\ufeff", "\u2028", "　", "🀄", "𠀀",
  "liquid", "cooling", "液冷", "聯想", "Lenovo", "154%", "fy2025/26", "5G基站", "PM2.5", "C919",
];

function randomQuery(rnd: () => number): string {
  const kind = rnd();
  if (kind < 0.1) {
    // Random code units, including unpaired surrogates and control characters.
    return Array.from({ length: Math.floor(rnd() * 40) }, () => String.fromCharCode(Math.floor(rnd() * 0x10000))).join("");
  }
  if (kind < 0.15) return HOSTILE[Math.floor(rnd() * HOSTILE.length)]!.repeat(1 + Math.floor(rnd() * 3000));
  const n = 1 + Math.floor(rnd() * 8);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(HOSTILE[Math.floor(rnd() * HOSTILE.length)]!);
  const sep = [" ", "", "  ", "\t"][Math.floor(rnd() * 4)]!;
  return parts.join(sep);
}

function corpus(): DB {
  const db = tempDb();
  writeAliases(db, [{ name: "Lenovo", type: "ORG", aliases: ["联想", "聯想"] }]);
  writeFile(db, "/z/a.txt", "a", 0, [record("/z/a.txt", "联想液冷收入同比增长154%，5G基站与PM2.5监测。", { title: "液冷", entities: [["联想", "Lenovo", "ORG"]] })]);
  writeFile(db, "/z/b.txt", "b", 0, [record("/z/b.txt", "Lenovo liquid cooling revenue in fy2025/26; the C919 flew.", { lang: "en", entities: [["Lenovo", "Lenovo", "ORG"]] })]);
  return db;
}

describe("fuzz: random and hostile query strings", () => {
  it("every one of 3000 queries returns a well-formed result (hits or an empty list), never an error", () => {
    const db = corpus();
    const rnd = random(20261122);
    const documents = (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    let withHits = 0;
    for (let i = 0; i < 3000; i++) {
      const query = randomQuery(rnd);
      let result: SearchResult;
      try {
        result = searchIndex(db, { query, limit: 5 });
      } catch (err) {
        throw new Error(`query #${i} ${JSON.stringify(query.slice(0, 80))} threw: ${(err as Error).message}`);
      }
      expect(Number.isInteger(result.total)).toBe(true);
      expect(Array.isArray(result.hits)).toBe(true);
      expect(result.hits.length).toBeLessThanOrEqual(5);
      expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
      for (const hit of result.hits) {
        const text = (db.prepare("SELECT text FROM documents WHERE id = ?").get(hit.id) as { text: string }).text;
        for (const h of hit.highlights) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(h.end).toBeGreaterThan(h.start);
        }
      }
      if (result.hits.length) withHits++;
    }
    // The generator mixes real words in: a good share of queries must find something, or the
    // test would pass by searching nothing.
    expect(withHits).toBeGreaterThan(300);
    // Nothing was injected: the tables are intact.
    expect((db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n).toBe(documents);
  });

  it("syntax characters around a real word are ignored, and the word is still found", () => {
    const db = corpus();
    for (const q of ['"液冷', "液冷)", "(液冷", "液冷*", "^液冷", "title:液冷", "液冷 AND", "NOT 液冷 OR", "{液冷}", "液冷;--", "\u0000液冷\u001b"]) {
      expect(searchIndex(db, { query: q }).hits.map((h) => h.path), q).toContain("/z/a.txt");
    }
  });
});
