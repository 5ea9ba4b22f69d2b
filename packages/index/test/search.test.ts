import { describe, expect, it } from "vitest";
import { compileQuery, searchIndex, writeAliases, writeFile, type DB } from "@wenku/index";
import { record, tempDb } from "./helpers.js";

const LENOVO = { name: "Lenovo", type: "ORG", aliases: ["联想", "聯想", "Lenovo Group", "联想集团"] };

function corpus(): DB {
  const db = tempDb();
  writeAliases(db, [LENOVO]);
  writeFile(db, "/d/a.txt", "ha", 0, [
    record("/d/a.txt", "联想的海神液冷技术收入同比增长154%，PUE低至1.035。", { title: "联想液冷收入大增", date: "2025-11-20", entities: [["联想", "Lenovo", "ORG"]] }),
  ]);
  writeFile(db, "/d/b.txt", "hb", 0, [
    record("/d/b.txt", "聯想集團公布業績，液冷伺服器需求強勁。", { title: "聯想業績", date: "2024-05-01", lang: "zh-Hant", entities: [["聯想集團", "Lenovo", "ORG"]] }),
  ]);
  writeFile(db, "/d/c.txt", "hc", 0, [
    record("/d/c.txt", "Lenovo said its Neptune liquid cooling revenue grew 154% year on year.", { title: "Lenovo cooling", date: "2025-11-21", lang: "en", source: "Workflow", entities: [["Lenovo", "Lenovo", "ORG"]] }),
  ]);
  writeFile(db, "/d/d.txt", "hd", 0, [record("/d/d.txt", "英伟达发布新一代GPU，台积电代工。", { title: "英伟达新品", date: "2025-03-01" })]);
  return db;
}

const ids = (db: DB, q: string, extra = {}) => searchIndex(db, { query: q, ...extra }).hits.map((h) => h.path).sort();

describe("searchIndex", () => {
  it("finds Simplified, Traditional and English documents of one entity from any of its names", () => {
    const db = corpus();
    expect(ids(db, "联想")).toEqual(["/d/a.txt", "/d/b.txt", "/d/c.txt"]);
    expect(ids(db, "聯想")).toEqual(ids(db, "联想"));
    expect(ids(db, "Lenovo")).toEqual(["/d/a.txt", "/d/b.txt", "/d/c.txt"]);
    expect(ids(db, "lenovo group")).toEqual(["/d/a.txt", "/d/b.txt", "/d/c.txt"]);
  });

  it("matches words inside Chinese text by bigrams, and English words by stem", () => {
    const db = corpus();
    expect(ids(db, "液冷")).toEqual(["/d/a.txt", "/d/b.txt"]);
    expect(ids(db, "cooled")).toEqual(["/d/c.txt"]);
    expect(ids(db, "154%")).toEqual(["/d/a.txt", "/d/c.txt"]);
    expect(ids(db, "液冷技术")).toEqual(["/d/a.txt"]);
  });

  it("supports phrases, exclusions and OR", () => {
    const db = corpus();
    expect(ids(db, '"liquid cooling"')).toEqual(["/d/c.txt"]);
    expect(ids(db, '"cooling liquid"')).toEqual([]);
    expect(ids(db, "液冷 -伺服器")).toEqual(["/d/a.txt"]);
    expect(ids(db, "台积电 OR Neptune")).toEqual(["/d/c.txt", "/d/d.txt"]);
  });

  it("filters on language, dates, source and entity", () => {
    const db = corpus();
    expect(ids(db, "液冷", { lang: "zh-Hant" })).toEqual(["/d/b.txt"]);
    expect(ids(db, "液冷", { lang: "zh" })).toEqual(["/d/a.txt", "/d/b.txt"]);
    expect(ids(db, "Lenovo", { from: "2025" })).toEqual(["/d/a.txt", "/d/c.txt"]);
    expect(ids(db, "Lenovo", { to: "2025-11-20" })).toEqual(["/d/a.txt", "/d/b.txt"]);
    expect(ids(db, "154%", { source: "workflow" })).toEqual(["/d/c.txt"]);
    expect(ids(db, "液冷", { entity: "聯想" })).toEqual(["/d/a.txt", "/d/b.txt"]);
  });

  it("ranks a title match above a body-only match and reports the total", () => {
    const db = tempDb();
    writeFile(db, "/t/1.txt", "1", 0, [record("/t/1.txt", "市场上有很多产品，其中也包括算力服务。今天天气很好。", { title: "天气" })]);
    writeFile(db, "/t/2.txt", "2", 0, [record("/t/2.txt", "本文讨论算力的未来。", { title: "算力投资方兴未艾" })]);
    const r = searchIndex(db, { query: "算力" });
    expect(r.total).toBe(2);
    expect(r.hits[0]!.path).toBe("/t/2.txt");
    expect(r.hits[0]!.score).toBeGreaterThan(r.hits[1]!.score);
    const page2 = searchIndex(db, { query: "算力", limit: 1, offset: 1 });
    expect(page2.total).toBe(2);
    expect(page2.hits.map((h) => h.path)).toEqual(["/t/1.txt"]);
  });

  it("highlights the matched words on the original text, through Traditional and full-width forms", () => {
    const db = corpus();
    const hit = searchIndex(db, { query: "联想 液冷" }).hits.find((h) => h.path === "/d/b.txt")!;
    const text = "聯想集團公布業績，液冷伺服器需求強勁。";
    expect(hit.highlights.map((h) => text.slice(h.start, h.end))).toEqual(["聯想集團", "液冷"]);
    expect(hit.snippet).toContain("[聯想集團]");
    expect(hit.snippet).toContain("[液冷]");
  });

  it("never passes user syntax to FTS5: hostile queries are plain words", () => {
    const db = corpus();
    for (const q of ['"unbalanced 液冷', "液冷 AND OR NOT", "NEAR(液冷", "'; DROP TABLE documents; --", "title:液冷", "*", "^液冷", "\u0000液冷\u0007", "液冷)", "x".repeat(10000)]) {
      expect(() => searchIndex(db, { query: q }), q).not.toThrow();
    }
    // The stray quote is dropped: two plain words, which no document has together, so the
    // answer is the documents with some of them, flagged as relaxed. The English word is its
    // stem, or as written in the forms column.
    expect(compileQuery(db, '"unbalanced 液冷').match).toBe('("unbalanc" OR forms : "unbalanced" *) AND "液冷"');
    const unbalanced = searchIndex(db, { query: '"unbalanced 液冷' });
    expect(unbalanced.relaxed).toBe(true);
    expect(unbalanced.hits.map((h) => h.path).sort()).toEqual(["/d/a.txt", "/d/b.txt"]);
    expect(ids(db, "液冷)")).toEqual(["/d/a.txt", "/d/b.txt"]);
    expect(ids(db, "\u0000液冷\u0007")).toEqual(["/d/a.txt", "/d/b.txt"]);
    expect(compileQuery(db, "-液冷").match).toBeUndefined();
  });
});

