import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexTokens, openDatabase, SCHEMA_VERSION, searchIndex, titleTerms, writeFile, type DB } from "@wenku/index";
import { record } from "./helpers.js";

describe("a title is scored by the words it shows", () => {
  it("titleTerms are the title's terms without the value terms of its numbers", () => {
    expect(indexTokens("Scotland 18-10 Italy")).toBe("scotland 18-10 itali _18 _10");
    expect(titleTerms("Scotland 18-10 Italy")).toBe("scotland 18-10 itali");
    expect(titleTerms("联想营收1464亿元")).toBe("联想 想营 营收 1464 亿元");
    expect(titleTerms("Budget today")).toBe(indexTokens("Budget today"));
  });

  // Two articles alike but for their titles: a result with its score in the title ("18-10",
  // three written terms) and a preview ("v", "today": four). Counting the value terms _18 _10,
  // the result's title read as five terms and BM25 put the preview first.
  const RESULT = "Wales beat Italy in Rome on a wet afternoon; the visitors scored three tries after the break.";
  const PREVIEW = "Wales play Italy in Rome on Saturday afternoon; the home side name two new caps in the pack.";

  function corpus(): { db: DB; path: string } {
    const path = join(mkdtempSync(join(tmpdir(), "wenku-titles-")), "t.db");
    const db = openDatabase(path);
    writeFile(db, "/r/result.txt", "r", 0, [record("/r/result.txt", RESULT, { title: "Wales 18-10 Italy", lang: "en" })]);
    writeFile(db, "/r/preview.txt", "p", 0, [record("/r/preview.txt", PREVIEW, { title: "Wales v Italy today", lang: "en" })]);
    ["Budget", "Election", "Markets", "Film"].forEach((topic, i) =>
      writeFile(db, `/o/${i}.txt`, `o${i}`, 0, [record(`/o/${i}.txt`, `${topic} news of the day, told in a few plain words.`, { title: `${topic} today`, lang: "en" })]),
    );
    return { db, path };
  }
  const paths = (db: DB, query: string) => searchIndex(db, { query }).hits.map((h) => h.path);

  it("a title with numbers is not longer for them", () => {
    const { db } = corpus();
    expect(paths(db, "wales italy")).toEqual(["/r/result.txt", "/r/preview.txt"]);
    // The value terms are still searched: the score by its value, and the title's "18" by fts.
    expect(paths(db, "18")).toEqual(["/r/result.txt"]);
  });

  it("an index file whose fts_title held value terms gets titleTerms on a writable open", () => {
    const { db, path } = corpus();
    // What a version 2 wenku wrote: fts_title rows with the value terms.
    for (const d of db.prepare("SELECT rowid, title FROM documents").all() as { rowid: number; title: string }[]) {
      db.prepare("DELETE FROM fts_title WHERE rowid = ?").run(d.rowid);
      db.prepare("INSERT INTO fts_title (rowid, title) VALUES (?, ?)").run(d.rowid, indexTokens(d.title));
    }
    db.prepare("UPDATE meta SET value = '2' WHERE key = 'schema_version'").run();
    db.close();
    const old = openDatabase(path, { readonly: true });
    expect(paths(old, "wales italy")).toEqual(["/r/preview.txt", "/r/result.txt"]);
    old.close();
    const upgraded = openDatabase(path);
    expect(paths(upgraded, "wales italy")).toEqual(["/r/result.txt", "/r/preview.txt"]);
    expect(upgraded.prepare("SELECT count(*) FROM fts_title").pluck().get()).toBe(6);
    expect(upgraded.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(String(SCHEMA_VERSION));
    upgraded.close();
  });

  it("titleTerms leave out English function words, and nothing else", () => {
    expect(titleTerms("Talks on the future of the euro")).toBe("talk futur euro");
    expect(titleTerms("It is not the end")).toBe("end");
    // Other short words, and Chinese, stay: only the listed words are function words.
    expect(titleTerms("Moody joins up with England")).toBe("moodi join up england");
    expect(titleTerms("The 联想 of it")).toBe("联想");
  });

  // Two articles alike but for their titles, both with the two words searched: one says it in
  // three words and four function words, the other in five words. Counting the function words,
  // the first title read as seven terms and BM25 put the second first.
  const BODY = "Ministers met again in the capital; officials said a statement would follow later this week.";
  const OTHER_BODY = "Ministers met again in the capital; officials said a statement would follow early next week.";
  function talks(): { db: DB; path: string } {
    const path = join(mkdtempSync(join(tmpdir(), "wenku-titles-")), "t.db");
    const db = openDatabase(path);
    writeFile(db, "/t/plain.txt", "a", 0, [record("/t/plain.txt", BODY, { title: "Talks on the future of the euro", lang: "en" })]);
    writeFile(db, "/t/busy.txt", "b", 0, [record("/t/busy.txt", OTHER_BODY, { title: "Euro future talks collapse again", lang: "en" })]);
    ["Budget", "Election", "Markets", "Film"].forEach((topic, i) =>
      writeFile(db, `/o/${i}.txt`, `o${i}`, 0, [record(`/o/${i}.txt`, `${topic} news of the day, told in a few plain words.`, { title: `${topic} future`, lang: "en" })]),
    );
    return { db, path };
  }

  it("a title is not longer for its function words", () => {
    const { db } = talks();
    expect(paths(db, "euro future")).toEqual(["/t/plain.txt", "/t/busy.txt"]);
  });

  it("an index file whose fts_title held function words gets titleTerms on a writable open", () => {
    const { db, path } = talks();
    // What a version 5 wenku wrote.
    for (const d of db.prepare("SELECT rowid, title FROM documents").all() as { rowid: number; title: string }[]) {
      db.prepare("DELETE FROM fts_title WHERE rowid = ?").run(d.rowid);
      db.prepare("INSERT INTO fts_title (rowid, title) VALUES (?, ?)").run(d.rowid, indexTokens(d.title, { valueTerms: false }));
    }
    db.prepare("UPDATE meta SET value = '5' WHERE key = 'schema_version'").run();
    db.close();
    const old = openDatabase(path, { readonly: true });
    expect(paths(old, "euro future")).toEqual(["/t/busy.txt", "/t/plain.txt"]);
    old.close();
    const upgraded = openDatabase(path);
    expect(paths(upgraded, "euro future")).toEqual(["/t/plain.txt", "/t/busy.txt"]);
    upgraded.close();
  });
});
