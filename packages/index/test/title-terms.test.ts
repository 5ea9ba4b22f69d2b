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

  /** An index of two articles ([path, text, title]) and four short others titled "<topic>
   *  <titleWord>", which keep the words searched rare enough for BM25 to weigh them. */
  function corpus(articles: [string, string, string][], titleWord: string): { db: DB; path: string } {
    const path = join(mkdtempSync(join(tmpdir(), "wenku-titles-")), "t.db");
    const db = openDatabase(path);
    articles.forEach(([file, text, title], i) => writeFile(db, file, `a${i}`, 0, [record(file, text, { title, lang: "en" })]));
    ["Budget", "Election", "Markets", "Film"].forEach((topic, i) =>
      writeFile(db, `/o/${i}.txt`, `o${i}`, 0, [record(`/o/${i}.txt`, `${topic} news of the day, told in a few plain words.`, { title: `${topic} ${titleWord}`, lang: "en" })]),
    );
    return { db, path };
  }
  const paths = (db: DB, query: string) => searchIndex(db, { query }).hits.map((h) => h.path);

  /** Make the file what an older wenku wrote: its fts_title rows as `terms` gave them, and its
   *  version. Then: read-only it ranks `query` as `before`, opened for writing as `after`. */
  function upgrades(corpusFile: { db: DB; path: string }, version: number, terms: (title: string) => string, query: string, before: string[], after: string[]): DB {
    const { db, path } = corpusFile;
    for (const d of db.prepare("SELECT rowid, title FROM documents").all() as { rowid: number; title: string }[]) {
      db.prepare("DELETE FROM fts_title WHERE rowid = ?").run(d.rowid);
      db.prepare("INSERT INTO fts_title (rowid, title) VALUES (?, ?)").run(d.rowid, terms(d.title));
    }
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(version));
    db.close();
    const old = openDatabase(path, { readonly: true });
    expect(paths(old, query)).toEqual(before);
    old.close();
    const upgraded = openDatabase(path);
    expect(paths(upgraded, query)).toEqual(after);
    expect(upgraded.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(String(SCHEMA_VERSION));
    return upgraded;
  }

  // Two articles alike but for their titles: a result with its score in the title ("18-10",
  // three written terms) and a preview ("v", "today": four). Counting the value terms _18 _10,
  // the result's title read as five terms and BM25 put the preview first.
  const RESULT = "Wales beat Italy in Rome on a wet afternoon; the visitors scored three tries after the break.";
  const PREVIEW = "Wales play Italy in Rome on Saturday afternoon; the home side name two new caps in the pack.";
  const scores = () =>
    corpus(
      [
        ["/r/result.txt", RESULT, "Wales 18-10 Italy"],
        ["/r/preview.txt", PREVIEW, "Wales v Italy today"],
      ],
      "today",
    );

  it("a title with numbers is not longer for them", () => {
    const { db } = scores();
    expect(paths(db, "wales italy")).toEqual(["/r/result.txt", "/r/preview.txt"]);
    // The value terms are still searched: the score by its value, and the title's "18" by fts.
    expect(paths(db, "18")).toEqual(["/r/result.txt"]);
  });

  it("an index file whose fts_title held value terms gets titleTerms on a writable open", () => {
    // Version 2 wrote the title rows with the value terms.
    const upgraded = upgrades(scores(), 2, (title) => indexTokens(title), "wales italy", ["/r/preview.txt", "/r/result.txt"], ["/r/result.txt", "/r/preview.txt"]);
    expect(upgraded.prepare("SELECT count(*) FROM fts_title").pluck().get()).toBe(6);
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
  const talks = () =>
    corpus(
      [
        ["/t/plain.txt", "Ministers met again in the capital; officials said a statement would follow later this week.", "Talks on the future of the euro"],
        ["/t/busy.txt", "Ministers met again in the capital; officials said a statement would follow early next week.", "Euro future talks collapse again"],
      ],
      "future",
    );

  it("a title is not longer for its function words", () => {
    const { db } = talks();
    expect(paths(db, "euro future")).toEqual(["/t/plain.txt", "/t/busy.txt"]);
  });

  it("an index file whose fts_title held function words gets titleTerms on a writable open", () => {
    // Version 5 wrote them.
    upgrades(talks(), 5, (title) => indexTokens(title, { valueTerms: false }), "euro future", ["/t/busy.txt", "/t/plain.txt"], ["/t/plain.txt", "/t/busy.txt"]).close();
  });
});
