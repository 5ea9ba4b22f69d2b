import type { DB } from "./db.js";
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

export function removeFromFts(db: DB, rowid: number): void {
  db.prepare("DELETE FROM fts WHERE rowid = ?").run(rowid);
}

/** Index one canonical document: title, body and the canonical names of its entities. */
export function addToFts(db: DB, rowid: number, title: string, text: string, entityNames: string[]): void {
  db.prepare("INSERT INTO fts (rowid, title, body, entities) VALUES (?, ?, ?, ?)").run(
    rowid, indexTokens(title), indexTokens(text), indexTokens([...new Set(entityNames)].join(" ; ")),
  );
}
