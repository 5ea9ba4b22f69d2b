import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bandKeys, minhashSignature, shingles } from "@wenku/ingest";
import { indexTokens, openDatabase, rebuildSuggestions, SCHEMA_VERSION, searchIndex, suggest, writeFile, type DB, type ProcessedRecord } from "@wenku/index";
import { record } from "./helpers.js";

// A match report and the same report republished under other headlines. Neither "Italy" nor
// "Azzurri" nor "rampant" is in the report's text or its own headline: a search finds them in a
// copy's headline or not at all.
const REPORT =
  "Wales ran in six tries at the Stadio Flaminio to keep their Grand Slam hopes alive. Gethin Jenkins and Shane Williams crossed before half-time, and the visitors pulled clear after the break.";
// Another article that has both words of "italy wales" in its text only.
const ROUND_UP =
  "France beat Scotland in Paris, England lost again at Twickenham, and Italy were outplayed at home by Wales in front of a full stadium on Sunday afternoon.";

const en = (path: string, text: string, title: string): ProcessedRecord => record(path, text, { title, lang: "en" });

function corpus(): { db: DB; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), "wenku-alt-")), "t.db");
  const db = openDatabase(path);
  writeFile(db, "/a/wales.txt", "a1", 0, [en("/a/wales.txt", REPORT, "Wales win in Rome")]);
  writeFile(db, "/c/roundup.txt", "c1", 0, [en("/c/roundup.txt", ROUND_UP, "Six Nations weekend round-up")]);
  // Other news, so that the match words are rare in the collection (BM25's idf).
  ["Budget", "Election", "Markets", "Film", "Music", "Science"].forEach((topic, i) =>
    writeFile(db, `/o/${i}.txt`, `o${i}`, 0, [en(`/o/${i}.txt`, `${topic} news of the day, told in a few plain words.`, `${topic} today`)]),
  );
  return { db, path };
}

const paths = (db: DB, query: string) => searchIndex(db, { query }).hits.map((h) => h.path);

describe("a copy's headline is a title of its canonical document", () => {
  it("finds the canonical document by the copy's headline, ranked by title above a document with the words in its body", () => {
    const { db } = corpus();
    expect(paths(db, "italy wales")).toEqual(["/c/roundup.txt"]);
    writeFile(db, "/b/italy.txt", "b1", 0, [en("/b/italy.txt", REPORT, "Italy 8-38 Wales")]);
    // The canonical document is the hit (the copy is not searched twice), through the copy's headline.
    expect(paths(db, "italy wales")).toEqual(["/a/wales.txt", "/c/roundup.txt"]);
    // Snippets and highlights come from the document's own text: "Italy" is not in it, "Wales" is.
    const hit = searchIndex(db, { query: "italy wales" }).hits[0]!;
    expect(hit.title).toBe("Wales win in Rome");
    expect(hit.highlights.length).toBeGreaterThan(0);
    for (const h of hit.highlights) expect(REPORT.slice(h.start, h.end)).toBe("Wales");
    // The canonical document's own headline still finds it.
    expect(paths(db, "win rome")).toEqual(["/a/wales.txt"]);
  });

  it("offers the copy's own headline as a suggestion, not its canonical's", () => {
    const { db } = corpus();
    writeFile(db, "/b/italy.txt", "b1", 0, [en("/b/italy.txt", REPORT, "Italy 8-38 Wales")]);
    rebuildSuggestions(db);
    const titles = suggest(db, "ital").filter((s) => s.kind === "title").map((s) => s.text);
    expect(titles).toEqual(["Italy 8-38 Wales"]);
  });

  it("keeps one title per distinct headline", () => {
    const { db } = corpus();
    writeFile(db, "/b/italy.txt", "b1", 0, [en("/b/italy.txt", REPORT, "Italy 8-38 Wales")]);
    // The same headline in capitals, and a copy under the canonical's own headline.
    writeFile(db, "/d/italy.txt", "d1", 0, [en("/d/italy.txt", REPORT, "ITALY 8-38 WALES")]);
    writeFile(db, "/e/wales.txt", "e1", 0, [en("/e/wales.txt", REPORT, "Wales win in Rome")]);
    // Eight searchable documents, each one title row, and the one other headline.
    expect(db.prepare("SELECT count(*) FROM fts_title").pluck().get()).toBe(9);
    expect(paths(db, "italy wales")).toEqual(["/a/wales.txt", "/c/roundup.txt"]);
  });

  it("takes a near copy's headline too", () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), "wenku-alt-")), "t.db"));
    const body = "宁德时代今天发布新一代储能电池，能量密度提高百分之二十，循环寿命超过一万次，预计明年第三季度量产，首批产品将供应欧洲市场的大型储能电站项目。";
    const zh = (path: string, text: string, title: string): ProcessedRecord => {
      const r = record(path, text, { title });
      const set = shingles(text);
      return { ...r, near: { keys: bandKeys(minhashSignature(set)!), shingles: set } };
    };
    writeFile(db, "/zh/a.txt", "a", 0, [zh("/zh/a.txt", `本报讯 ${body} 责任编辑：王五`, "宁德时代发布新一代储能电池")]);
    expect(paths(db, "打破纪录")).toEqual([]);
    // A repost with another header and footer (a near copy) under another headline.
    writeFile(db, "/zh/b.txt", "b", 0, [zh("/zh/b.txt", `转载自财经网。${body}（完）`, "宁德新品打破纪录")]);
    expect(db.prepare("SELECT duplicate_kind FROM documents WHERE path = '/zh/b.txt'").pluck().get()).toBe("near");
    expect(paths(db, "打破纪录")).toEqual(["/zh/a.txt"]);
  });

  it("drops a copy's old headline when the copy changes, unless another copy still carries it", () => {
    const { db } = corpus();
    writeFile(db, "/b/italy.txt", "b1", 0, [en("/b/italy.txt", REPORT, "Italy 8-38 Wales")]);
    writeFile(db, "/d/italy.txt", "d1", 0, [en("/d/italy.txt", REPORT, "Italy 8-38 Wales")]);
    // One copy re-published under a new headline: the other still says "Italy 8-38 Wales".
    writeFile(db, "/b/italy.txt", "b2", 0, [en("/b/italy.txt", REPORT, "Rampant Wales run riot")]);
    expect(paths(db, "italy wales")).toEqual(["/a/wales.txt", "/c/roundup.txt"]);
    expect(paths(db, "rampant")).toEqual(["/a/wales.txt"]);
    // The other copy now carries another text: it is an article of its own, found by its own
    // headline, and the report no longer has "Italy 8-38 Wales" among its titles.
    writeFile(db, "/d/italy.txt", "d2", 0, [en("/d/italy.txt", "Italy's coach praised the crowd and promised changes before the trip to Murrayfield.", "Italy 8-38 Wales")]);
    expect(paths(db, "italy wales")).toEqual(["/d/italy.txt", "/c/roundup.txt"]);
    // And the headline is gone when its last copy is gone from its file.
    writeFile(db, "/b/italy.txt", "b3", 0, []);
    expect(paths(db, "rampant")).toEqual([]);
    expect(paths(db, "win rome")).toEqual(["/a/wales.txt"]);
  });

  it("gives the heir of a removed or changed canonical document the other copies' headlines", () => {
    for (const change of ["removed", "changed"] as const) {
      const { db } = corpus();
      writeFile(db, "/b/italy.txt", "b1", 0, [en("/b/italy.txt", REPORT, "Italy 8-38 Wales")]);
      writeFile(db, "/e/azzurri.txt", "e1", 0, [en("/e/azzurri.txt", REPORT, "Azzurri outclassed by the Welsh")]);
      expect(paths(db, "azzurri")).toEqual(["/a/wales.txt"]);
      if (change === "removed") writeFile(db, "/a/wales.txt", "a2", 0, []);
      else writeFile(db, "/a/wales.txt", "a2", 0, [en("/a/wales.txt", "Ticket prices for next season rise by a tenth, the union said.", "Wales win in Rome")]);
      // The first copy takes the report's place, with the other copy's headline and its own.
      expect(paths(db, "azzurri"), change).toEqual(["/b/italy.txt"]);
      expect(paths(db, "italy wales"), change).toEqual(["/b/italy.txt", "/c/roundup.txt"]);
      // "Wales win in Rome" was the old canonical's own headline, no copy's: the report is
      // not found by it any more (a changed document is, with its new text).
      expect(paths(db, "win rome"), change).toEqual(change === "removed" ? [] : ["/a/wales.txt"]);
    }
  });
});

