import { statement, type DB } from "./db.js";
import { indexTokens } from "./tokens.js";

/** Characters our own tokens may contain besides letters and digits (154%, fy2025/26, 1.6t). */
export const FTS_TOKEN_CHARS = "%./+_&-";

/** The full-text table. What goes into it is decided here and in tokens.ts only. */
export const FTS_SCHEMA = `
-- Full text over our own tokens (CJK bigrams, folded Latin words and their stems, whole
-- mixed tokens); rowid = documents.rowid. Contentless: the text lives in documents.
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
  title, body, entities,
  content = '', contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 tokenchars '${FTS_TOKEN_CHARS}'"
);
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
}

export function addToFts(db: DB, rowid: number, row: FtsRow): void {
  statement(db, "INSERT INTO fts (rowid, title, body, entities) VALUES (?, ?, ?, ?)").run(rowid, row.title, row.body, row.entities);
}
