import { statement, type DB } from "./db.js";
import { indexStreams, indexTokens } from "./tokens.js";

/** Characters our own tokens may contain besides letters and digits (154%, fy2025/26, 1.6t). */
export const FTS_TOKEN_CHARS = "%./+_&-";

/** The title-only full-text table (see FTS_SCHEMA). */
export const TITLE_TABLE = "fts_title";

/** Which fts_title rows are other headlines of a canonical document (see FTS_SCHEMA). */
export const ALTERNATE_TITLES = "alternate_titles";

/** Both tables hold our own token streams and no text (contentless: it lives in documents). */
const OWN_TOKENS = `content = '', contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 tokenchars '${FTS_TOKEN_CHARS}'"`;

/** Each row: a title's terms without the value terms of its numbers (titleTerms). */
const TITLE_TABLE_SQL = `CREATE VIRTUAL TABLE IF NOT EXISTS ${TITLE_TABLE} USING fts5 (title, ${OWN_TOKENS});`;

/** The full-text tables. What goes into them is decided here and in tokens.ts only. */
export const FTS_SCHEMA = `
-- Full text over our own tokens (CJK bigrams, folded Latin words and their stems, whole
-- mixed tokens); rowid = documents.rowid. forms: the title's and body's English words as
-- written where title and body hold their stem (tokens.ts, indexStreams).
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (title, body, entities, forms, ${OWN_TOKENS});
-- The titles again, alone. FTS5's bm25 normalises by the length of the whole row, so in fts a
-- title match in a long article counts for little; here a title is measured against titles.
-- Search adds this score to fts's (per-field BM25 summed, as Elasticsearch's most_fields).
${TITLE_TABLE_SQL}
-- A copy republished under another headline ("Italy 8-38 Wales" for "Wales win in Rome") makes
-- that headline a title of its canonical document: a row of fts_title at the copy's rowid,
-- listed here with the document it belongs to. Each headline is its own fts_title row, so it
-- is measured as a title and a document with many headlines does not get one long diluted
-- title; search takes the best of a document's titles. The tokens are kept because fts_title
-- keeps none, and tell whether a document's headlines changed.
CREATE TABLE IF NOT EXISTS ${ALTERNATE_TITLES} (
  rowid     INTEGER PRIMARY KEY,
  doc_rowid INTEGER NOT NULL,
  tokens    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ${ALTERNATE_TITLES}_doc ON ${ALTERNATE_TITLES} (doc_rowid);
`;

/** One document's full-text row: the token streams of its three columns. Computed by the
 *  worker threads during ingest, so the single writer only inserts. */
export interface FtsRow {
  title: string;
  body: string;
  entities: string;
  /** Words of title and body as written where those hold their stem. */
  forms: string;
  /** The title's row in fts_title. */
  titleTerms: string;
}

/** Another headline of a canonical document: the tokens of a copy's title (rowid: the copy's),
 *  and its row in fts_title. */
export interface AlternateTitle {
  rowid: number;
  tokens: string;
  titleTerms: string;
}

/** The full-text row of a document: title, body and the canonical names of its entities. */
export function ftsRow(title: string, text: string, entityNames: string[]): FtsRow {
  const [head, body] = [indexStreams(title), indexStreams(text)];
  const forms = head.forms && body.forms ? `${head.forms} ${body.forms}` : head.forms || body.forms;
  return { title: head.tokens, body: body.tokens, entities: indexTokens([...new Set(entityNames)].join(" ; ")), forms, titleTerms: titleTerms(title) };
}

/** English function words, as Lucene's EnglishAnalyzer and Elasticsearch's `_english_` stop
 *  list have them: what a headline says with them is said by its other words. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(" "),
);

/**
 * A title as fts_title holds it: the words it shows. BM25 divides by a field's length in terms,
 * so what does not say what the title is about must not count:
 * - the value terms of its numbers, other spellings of words already counted: "Scotland 18-10
 *   Italy" (+ _18 _10) read as five terms and its title scored below "Scotland v Italy (Sat)";
 * - English function words: "Talks on the future of the euro" is three words about its story,
 *   not seven, and scored below "Euro future talks collapse again" for "euro future".
 * A query still finds either through fts, whose title column keeps them; only the title's extra
 * score is not given for them.
 */
export function titleTerms(title: string): string {
  return indexTokens(title, { valueTerms: false, leaveOut: FUNCTION_WORDS });
}