describe("an index file written before other headlines were kept", () => {
  /** What an older wenku left: the fts row and fts_title with each document's own title only. */
  function makeOlder(db: DB): void {
    for (const a of db.prepare("SELECT rowid, doc_rowid FROM alternate_titles").all() as { rowid: number; doc_rowid: number }[]) {
      db.prepare("DELETE FROM fts_title WHERE rowid = ?").run(a.rowid);
      const doc = db.prepare("SELECT title, text FROM documents WHERE rowid = ?").get(a.doc_rowid) as { title: string; text: string };
      db.prepare("DELETE FROM fts WHERE rowid = ?").run(a.doc_rowid);
      db.prepare("INSERT INTO fts (rowid, title, body, entities) VALUES (?, ?, ?, '')").run(a.doc_rowid, indexTokens(doc.title), indexTokens(doc.text));
    }
    db.exec("DROP TABLE alternate_titles");
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
  }

  it.each([
    ["with a title table", false],
    ["from before the title table", true],
  ])("is searched as before when opened read-only, and gets the headlines once when opened for writing (%s)", (_, withoutTitleTable) => {
    const { db, path } = corpus();
    writeFile(db, "/b/italy.txt", "b1", 0, [en("/b/italy.txt", REPORT, "Italy 8-38 Wales")]);
    makeOlder(db);
    if (withoutTitleTable) db.exec("DROP TABLE fts_title");
    db.close();
    const old = openDatabase(path, { readonly: true });
    expect(paths(old, "italy wales")).toEqual(["/c/roundup.txt"]);
    expect(paths(old, "win rome")).toEqual(["/a/wales.txt"]);
    old.close();
    for (let open = 0; open < 2; open++) {
      const reopened = openDatabase(path);
      expect(paths(reopened, "italy wales")).toEqual(["/a/wales.txt", "/c/roundup.txt"]);
      // Eight searchable documents and one other headline, however often the file is opened.
      expect(reopened.prepare("SELECT count(*) FROM fts_title").pluck().get()).toBe(9);
      expect(reopened.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(String(SCHEMA_VERSION));
      reopened.close();
    }
  });

  it("is refused for writing when a newer wenku wrote it (this one would leave its headlines stale)", () => {
    const { db, path } = corpus();
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(SCHEMA_VERSION + 1));
    db.close();
    expect(() => openDatabase(path)).toThrow(`${path}: index schema version ${SCHEMA_VERSION + 1} is newer than this wenku's (${SCHEMA_VERSION})`);
    // Reading it still works.
    const reader = openDatabase(path, { readonly: true });
    expect(paths(reader, "win rome")).toEqual(["/a/wales.txt"]);
    reader.close();
  });
});
