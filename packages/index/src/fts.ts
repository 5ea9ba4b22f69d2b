import { statement, type DB } from "./db.js";
import { indexTokens } from "./tokens.js";

/** Characters our own tokens may contain besides letters and digits (154%, fy2025/26, 1.6t). */
export const FTS_TOKEN_CHARS = "%./+_&-";

/** The title-only full-text table (see FTS_SCHEMA). */
export const TITLE_TABLE = "fts_title";

/** Both tables hold our own token streams and no text (contentless: it lives in documents). */
const OWN_TOKENS = `content = '', contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 tokenchars '${FTS_TOKEN_CHARS}'"`;

/** The full-text tables. What goes into them is decided here and in tokens.ts only. */
export const FTS_SCHEMA = `
-- Full text over our own tokens (CJK bigrams, folded Latin words and their stems, whole
-- mixed tokens); rowid = documents.rowid.
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (title, body, entities, ${OWN_TOKENS});
-- The titles again, alone. FTS5's bm25 normalises by the length of the whole row, so in fts a
-- title match in a long article counts for little; here a title is measured against titles.
-- Search adds this score to fts's (per-field BM25 summed, as Elasticsearch's most_fields).
CREATE VIRTUAL TABLE IF NOT EXISTS ${TITLE_TABLE} USING fts5 (title, ${OWN_TOKENS});
`;

/** One document's full-text row: the token streams of its three columns. Computed by the
 *  worker threads during ingest, so the single writer only inserts. */
export interface FtsRow {
  title: string;
  body: string;
  entities: string;
}

/** The full-text row of a document: title, body and the canonical names of its entities. */
export function ftsRow(title: string, text: string, entityNames: string[]): FtsRow {
  return { title: indexTokens(title), body: indexTokens(text), entities: indexTokens([...new Set(entityNames)].join(" ; ")) };
}

export function removeFromFts(db: DB, rowid: number): void {
  statement(db, "DELETE FROM fts WHERE rowid = ?").run(rowid);
  statement(db, "DELETE FROM fts_title WHERE rowid = ?").run(rowid);
}

export function addToFts(db: DB, rowid: number, row: FtsRow): void {
  statement(db, "INSERT INTO fts (rowid, title, body, entities) VALUES (?, ?, ?, ?)").run(rowid, row.title, row.body, row.entities);
  addTitle(db, rowid, row.title);
}

function addTitle(db: DB, rowid: number, titleTokens: string): void {
  if (titleTokens) statement(db, "INSERT INTO fts_title (rowid, title) VALUES (?, ?)").run(rowid, titleTokens);
}

/** Fill fts_title for an index file written before it existed: the titles of every document
 *  with a full-text row (canonical, with text), as store.ts adds them. */
export function backfillTitles(db: DB): number {
  const rows = db.prepare("SELECT rowid, title FROM documents WHERE canonical_id IS NULL AND rowid IN (SELECT rowid FROM fts)").all() as { rowid: number; title: string }[];
  for (const r of rows) addTitle(db, r.rowid, indexTokens(r.title));
  return rows.length;
}
