import Database from "better-sqlite3";
import { FTS_SCHEMA, rebuildFullText } from "./fts.js";

export type DB = Database.Database;

// better-sqlite3 compiles a statement on every prepare() (tens of microseconds each); the
// writer runs the same dozen statements hundreds of thousands of times in a big ingest.
const statements = new WeakMap<DB, Map<string, Database.Statement>>();

/** A prepared statement for `sql` on `db`, compiled once per connection. */
export function statement(db: DB, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = db.prepare(sql)));
  return s;
}

/** The index file format this wenku writes. 2: copies' headlines are titles of their
 *  canonical document (alternate_titles, fts.ts), which a wenku writing version 1 would leave
 *  stale, so that one refuses a version 2 file. 3: fts_title holds titles without value terms
 *  (titleTerms). 4: letter words joined by dots are cut into words (REXN.O, U.S., shares.The;
 *  tokens.ts). 5: so are words joined to numbers by hyphens or slashes (10-year, covid-19), and
 *  fts has a forms column (English words as written, fts.ts). 6: fts_title leaves out English
 *  function words (titleTerms). An older file is upgraded on a writable open. */
export const SCHEMA_VERSION = 6;

const WRITER_CACHE_KB = 32_768;
const WAL_CHECKPOINT_PAGES = 16_384;


// A function, not a constant: fts.ts imports this module too, and a constant built from
// FTS_SCHEMA at load time would depend on which of the two loads first.
const schema = () => `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- One row per input file, written in the same transaction as its documents, so a file is
-- either fully ingested or not at all.
CREATE TABLE IF NOT EXISTS files (
  path        TEXT PRIMARY KEY,
  hash        TEXT NOT NULL,
  records     INTEGER NOT NULL,
  problems    INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL,
  -- 0 while a run is part-way through the file: records_done of them are committed, and the
  -- next run with the same hash resumes there.
  complete     INTEGER NOT NULL DEFAULT 1,
  records_done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS documents (
  rowid        INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  -- The input path as the user gave it, and its absolute form that identifies the file.
  path         TEXT NOT NULL,
  file         TEXT NOT NULL,
  record       INTEGER NOT NULL,
  title        TEXT NOT NULL,
  date         TEXT,
  author       TEXT,
  source       TEXT,
  url          TEXT,
  lang         TEXT NOT NULL,
  text         TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  -- NULL for a canonical document; else the id of the document this one duplicates.
  canonical_id TEXT,
  duplicate_kind TEXT,
  encoding     TEXT NOT NULL,
  replacement_chars INTEGER NOT NULL,
  raw_container TEXT NOT NULL,
  raw_format   TEXT NOT NULL,
  raw_text     TEXT NOT NULL,
  raw_meta     TEXT NOT NULL,
  removed      TEXT NOT NULL,
  segments     TEXT NOT NULL,
  empty_reason TEXT,
  ingested_at  TEXT NOT NULL,
  UNIQUE (file, record)
);
CREATE INDEX IF NOT EXISTS documents_content_hash ON documents (content_hash);
CREATE INDEX IF NOT EXISTS documents_canonical ON documents (canonical_id);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date);
-- What search filters and orders by, narrow: search joins every match to it instead of to
-- the documents' rows, which hold their texts (search.ts, FILTER_INDEX).
CREATE INDEX IF NOT EXISTS documents_filters ON documents (rowid, date, lang);
CREATE TABLE IF NOT EXISTS mentions (
  doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  name      TEXT NOT NULL,
  type      TEXT NOT NULL,
  text      TEXT NOT NULL,
  start     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  source    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_rowid);
CREATE INDEX IF NOT EXISTS mentions_name ON mentions (name);
CREATE TABLE IF NOT EXISTS figures (
  doc_rowid  INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  value_num  REAL,
  value_text TEXT,
  value_max  REAL,
  unit       TEXT NOT NULL,
  approx     INTEGER NOT NULL,
  direction  TEXT,
  basis      TEXT,
  entity     TEXT,
  text       TEXT NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc_rowid);
-- MinHash LSH band keys (band index * 2^32 + band hash) of each document long enough to
-- compare: documents sharing a key are near-duplicate candidates.
-- Keyed by (key, doc_rowid) without a rowid: one B-tree serves the candidate look-up, where a
-- rowid table needed itself and an index on key (16 rows per document make it the writer's
-- most-written table). Index files made before keep their rowid table; both read alike.
CREATE TABLE IF NOT EXISTS near_keys (
  key       INTEGER NOT NULL,
  doc_rowid INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
  PRIMARY KEY (key, doc_rowid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS near_keys_doc ON near_keys (doc_rowid);
CREATE INDEX IF NOT EXISTS figures_kind ON figures (kind, value_num);
-- Every known name of every entity, folded (NFKC, lower case, Simplified), for query expansion.
-- Several surface forms may fold alike (联想, 聯想): each is kept for display.
CREATE TABLE IF NOT EXISTS aliases (
  folded TEXT NOT NULL,
  alias  TEXT NOT NULL,
  name   TEXT NOT NULL,
  type   TEXT NOT NULL,
  PRIMARY KEY (folded, alias)
);
CREATE INDEX IF NOT EXISTS aliases_name ON aliases (name);
-- Corpus-level boilerplate evidence (see store.ts, "Boilerplate evidence"): per source (a site,
-- a folder of saved pages, a dump file) and input file, how many documents carry each short
-- line (by lineFingerprint of @wenku/clean), and how many documents the file gave the source.
-- Replaced file by file, so re-reading a file never counts it twice.
CREATE TABLE IF NOT EXISTS boilerplate_lines (
  source      TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  file        TEXT NOT NULL,
  documents   INTEGER NOT NULL,
  PRIMARY KEY (source, fingerprint, file)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS boilerplate_lines_file ON boilerplate_lines (file);
CREATE TABLE IF NOT EXISTS boilerplate_sources (
  source    TEXT NOT NULL,
  file      TEXT NOT NULL,
  documents INTEGER NOT NULL,
  PRIMARY KEY (source, file)
) WITHOUT ROWID;
-- A file's evidence is read back and replaced by file (storedEvidence, replaceEvidence).
CREATE INDEX IF NOT EXISTS boilerplate_sources_file ON boilerplate_sources (file);
${FTS_SCHEMA}
`;