describe("writeFile", () => {
  it("is idempotent, updates changed records and drops records a file no longer has", () => {
    const db = tempDb();
    const r0 = record("/f/x.jsonl", "第一篇文章的正文。", { record: 0 });
    const r1 = record("/f/x.jsonl", "第二篇文章的正文。", { record: 1 });
    expect(writeFile(db, "/f/x.jsonl", "v1", 0, [r0, r1])).toEqual(["added", "added"]);
    expect(writeFile(db, "/f/x.jsonl", "v1", 0, [r0, r1])).toEqual(["unchanged", "unchanged"]);
    const changed = record("/f/x.jsonl", "第一篇文章改过的正文。", { record: 0 });
    expect(writeFile(db, "/f/x.jsonl", "v2", 0, [changed])).toEqual(["updated"]);
    expect(ids(db, "第二篇")).toEqual([]);
    expect(ids(db, "改过")).toEqual(["/f/x.jsonl"]);
    expect((db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n).toBe(1);
  });

  it("records an exact duplicate against its canonical document and promotes it when that goes", () => {
    const db = tempDb();
    writeFile(db, "/p/a.txt", "a", 0, [record("/p/a.txt", "同一篇报道的正文，液冷。")]);
    writeFile(db, "/p/b.txt", "b", 0, [record("/p/b.txt", "同一篇報道的正文， 液冷。", { lang: "zh-Hant" })]);
    const rows = db.prepare("SELECT path, canonical_id FROM documents ORDER BY path").all() as { path: string; canonical_id: string | null }[];
    expect(rows[0]!.canonical_id).toBeNull();
    expect(rows[1]!.canonical_id).not.toBeNull();
    expect(searchIndex(db, { query: "液冷" }).total).toBe(1);
    // a.txt now holds a different article: b.txt becomes the canonical copy of the old text.
    writeFile(db, "/p/a.txt", "a2", 0, [record("/p/a.txt", "完全不同的另一篇文章。")]);
    expect(ids(db, "液冷")).toEqual(["/p/b.txt"]);
  });
});

describe("thesaurus", () => {
  it("every concept name is unique and the file loads as TERM aliases", async () => {
    const { loadThesaurus } = await import("@wenku/index");
    const entries = loadThesaurus();
    expect(entries.length).toBeGreaterThan(50);
    const owner = new Map<string, string>();
    for (const e of entries) {
      expect(e.type).toBe("TERM");
      for (const a of [e.name, ...e.aliases]) {
        const key = a.toLowerCase();
        expect(owner.get(key) ?? e.name, `${a} is listed under two concepts`).toBe(e.name);
        owner.set(key, e.name);
      }
    }
  });

  it("lets an English concept find Chinese documents and the reverse", async () => {
    const { loadThesaurus } = await import("@wenku/index");
    const db = corpus();
    writeAliases(db, loadThesaurus());
    expect(ids(db, "Lenovo liquid cooling")).toEqual(["/d/a.txt", "/d/b.txt", "/d/c.txt"]);
    expect(ids(db, '"liquid cooling"')).toEqual(["/d/a.txt", "/d/b.txt", "/d/c.txt"]);
    expect(ids(db, "液冷 Neptune")).toEqual(["/d/c.txt"]);
  });

  it("finds a market index by its English name, its Chinese name or its short form, and not another body of the same name", async () => {
    const { loadThesaurus } = await import("@wenku/index");
    const db = tempDb();
    writeAliases(db, loadThesaurus());
    writeFile(db, "/m/zh.txt", "z", 0, [record("/m/zh.txt", "港股今日低开，恒指收市跌200点。", { title: "港股收市" })]);
    writeFile(db, "/m/hant.txt", "t", 0, [record("/m/hant.txt", "恒生指數全日升1.2%，成交額增加。", { title: "港股", lang: "zh-Hant" })]);
    writeFile(db, "/m/en.txt", "e", 0, [record("/m/en.txt", "The Hang Seng Index fell 200 points in Hong Kong.", { title: "Markets", lang: "en" })]);
    writeFile(db, "/m/bank.txt", "b", 0, [record("/m/bank.txt", "恒生银行公布中期业绩。", { title: "银行业绩" })]);
    const ranked = (q: string) => searchIndex(db, { query: q }).hits.map((h) => h.path);
    // The words as typed first, then the other names.
    expect(ranked("Hang Seng Index")[0]).toBe("/m/en.txt");
    expect(ranked("Hang Seng Index").slice(1).sort()).toEqual(["/m/hant.txt", "/m/zh.txt"]);
    expect(ranked("恒指")[0]).toBe("/m/zh.txt");
    expect(ranked("恒指").slice(1).sort()).toEqual(["/m/en.txt", "/m/hant.txt"]);
  });

  it("forgets an alias taken out of a name's list at the next write, and keeps names not written again", () => {
    const db = tempDb();
    writeAliases(db, [
      { name: "Dow Jones Industrial Average", type: "TERM", aliases: ["道琼斯", "道指"] },
      { name: "Broadcom", type: "ORG", aliases: ["博通"] },
    ]);
    writeFile(db, "/y/report.txt", "r", 0, [record("/y/report.txt", "据报道指出，市场今天平稳。", { title: "市场" })]);
    // 道指 is also the bigram across 报道|指出: the short form finds the wrong document.
    expect(ids(db, "Dow Jones Industrial Average")).toEqual(["/y/report.txt"]);
    writeAliases(db, [{ name: "Dow Jones Industrial Average", type: "TERM", aliases: ["道琼斯"] }]);
    expect(ids(db, "Dow Jones Industrial Average")).toEqual([]);
    expect(db.prepare("SELECT alias FROM aliases WHERE name = 'Broadcom' ORDER BY alias").pluck().all()).toEqual(["Broadcom", "博通"]);
  });

  it("joins a name of four or more words typed as plain words, and only the words that spell it", () => {
    const db = tempDb();
    writeAliases(db, [
      { name: "China International Import Expo", type: "TERM", aliases: ["进博会"] },
      { name: "Boao Forum for Asia", type: "ORG", aliases: ["博鳌亚洲论坛"] },
    ]);
    writeFile(db, "/x/ciie.txt", "c", 0, [record("/x/ciie.txt", "第五届进博会在上海开幕。", { title: "进博会开幕" })]);
    writeFile(db, "/x/boao.txt", "b", 0, [record("/x/boao.txt", "博鳌亚洲论坛年会今天开幕。", { title: "博鳌年会" })]);
    expect(ids(db, "China International Import Expo")).toEqual(["/x/ciie.txt"]);
    expect(ids(db, "boao forum for asia")).toEqual(["/x/boao.txt"]);
    expect(ids(db, "开幕 China International Import Expo")).toEqual(["/x/ciie.txt"]);
    // Three of the four words are no name: they are searched as words, and nothing has them.
    expect(ids(db, "China International Import")).toEqual([]);
  });
});
