import { rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultGazetteer, findEntities } from "@wenku/analyze";
import { loadThesaurus, openDatabase, rebuildSuggestions, searchIndex, writeAliases, writeFile, type DB, type ProcessedRecord } from "@wenku/index";
import type { BenchDoc } from "./articles.js";
import type { Engine } from "./engine.js";

/** The `wenku` command as installed (node_modules/.bin/wenku runs it). */
const LAUNCHER = fileURLToPath(new URL("../../packages/cli/bin/wenku", import.meta.url));
const BATCH = 1000;

/**
 * wenku itself. Documents go in through the store's `writeFile` (one transaction per batch of
 * 1000), as the ingest pipeline writes them, with text already cleaned by `cleanRecord` and
 * entities found by `findEntities` against the default gazetteer without jieba tokens (only
 * gazetteer matches; search needs no words or figures). Then the suggestion index is built.
 */
export class WenkuEngine implements Engine {
  name = "wenku";
  private db: DB | undefined;
  private idOf = new Map<string, string>();

  constructor(readonly path: string) {}

  async build(docs: BenchDoc[]): Promise<void> {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(this.path + suffix, { force: true });
    const db = openDatabase(this.path);
    const gazetteer = defaultGazetteer();
    writeAliases(db, [...loadThesaurus(), ...gazetteer.entries()]);
    for (let b = 0; b < docs.length; b += BATCH) {
      const path = `/bench/batch-${b / BATCH}.jsonl`;
      const records: ProcessedRecord[] = docs.slice(b, b + BATCH).map((d, i) => ({
        raw: { path, record: i, container: "jsonl", format: "text", text: d.text, encoding: "utf-8", replacementChars: 0, meta: { title: d.title }, fileHash: "bench" },
        clean: { path, record: i, title: d.title, originalTitle: d.title, titleRemoved: [], date: d.date, author: null, source: d.corpus, url: null, lang: d.lang, text: d.text, removed: [], segments: [], empty: null },
        analysis: { words: [], entities: findEntities(d.text, { gazetteer, tokens: [] }), figures: [] },
      }));
      writeFile(db, path, `bench-${b}`, 0, records);
    }
    db.pragma("wal_checkpoint(TRUNCATE)");
    // One b-tree per FTS segment level merged into one: what a finished ingest should leave.
    db.prepare("INSERT INTO fts (fts) VALUES ('optimize')").run();
    db.prepare("INSERT INTO fts_title (fts_title) VALUES ('optimize')").run();
    rebuildSuggestions(db);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.exec("VACUUM");
    db.close();
    this.open(docs);
  }

  /** Open an index built earlier for these documents. */
  open(docs: BenchDoc[]): void {
    this.db = openDatabase(this.path, { readonly: true });
    docs.forEach((d, i) => this.idOf.set(`/bench/batch-${Math.floor(i / BATCH)}.jsonl#${i % BATCH}`, d.id));
  }

  async search(query: string, limit: number): Promise<string[]> {
    // The store keeps one searchable document for verbatim copies and records the others as
    // its copies (what `wenku show` lists with the hit): a hit stands for them too.
    const copies = this.db!.prepare("SELECT path, record FROM documents WHERE canonical_id = ?");
    const ids: string[] = [];
    for (const h of searchIndex(this.db!, { query, limit }).hits) {
      ids.push(this.idOf.get(`${h.path}#${h.record}`) ?? `?${h.id}`);
      for (const c of copies.all(h.id) as { path: string; record: number }[]) ids.push(this.idOf.get(`${c.path}#${c.record}`) ?? `?copy`);
    }
    return ids.slice(0, limit);
  }

  size() {
    const db = this.db!;
    const pages = db.prepare("SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name").all() as { name: string; bytes: number }[];
    const index = pages.filter((p) => p.name.startsWith("fts")).reduce((n, p) => n + p.bytes, 0);
    return { index, total: statSync(this.path).size };
  }

  coldCommand(query: string): string[] {
    return [LAUNCHER, "search", "--db", this.path, query];
  }

  async close(): Promise<void> {
    this.db?.close();
  }
}
