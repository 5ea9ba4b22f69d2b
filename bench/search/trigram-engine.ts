import { rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { BenchDoc } from "./articles.js";
import { ngrams, words, type Engine } from "./engine.js";

const COLD = fileURLToPath(new URL("./trigram-cold.mjs", import.meta.url));

/** The FTS5 MATCH expression for a query: every word of three or more characters as a
 *  substring (AND); when `relaxed`, any trigram of any word (OR). Shared with
 *  trigram-cold.mjs's copy of this rule. */
export function trigramMatch(query: string, relaxed: boolean): string | undefined {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const parts = relaxed ? ngrams(query, 3).filter((g) => [...g].length >= 3) : words(query).filter((w) => [...w].length >= 3);
  if (parts.length === 0) return undefined;
  return parts.map(quote).join(relaxed ? " OR " : " AND ");
}

/** Words the trigram tokenizer cannot match (one or two characters: most Chinese words).
 *  SQLite's documented way to find them in a trigram table is LIKE, which scans every row. */
export function shortWords(query: string): string[] {
  return words(query).filter((w) => [...w].length < 3);
}

/** `AND`-ed LIKE tests of short words against title or body, with their parameters. */
export function likeClauses(short: string[]): { sql: string; params: string[] } {
  const escape = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    sql: short.map(() => "(fts.title LIKE ? ESCAPE '\\' OR fts.body LIKE ? ESCAPE '\\')").join(" AND "),
    params: short.flatMap((w) => [escape(w), escape(w)]),
  };
}

/**
 * Peer 1: SQLite FTS5 with the built-in `trigram` tokenizer, no segmentation and no
 * Traditional/Simplified folding (case folding only). Title weighted 10, body 1, like wenku.
 * Queries: all words as substrings (words under three characters by LIKE); if nothing matches,
 * any trigram (same fallback as wenku's).
 */
export class TrigramEngine implements Engine {
  name = "fts5-trigram";
  private db: Database.Database | undefined;
  private ids: string[] = [];

  constructor(readonly path: string) {}

  async build(docs: BenchDoc[]): Promise<void> {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(this.path + suffix, { force: true });
    const db = new Database(this.path);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, body TEXT)");
    db.exec("CREATE VIRTUAL TABLE fts USING fts5 (title, body, content = 'docs', content_rowid = 'rowid', tokenize = 'trigram')");
    const put = db.prepare("INSERT INTO docs (rowid, id, title, body) VALUES (?, ?, ?, ?)");
    const idx = db.prepare("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)");
    db.transaction(() => {
      docs.forEach((d, i) => {
        put.run(i + 1, d.id, d.title, d.text);
        idx.run(i + 1, d.title, d.text);
      });
    })();
    db.prepare("INSERT INTO fts (fts) VALUES ('optimize')").run();
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.exec("VACUUM");
    db.close();
    this.open(docs);
  }

  open(docs: BenchDoc[]): void {
    this.db = new Database(this.path, { readonly: true });
    this.ids = docs.map((d) => d.id);
  }

  async search(query: string, limit: number): Promise<string[]> {
    const db = this.db!;
    // Strict: words of 3+ characters through the index, shorter ones by LIKE on the matching
    // rows; with only short words, a LIKE scan of the whole table (no BM25 without MATCH).
    const match = trigramMatch(query, false);
    const like = likeClauses(shortWords(query));
    let rows: { rowid: number }[] = [];
    if (match) {
      const where = like.sql ? `fts MATCH ? AND ${like.sql}` : "fts MATCH ?";
      rows = db.prepare(`SELECT rowid FROM fts WHERE ${where} ORDER BY bm25(fts, 10.0, 1.0) LIMIT ?`).all(match, ...like.params, limit) as { rowid: number }[];
    } else if (like.sql) {
      rows = db.prepare(`SELECT rowid FROM fts WHERE ${like.sql} LIMIT ?`).all(...like.params, limit) as { rowid: number }[];
    }
    if (rows.length === 0) {
      const relaxed = trigramMatch(query, true);
      if (relaxed) rows = db.prepare("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 10.0, 1.0) LIMIT ?").all(relaxed, limit) as { rowid: number }[];
    }
    return rows.map((r) => this.ids[r.rowid - 1]!);
  }

  size() {
    const pages = this.db!.prepare("SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name").all() as { name: string; bytes: number }[];
    return { index: pages.filter((p) => p.name.startsWith("fts")).reduce((n, p) => n + p.bytes, 0), total: statSync(this.path).size };
  }

  coldCommand(query: string): string[] {
    return [process.execPath, COLD, this.path, query];
  }

  async close(): Promise<void> {
    this.db?.close();
  }
}