/** What openDatabase does to an index file an older wenku wrote, said before it starts: the
 *  full-text rows are written anew (about 45 s for 100k documents, once). */
export interface IndexUpgrade {
  from: number;
  to: number;
  documents: number;
}

export function openDatabase(path: string, options: { readonly?: boolean; onUpgrade?: (upgrade: IndexUpgrade) => void } = {}): DB {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  // Before anything else: creating the schema (or filling a new table) waits for another
  // process's write transaction to end instead of failing at once.
  db.pragma("busy_timeout = 5000");
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    // Safe against a killed process in WAL mode (a commit is in the log before it returns);
    // only a power cut can lose the last commits.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    // Bulk ingest: with SQLite's defaults (2 MB page cache, a checkpoint every 4 MB of log)
    // the writer spent over half its time re-reading index pages and waiting on checkpoint
    // fsyncs (bench/ingest/writer.ts). A 32 MB cache holds the hot B-tree pages (16 and 64 MB
    // measured the same on a 150 MB index; memory is the tighter budget); a checkpoint every
    // 64 MB of log does the same work in fewer syncs, and the log is cut back to that size.
    db.pragma(`cache_size = -${WRITER_CACHE_KB}`);
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_CHECKPOINT_PAGES * 4096}`);
    db.pragma("temp_store = MEMORY");
    const version = currentVersion(db);
    if (version !== undefined && !(version <= SCHEMA_VERSION)) {
      db.close();
      throw new Error(`${path}: index schema version ${version} is newer than this wenku's (${SCHEMA_VERSION}); use a newer wenku or re-ingest into a new file`);
    }
    // Every version so far changed what the full-text rows hold.
    const rebuild = hasSchemaObject(db, "documents") && (version ?? 0) < SCHEMA_VERSION;
    if (rebuild) options.onUpgrade?.({ from: version ?? 0, to: SCHEMA_VERSION, documents: db.prepare("SELECT count(*) FROM documents WHERE canonical_id IS NULL").pluck().get() as number });
    db.transaction(() => {
      db.exec(schema());
      addMissingColumns(db);
      if (rebuild) rebuildFullText(db);
      db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(SCHEMA_VERSION));
    })();
  }
  return db;
}

/** Whether the file has this table or index: index files grow them across versions of wenku,
 *  and one opened read-only cannot add them. */
export function hasSchemaObject(db: DB, name: string): boolean {
  return statement(db, "SELECT 1 FROM sqlite_master WHERE name = ?").get(name) !== undefined;
}

function currentVersion(db: DB): number | undefined {
  if (!hasSchemaObject(db, "meta")) return undefined;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  return row ? Number(row.value) : undefined;
}

/** Columns added since an index file was created: additive, so older files keep working. */
function addMissingColumns(db: DB): void {
  const have = new Set((db.prepare("PRAGMA table_info(files)").all() as { name: string }[]).map((c) => c.name));
  if (!have.has("complete")) db.exec("ALTER TABLE files ADD COLUMN complete INTEGER NOT NULL DEFAULT 1");
  if (!have.has("records_done")) db.exec("ALTER TABLE files ADD COLUMN records_done INTEGER NOT NULL DEFAULT 0");
}
