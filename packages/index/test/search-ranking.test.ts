import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileQuery, indexTokens, openDatabase, searchIndex, writeAliases, writeFile, type DB } from "@wenku/index";
import { record, tempDb } from "./helpers.js";

describe("ranking", () => {
  it("a document matching only through another name of the entity ranks below one with the user's own word", () => {
    const db = tempDb();
    writeAliases(db, [{ name: "Lenovo", type: "ORG", aliases: ["联想", "聯想"] }]);
    // Same text apart from the name; the English one is a token shorter, so plain BM25 would
    // put it first for either query.
    writeFile(db, "/r/zh.txt", "1", 0, [record("/r/zh.txt", "联想发布了新的服务器")]);
    writeFile(db, "/r/en.txt", "2", 0, [record("/r/en.txt", "Lenovo发布了新的服务器")]);
    const zh = searchIndex(db, { query: "联想" });
    expect(zh.hits.map((h) => h.path)).toEqual(["/r/zh.txt", "/r/en.txt"]);
    expect(zh.hits[0]!.score).toBeGreaterThan(zh.hits[1]!.score);
    expect(searchIndex(db, { query: "Lenovo" }).hits.map((h) => h.path)).toEqual(["/r/en.txt", "/r/zh.txt"]);
    // Without any alias the ranking is plain BM25: no exact/alias distinction to make.
    expect(compileQuery(db, "服务器").exact).toBeUndefined();
  });

  it("when no document has every word, it answers with those that have most of them, and says so", () => {
    const db = tempDb();
    writeFile(db, "/q/1.txt", "1", 0, [record("/q/1.txt", "台北一零一大楼在二零零四年开幕。")]);
    writeFile(db, "/q/2.txt", "2", 0, [record("/q/2.txt", "高雄的大楼很多。")]);
    writeFile(db, "/q/3.txt", "3", 0, [record("/q/3.txt", "今天天气很好。")]);
    // A question typed as a sentence: as one clause it would have to appear verbatim.
    const r = searchIndex(db, { query: "台北一零一大楼是哪一年开幕的？" });
    expect(r.relaxed).toBe(true);
    expect(r.hits.map((h) => h.path)).toEqual(["/q/1.txt", "/q/2.txt"]);
    expect(r.total).toBe(2);
    // When every word is found, nothing is relaxed.
    expect(searchIndex(db, { query: "大楼" }).relaxed).toBeUndefined();
  });

  it("a quoted phrase stays required when the other words are relaxed", () => {
    const db = tempDb();
    writeFile(db, "/p/1.txt", "1", 0, [record("/p/1.txt", "会通河的工程于元代开工。")]);
    writeFile(db, "/p/2.txt", "2", 0, [record("/p/2.txt", "运河在哪一年开始动工？元代开始动工。")]);
    const r = searchIndex(db, { query: "「會通河」在哪一年開始動工?" });
    expect(r.relaxed).toBe(true);
    expect(r.hits.map((h) => h.path)).toEqual(["/p/1.txt"]);
    // Only a phrase and nothing else: exactly that or nothing.
    expect(searchIndex(db, { query: '"通河会"' }).hits).toEqual([]);
  });

  it("between documents that score alike, the one with the English words as typed ranks first", () => {
    const db = tempDb();
    // The same title and the same body but for one word: "hits" in one, "hit" in the other
    // (one stem, so BM25 cannot tell them apart). Written first, "hit" would win a plain tie.
    writeFile(db, "/e/stem.txt", "1", 0, [record("/e/stem.txt", "The PlayStation Portable hit the shops next week.", { title: "Sony console in US shops", lang: "en" })]);
    writeFile(db, "/e/typed.txt", "2", 0, [record("/e/typed.txt", "The PlayStation Portable hits the shops next week.", { title: "Sony console in US shops", lang: "en" })]);
    expect(searchIndex(db, { query: "console hits playstation" }).hits.map((h) => h.path)).toEqual(["/e/typed.txt", "/e/stem.txt"]);
    // Paging walks the same order.
    expect(searchIndex(db, { query: "console hits playstation", offset: 1, limit: 1 }).hits.map((h) => h.path)).toEqual(["/e/stem.txt"]);
    // A word the article begins with the typed one counts as typed: people type the base form
    // ("rise" for "rises"); "rising" has the stem but not the word as typed.
    writeFile(db, "/e/rising.txt", "3", 0, [record("/e/rising.txt", "Retail sales rising after the campaign.", { title: "Sales outlook", lang: "en" })]);
    writeFile(db, "/e/rises.txt", "4", 0, [record("/e/rises.txt", "Retail sales rises after the campaign.", { title: "Sales outlook", lang: "en" })]);
    expect(searchIndex(db, { query: "rise sales" }).hits.map((h) => h.path)).toEqual(["/e/rises.txt", "/e/rising.txt"]);
  });

  it("between documents that score alike, the one with the word as typed in its title ranks first", () => {
    const db = tempDb();
    // "ban" and "banned" swap places: both have the stem once in the title and once in the text,
    // and the typed word somewhere. Written first, the one with "ban" in its title would win a tie.
    writeFile(db, "/e/ban.txt", "1", 0, [record("/e/ban.txt", "The sprinter was banned for two years by the federation.", { title: "Collins ban upheld", lang: "en" })]);
    writeFile(db, "/e/banned.txt", "2", 0, [record("/e/banned.txt", "The sprinter will ban appeals for two years, says the federation.", { title: "Collins banned again", lang: "en" })]);
    expect(searchIndex(db, { query: "collins banned" }).hits.map((h) => h.path)).toEqual(["/e/banned.txt", "/e/ban.txt"]);
  });

  it("the words as typed only break ties: a much better match through the stem stays first", () => {
    const db = tempDb();
    // All three words in a short title against one in the title and two in the text.
    writeFile(db, "/e/title.txt", "1", 0, [record("/e/title.txt", "Sales of the console rose in March.", { title: "PlayStation console a hit", lang: "en" })]);
    writeFile(db, "/e/typed.txt", "2", 0, [record("/e/typed.txt", "The PlayStation Portable hits the shops next week.", { title: "Sony console in US shops", lang: "en" })]);
    expect(searchIndex(db, { query: "console hits playstation" }).hits.map((h) => h.path)).toEqual(["/e/title.txt", "/e/typed.txt"]);
  });

  it("a rare word typed as written outranks common words that share its stem, past the re-ordered first page", () => {
    const path = join(mkdtempSync(join(tmpdir(), "wenku-forms-")), "t.db");
    const db = openDatabase(path);
    // Porter cuts "profiteers" and "news" to the stems of "profit" and "new". Sixty short
    // reports with the common word twice outscore the article sought by the stem alone, more
    // of them than the first page that is re-ordered by the words as typed.
    for (let i = 0; i < 60; i++) {
      writeFile(db, `/f/${i}.txt`, `c${i}`, 0, [record(`/f/${i}.txt`, `Profit rose and profit margins held at the new plant ${i}.`, { title: `Results ${i}`, lang: "en" })]);
    }
    const filler = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} describes the drug trade and its regulation at length.`).join(" ");
    writeFile(db, "/f/sought.txt", "s", 0, [record("/f/sought.txt", `${filler} The company acted against profiteers and spoke to the news agency. ${filler}`, { title: "Drug maker acts", lang: "en" })]);
    const first = (q: string) => searchIndex(db, { query: q }).hits[0]?.path;
    expect(first("profiteers")).toBe("/f/sought.txt");
    expect(first("news")).toBe("/f/sought.txt");
    // The word as written adds to the score; the stem still finds every form.
    expect(searchIndex(db, { query: "profiteers" }).total).toBe(61);
    expect(first("profit")).not.toBe("/f/sought.txt");
    // A file written before the forms column (version 4) is searched read-only as before, by
    // the stem alone; opened for writing, it gets the column.
    const sought = db.prepare("SELECT rowid, title, text FROM documents WHERE path = ?").get("/f/sought.txt") as { rowid: number; title: string; text: string };
    db.exec("DROP TABLE fts; CREATE VIRTUAL TABLE fts USING fts5 (title, body, entities, content = '', contentless_delete = 1)");
    db.prepare("INSERT INTO fts (rowid, title, body, entities) VALUES (?, ?, ?, '')").run(sought.rowid, indexTokens(sought.title), indexTokens(sought.text));
    db.prepare("UPDATE meta SET value = '4' WHERE key = 'schema_version'").run();
    db.close();
    const old = openDatabase(path, { readonly: true });
    expect(searchIndex(old, { query: "profiteers" }).hits.map((h) => h.path)).toEqual(["/f/sought.txt"]);
    old.close();
    const upgraded = openDatabase(path);
    expect(searchIndex(upgraded, { query: "profiteers" }).hits[0]?.path).toBe("/f/sought.txt");
    upgraded.close();
  });

  it("a word of the title counts as much in a long article as in a short one (titles are scored against titles)", () => {
    const path = join(mkdtempSync(join(tmpdir(), "wenku-title-")), "t.db");
    const db = openDatabase(path);
    // The article sought: the name in its title, the other word once in a long body. A short
    // report has both words in its body. Scored over the whole row, the long body drowns the
    // title match.
    const filler = Array.from({ length: 12 }, (_, i) => `Week ${i} brought another training session, with players, staff and supporters watching closely.`).join(" ");
    writeFile(db, "/t/long.txt", "1", 0, [record("/t/long.txt", `${filler} The manager started the season well. ${filler}`, { title: "Mourinho plots impressive course", lang: "en" })]);
    writeFile(db, "/t/short.txt", "2", 0, [record("/t/short.txt", "Damien Duff will miss the game against Barcelona with a hamstring injury, Mourinho said. Joe Cole is expected to start on the wing, and the club will assess Duff again next week before the league match on Saturday.", { title: "Duff ruled out of clash", lang: "en" })]);
    // Other news, so that the two words are rare in the collection (BM25's idf).
    ["Rain", "Budget", "Election", "Markets", "Film", "Music", "Science", "Travel"].forEach((topic, i) =>
      writeFile(db, `/t/other-${i}.txt`, `o${i}`, 0, [record(`/t/other-${i}.txt`, `${topic} news of the day, told in a few plain words.`, { title: `${topic} today`, lang: "en" })]),
    );
    const order = (d: DB) => searchIndex(d, { query: "mourinho start" }).hits.map((h) => h.path);
    expect(order(db)).toEqual(["/t/long.txt", "/t/short.txt"]);
    // A file written before the title table (dropped here) is searched as before, title inside
    // the row only: the short report first. Opened for writing, the titles are filled in again.
    db.exec("DROP TABLE fts_title");
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
    db.close();
    const old = openDatabase(path, { readonly: true });
    expect(order(old)).toEqual(["/t/short.txt", "/t/long.txt"]);
    old.close();
    const reopened = openDatabase(path);
    expect((reopened.prepare("SELECT count(*) AS n FROM fts_title").get() as { n: number }).n).toBe(10);
    expect(order(reopened)).toEqual(["/t/long.txt", "/t/short.txt"]);
    reopened.close();
  });
});