/** The full-text row of a document already stored, its entity names read from its mentions. */
export function storedFtsRow(db: DB, rowid: number, title: string, text: string): FtsRow {
  const names = (statement(db, "SELECT name FROM mentions WHERE doc_rowid = ?").all(rowid) as { name: string }[]).map((m) => m.name);
  return ftsRow(title, text, names);
}

/** The meta key counting full-text rows deleted since the tables were built. A row deleted from
 *  a contentless_delete FTS5 table still counts in the table's BM25 totals (row count and
 *  column lengths: SQLite 3.53 never lowers them), so a corpus whose documents were
 *  re-ingested, removed or given other headlines ranks as if they were still there twice. */
const STALE_ROWS = "fts_stale_rows";

/** Rebuild the full-text tables once the rows deleted since they were built reach this share of
 *  the documents: a term's BM25 weight, ln((N − n + 0.5) / (n + 0.5)), is then read with N at
 *  most 1.2 times the documents, 0.18 more for a rare term (of ~8), and a corpus whose dump is
 *  re-ingested every day does not drift without end. A rebuild is the upgrade's (~45 s at 100k). */
const STALE_SHARE = 0.2;

function countStale(db: DB, rows: number): void {
  if (rows > 0) statement(db, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = value + excluded.value").run(STALE_ROWS, rows);
}

/** The full-text rows deleted since the tables were built, and the documents; `due` when the
 *  tables should be built again (rebuildFullText) for BM25 to count the documents as they are. */
export function staleFullText(db: DB): { stale: number; documents: number; due: boolean } {
  const stale = Number((statement(db, "SELECT value FROM meta WHERE key = ?").get(STALE_ROWS) as { value: string } | undefined)?.value ?? 0);
  const documents = statement(db, "SELECT count(*) AS n FROM documents WHERE canonical_id IS NULL").get() as { n: number };
  return { stale, documents: documents.n, due: stale > 0 && stale >= STALE_SHARE * documents.n };
}

/** Remove a canonical document's full-text rows and its other headlines. A copy has no rows
 *  of its own: its headline, if one of its canonical's, goes through syncAlternateTitles (which
 *  needs the stored alternates to say what the canonical's rows hold). */
export function removeFromFts(db: DB, rowid: number): void {
  countStale(db, statement(db, "DELETE FROM fts WHERE rowid = ?").run(rowid).changes);
  statement(db, "DELETE FROM fts_title WHERE rowid = ?").run(rowid);
  removeAlternates(db, storedAlternates(db, rowid));
}

/** Add a canonical document's full-text rows, with the other headlines of its copies: in
 *  fts_title each its own row, and in the fts row after its own title, so that a query whose
 *  words are only in a copy's headline matches the document at all (fts_title only scores the
 *  documents fts matched). Rewriting a row when a headline comes or goes costs the writer a
 *  second tokenisation of the body: 165 ms CPU for the 173 documents that got one in
 *  bench/ingest/writer.ts --limit 6000 (17,013 documents, ~11 s), measured in bench/search/README.md. */
export function addToFts(db: DB, rowid: number, row: FtsRow, alternates: AlternateTitle[] = []): void {
  const title = [row.title, ...alternates.map((a) => a.tokens)].join(" ");
  statement(db, "INSERT INTO fts (rowid, title, body, entities, forms) VALUES (?, ?, ?, ?, ?)").run(rowid, title, row.body, row.entities, row.forms);
  addTitle(db, rowid, row.titleTerms);
  addAlternates(db, rowid, alternates);
}

function addTitle(db: DB, rowid: number, titleTokens: string): void {
  if (titleTokens) statement(db, "INSERT INTO fts_title (rowid, title) VALUES (?, ?)").run(rowid, titleTokens);
}

function addAlternates(db: DB, docRowid: number, alternates: AlternateTitle[]): void {
  for (const a of alternates) {
    addTitle(db, a.rowid, a.titleTerms);
    statement(db, `INSERT INTO ${ALTERNATE_TITLES} (rowid, doc_rowid, tokens) VALUES (?, ?, ?)`).run(a.rowid, docRowid, a.tokens);
  }
}

function removeAlternates(db: DB, alternates: StoredAlternate[]): void {
  for (const a of alternates) {
    countStale(db, statement(db, "DELETE FROM fts_title WHERE rowid = ?").run(a.rowid).changes);
    statement(db, `DELETE FROM ${ALTERNATE_TITLES} WHERE rowid = ?`).run(a.rowid);
  }
}

/** What alternate_titles keeps of a headline. */
type StoredAlternate = Omit<AlternateTitle, "titleTerms">;

function storedAlternates(db: DB, docRowid: number): StoredAlternate[] {
  return statement(db, `SELECT rowid, tokens FROM ${ALTERNATE_TITLES} WHERE doc_rowid = ? ORDER BY rowid`).all(docRowid) as StoredAlternate[];
}

/** The other headlines of a canonical document: each distinct title of its copies (compared
 *  as indexed, so case or script variants of one headline count once) that is not its own,
 *  at the first copy carrying it. */
export function alternateTitles(db: DB, id: string, ownTokens: string): AlternateTitle[] {
  const copies = statement(db, "SELECT rowid, title FROM documents WHERE canonical_id = ? ORDER BY rowid").all(id) as { rowid: number; title: string }[];
  const seen = new Set([ownTokens]);
  const out: AlternateTitle[] = [];
  for (const c of copies) {
    const tokens = indexTokens(c.title);
    if (!tokens || seen.has(tokens)) continue;
    seen.add(tokens);
    out.push({ rowid: c.rowid, tokens, titleTerms: titleTerms(c.title) });
  }
  return out;
}

/** Bring a canonical document's other headlines up to date with its copies, after a copy was
 *  added, changed or removed. Nothing is written when they are the same; when the headlines
 *  themselves changed and the fts row carries them, the row is rewritten (its body tokenised
 *  again: the row keeps no text). A document that is not canonical, has no text or is gone
 *  keeps none. `addedTitle`: a copy with this headline was just added, and if the document
 *  has the headline already nothing changes (without reading every copy's title again: a page
 *  repeated thousands of times would make that quadratic). */
export function syncAlternateTitles(db: DB, id: string, addedTitle?: string): void {
  const doc = statement(db, "SELECT rowid, title, text, canonical_id FROM documents WHERE id = ?").get(id) as
    | { rowid: number; title: string; text: string; canonical_id: string | null }
    | undefined;
  if (!doc) return;
  const stored = storedAlternates(db, doc.rowid);
  const searchable = doc.canonical_id === null && doc.text.trim() !== "";
  const own = searchable ? indexTokens(doc.title) : "";
  if (addedTitle !== undefined && searchable) {
    const added = indexTokens(addedTitle);
    if (!added || added === own || stored.some((a) => a.tokens === added)) return;
  }
  const wanted = searchable ? alternateTitles(db, id, own) : [];
  const key = (list: StoredAlternate[]) => list.map((a) => `${a.rowid}\0${a.tokens}`).join("\n");
  if (key(stored) === key(wanted)) return;
  const headlines = (list: StoredAlternate[]) => list.map((a) => a.tokens).join("\n");
  if (searchable && headlines(stored) !== headlines(wanted)) {
    removeFromFts(db, doc.rowid);
    addToFts(db, doc.rowid, storedFtsRow(db, doc.rowid, doc.title, doc.text), wanted);
    return;
  }
  removeAlternates(db, stored);
  addAlternates(db, doc.rowid, wanted);
}

/** Write every full-text row anew from the stored documents, for an index file an older wenku
 *  wrote: one without fts_title or alternate_titles (versions 1, 2), with value terms in its
 *  titles (3), with letter words joined by dots as one term (before 4; see tokens.ts), or
 *  without the forms column and with words joined to numbers as one term (before 5), with
 *  English function words in its titles (before 6); or for BM25 totals that count deleted
 *  rows (staleFullText). Every searchable document (canonical, with text) gets its rows and
 *  its copies' headlines again. Returns the documents. */
export function rebuildFullText(db: DB): number {
  db.exec(`DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS ${TITLE_TABLE};`);
  db.exec(FTS_SCHEMA);
  db.exec(`DELETE FROM ${ALTERNATE_TITLES}`);
  // The rowids first: better-sqlite3 allows no write while a statement is still iterating.
  const rowids = db.prepare("SELECT rowid FROM documents WHERE canonical_id IS NULL").pluck().all() as number[];
  const read = db.prepare("SELECT id, title, text FROM documents WHERE rowid = ?");
  let n = 0;
  for (const rowid of rowids) {
    const doc = read.get(rowid) as { id: string; title: string; text: string };
    if (!doc.text.trim()) continue;
    const row = storedFtsRow(db, rowid, doc.title, doc.text);
    addToFts(db, rowid, row, alternateTitles(db, doc.id, row.title));
    n++;
  }
  statement(db, "DELETE FROM meta WHERE key = ?").run(STALE_ROWS);
  return n;
}

