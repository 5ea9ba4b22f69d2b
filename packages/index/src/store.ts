import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { resolve } from "node:path";
import type { Analysis } from "@wenku/analyze";
import type { CleanDoc, Removal } from "@wenku/clean";
import { sameFigures, shingles, shinglesOverlap, type RawRecord, type Shingles } from "@wenku/ingest";
import { statement, type DB } from "./db.js";
import { addToFts, alternateTitles, ftsRow, removeFromFts, storedFtsRow, syncAlternateTitles, type FtsRow } from "./fts.js";
import { fold } from "./tokens.js";

/** One record after every stage: what the index stores. */
export interface ProcessedRecord {
  raw: RawRecord;
  clean: CleanDoc;
  analysis: Analysis;
  /** contentHash(clean.text), when the worker computed it already. */
  contentHash?: string;
  /** MinHash band keys and the sorted shingle hashes, for texts long enough to compare. */
  near?: { keys: number[]; shingles: Uint32Array };
  /** The full-text row (see ftsRow), when the worker computed it already. */
  fts?: FtsRow;
  /** raw.text and the JSON of clean.removed deflated (see deflateText), when the worker
   *  compressed them already. */
  packed?: { raw: Uint8Array; removed: Uint8Array };
  /** clean.removed.length, when the removals travel only in `packed` (clean.removed empty). */
  removedSpans?: number;
}

/** An input file being written: the run's view of it. */
export interface FileInProgress {
  path: string;
  hash: string;
  /** Records read so far (the last record's index + 1). */
  records: number;
  /** Problems that skipped something in it. */
  problems: number;
}

/** One step of a batch: a record (processed, or undefined when processing failed), the end
 *  of a file, or a file's corpus-boilerplate evidence (written before the file's records, in
 *  the same transaction as the first of them: see replaceEvidence). */
export type BatchItem =
  | { kind: "record"; file: FileInProgress; raw: RawRecord; processed?: ProcessedRecord }
  | { kind: "end"; file: FileInProgress }
  | { kind: "evidence"; path: string; evidence: FileEvidence };

export interface BatchResult {
  outcomes: WriteOutcome[];
  duplicates: { exact: number; near: number };
}

export type WriteOutcome = "added" | "updated" | "unchanged";

/** A document's id: stable for its origin (file + record), so re-ingesting a changed file
 *  updates the same document instead of adding another. */
export function documentId(path: string, record: number): string {
  return createHash("sha256").update(`${resolve(path)}\0${record}`).digest("hex").slice(0, 16);
}

/** Identity of the clean text for exact-duplicate detection: folded, whitespace dropped. */
export function contentHash(text: string): string {
  return createHash("sha256").update(fold(text).text.replace(/\s+/g, "")).digest("hex");
}

/**
 * Two columns are kept for showing, never searched: a document's raw input (`show --raw`, and
 * re-cleaning without the source file) and what cleaning removed with the text of each span
 * (`show --removed`; an HTML page's removals hold most of the page). They are stored deflated:
 * together they were two thirds of the bytes the writer pushed through SQLite. Indexes written
 * before this hold them as TEXT; `storedText` reads both.
 */
export function deflateText(text: string): Uint8Array {
  // Level 3: most of level 6's ratio on text at about twice the speed.
  return deflateRawSync(Buffer.from(text, "utf8"), { level: 3 });
}

export function storedText(stored: string | Uint8Array): string {
  return typeof stored === "string" ? stored : inflateRawSync(stored).toString("utf8");
}

/** The compressed columns of a record (done by the worker threads; here for callers that
 *  write records they built themselves). */
export function packRecord(raw: RawRecord, clean: CleanDoc): { raw: Uint8Array; removed: Uint8Array } {
  return { raw: deflateText(raw.text), removed: deflateText(JSON.stringify(storedRemovals(clean))) };
}

/** What the `removed` column holds: the text's removals, as a plain list (as indexes written
 *  before title removals were recorded hold them), or with the title's when any were cut. */
export type StoredRemovals = Removal[] | { text: Removal[]; title: Removal[]; originalTitle: string };

function storedRemovals(clean: CleanDoc): StoredRemovals {
  return clean.titleRemoved.length ? { text: clean.removed, title: clean.titleRemoved, originalTitle: clean.originalTitle } : clean.removed;
}

/** Read the `removed` column back (deflated or TEXT, either shape). */
export function readRemovals(stored: string | Uint8Array): { text: Removal[]; title: Removal[]; originalTitle: string | null } {
  const parsed = JSON.parse(storedText(stored)) as StoredRemovals;
  return Array.isArray(parsed) ? { text: parsed, title: [], originalTitle: null } : parsed;
}

function rawTextEquals(stored: string | Uint8Array, text: string, deflated: Uint8Array): boolean {
  return typeof stored === "string" ? stored === text : Buffer.compare(stored, deflated) === 0 || storedText(stored) === text;
}

export function fileKey(path: string): string {
  return resolve(path);
}

/** What the index knows of an input file: its hash, and whether the run that wrote it got to
 *  the end (if not, how many records it committed). */
export function fileState(db: DB, path: string): { hash: string; complete: boolean; recordsDone: number } | undefined {
  const row = statement(db, "SELECT hash, complete, records_done FROM files WHERE path = ?").get(fileKey(path)) as { hash: string; complete: number; records_done: number } | undefined;
  return row && { hash: row.hash, complete: row.complete === 1, recordsDone: row.records_done };
}

/**
 * Write one batch in one transaction: its records, and for each file it touches how far the
 * run got (records_done), or, at a file's end, the file's completion and the removal of
 * records it no longer has. A SIGKILL at any moment leaves every batch wholly written or not
 * at all, and the files table says exactly where to resume.
 */
export function writeBatch(db: DB, items: BatchItem[]): BatchResult {
  const now = new Date().toISOString();
  const tx = db.transaction((): BatchResult => {
    const result: BatchResult = { outcomes: [], duplicates: { exact: 0, near: 0 } };
    // Only each file's last record in the batch needs its progress written: the batch is one
    // transaction, so the intermediate values could never be seen.
    const lastOfFile = new Map<FileInProgress, number>();
    items.forEach((item, i) => item.kind === "record" && lastOfFile.set(item.file, i));
    items.forEach((item, i) => {
      if (item.kind === "record") {
        if (item.processed) {
          const w = writeRecord(db, item.processed, now);
          result.outcomes.push(w.outcome);
          if (w.duplicate) result.duplicates[w.duplicate]++;
        }
        if (lastOfFile.get(item.file) === i) writeFileRow(db, item.file, item.raw.record + 1, false, now);
      } else if (item.kind === "end") {
        finishFile(db, item.file, now);
      } else {
        replaceEvidence(db, item.path, item.evidence);
      }
    });
    return result;
  });
  try {
    return tx.immediate();
  } catch (err) {
    // Rolled back: rowids the cache knows may be given to other documents later.
    recentShingles.delete(db);
    throw err;
  }
}

/** The files row: how far the run got into a file (records_done), and whether it is complete. */
function writeFileRow(db: DB, file: FileInProgress, recordsDone: number, complete: boolean, now: string): void {
  statement(
    db,
    "INSERT INTO files (path, hash, records, problems, ingested_at, complete, records_done) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, records = excluded.records, problems = excluded.problems, ingested_at = excluded.ingested_at, complete = excluded.complete, records_done = excluded.records_done",
  ).run(fileKey(file.path), file.hash, complete ? file.records : recordsDone, file.problems, now, complete ? 1 : 0, recordsDone);
}

/** A file's last step: drop the records it no longer has, mark it complete. */
function finishFile(db: DB, file: FileInProgress, now: string): void {
  const stale = statement(db, "SELECT rowid, id, canonical_id FROM documents WHERE file = ? AND record >= ?").all(fileKey(file.path), file.records) as { rowid: number; id: string; canonical_id: string | null }[];
  for (const s of stale) {
    if (s.canonical_id === null) removeFromFts(db, s.rowid);
    statement(db, "DELETE FROM documents WHERE rowid = ?").run(s.rowid);
    shingleCache(db).delete(s.rowid);
    // A copy's headline goes from its canonical's titles; a canonical's first copy takes its place.
    if (s.canonical_id !== null) syncAlternateTitles(db, s.canonical_id);
    else promoteCopies(db, s.id);
  }
  writeFileRow(db, file, file.records, true, now);
}

interface ExistingDoc {
  rowid: number;
  content_hash: string;
  raw_text: string | Uint8Array;
  canonical_id: string | null;
  title: string;
}

/** A canonical document is going away or changing (its full-text rows and other headlines are
 *  already removed): its first copy takes its place, so the text stays searchable, the other
 *  copies stay linked and their headlines stay titles of the heir. */
function promoteCopies(db: DB, id: string): void {
  const copies = statement(db, "SELECT rowid, id, title, text FROM documents WHERE canonical_id = ? ORDER BY rowid").all(id) as { rowid: number; id: string; title: string; text: string }[];
  const [heir, ...rest] = copies;
  if (!heir) return;
  statement(db, "UPDATE documents SET canonical_id = NULL, duplicate_kind = NULL WHERE rowid = ?").run(heir.rowid);
  for (const c of rest) statement(db, "UPDATE documents SET canonical_id = ? WHERE rowid = ?").run(heir.id, c.rowid);
  const row = storedFtsRow(db, heir.rowid, heir.title, heir.text);
  addToFts(db, heir.rowid, row, alternateTitles(db, heir.id, row.title));
}

/**
 * Write one input file's records in one transaction: its documents, their entities and
 * figures, the full-text rows and the file's hash. A crash leaves the file either fully
 * ingested or untouched.
 */
export function writeFile(db: DB, path: string, fileHash: string, problems: number, records: ProcessedRecord[]): WriteOutcome[] {
  const file: FileInProgress = { path, hash: fileHash, records: records.length ? Math.max(...records.map((r) => r.raw.record)) + 1 : 0, problems };
  const items: BatchItem[] = records.map((r) => ({ kind: "record", file, raw: r.raw, processed: r }));
  return writeBatch(db, [...items, { kind: "end", file }]).outcomes;
}

const DOCUMENT_COLUMNS = [
  "id", "path", "file", "record", "title", "date", "author", "source", "url", "lang", "text", "content_hash", "canonical_id", "duplicate_kind",
  "encoding", "replacement_chars", "raw_container", "raw_format", "raw_text", "raw_meta", "removed", "segments", "empty_reason", "ingested_at",
] as const;
const INSERT_DOCUMENT = `INSERT INTO documents (${DOCUMENT_COLUMNS.join(", ")}) VALUES (${DOCUMENT_COLUMNS.map((c) => "@" + c).join(", ")})`;
const UPDATE_DOCUMENT = `UPDATE documents SET ${DOCUMENT_COLUMNS.filter((c) => c !== "id").map((c) => `${c} = @${c}`).join(", ")} WHERE rowid = @rowid`;
const INSERT_FIGURE =
  "INSERT INTO figures (doc_rowid, kind, value_num, value_text, value_max, unit, approx, direction, basis, entity, text, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

function writeRecord(db: DB, r: ProcessedRecord, now: string): { outcome: WriteOutcome; duplicate?: "exact" | "near" } {
  const id = documentId(r.raw.path, r.raw.record);
  const hash = r.contentHash ?? contentHash(r.clean.text);
  const packed = r.packed ?? packRecord(r.raw, r.clean);
  const existing = statement(db, "SELECT rowid, content_hash, raw_text, canonical_id, title FROM documents WHERE id = ?").get(id) as ExistingDoc | undefined;
  if (existing && existing.content_hash === hash && rawTextEquals(existing.raw_text, r.raw.text, packed.raw) && existing.title === r.clean.title) return { outcome: "unchanged" };

  const exact = r.clean.text.trim()
    ? (statement(db, "SELECT id FROM documents WHERE content_hash = ? AND canonical_id IS NULL AND id != ? ORDER BY rowid LIMIT 1").get(hash, id) as { id: string } | undefined)
    : undefined;
  const near = exact || !r.near ? undefined : findNearDuplicate(db, id, r.clean.text, r.near);
  const canonical = exact ?? near;
  const row = {
    id,
    path: r.raw.path,
    file: fileKey(r.raw.path),
    record: r.raw.record,
    title: r.clean.title,
    date: r.clean.date,
    author: r.clean.author,
    source: r.clean.source,
    url: r.clean.url,
    lang: r.clean.lang,
    text: r.clean.text,
    content_hash: hash,
    canonical_id: canonical?.id ?? null,
    duplicate_kind: exact ? "exact" : near ? "near" : null,
    encoding: r.raw.encoding,
    replacement_chars: r.raw.replacementChars,
    raw_container: r.raw.container,
    raw_format: r.raw.format,
    raw_text: packed.raw,
    raw_meta: JSON.stringify(r.raw.meta),
    removed: packed.removed,
    segments: JSON.stringify(r.clean.segments),
    empty_reason: r.clean.empty,
    ingested_at: now,
  } satisfies Record<(typeof DOCUMENT_COLUMNS)[number], unknown>;
  let rowid: number;
  if (existing) {
    rowid = existing.rowid;
    if (existing.canonical_id === null) {
      removeFromFts(db, rowid);
      if (existing.content_hash !== hash) promoteCopies(db, id);
    }
    statement(db, "DELETE FROM mentions WHERE doc_rowid = ?").run(rowid);
    statement(db, "DELETE FROM figures WHERE doc_rowid = ?").run(rowid);
    statement(db, "DELETE FROM near_keys WHERE doc_rowid = ?").run(rowid);
    statement(db, UPDATE_DOCUMENT).run({ ...row, rowid });
    // A copy re-ingested (another headline, another text, or no longer a copy): its old
    // canonical's headlines follow, before this document gets rows of its own at this rowid.
    if (existing.canonical_id !== null) syncAlternateTitles(db, existing.canonical_id);
  } else {
    rowid = Number(statement(db, INSERT_DOCUMENT).run(row).lastInsertRowid);
  }
  const mention = statement(db, "INSERT INTO mentions (doc_rowid, name, type, text, start, end, source) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const e of r.analysis.entities) mention.run(rowid, e.name, e.type, e.text, e.start, e.end, e.source);
  const figure = statement(db, INSERT_FIGURE);
  for (const f of r.analysis.figures) {
    figure.run(
      rowid, f.kind,
      typeof f.value === "number" ? f.value : null,
      typeof f.value === "string" ? f.value : null,
      f.valueMax ?? null, f.unit, f.approx ? 1 : 0, f.direction ?? null, f.basis ?? null, f.entity ?? null,
      f.text, f.start, f.end,
    );
  }
  const cache = shingleCache(db);
  cache.delete(rowid);
  if (r.near) {
    const key = statement(db, "INSERT OR IGNORE INTO near_keys (key, doc_rowid) VALUES (?, ?)");
    for (const k of r.near.keys) key.run(k, rowid);
    if (!canonical) cache.set(rowid, r.near.shingles);
  }
  // Only canonical documents with text are searchable; copies point at their canonical one, and
  // their headlines are titles of it. A document written before has kept its copies, if any.
  if (!canonical && r.clean.text.trim()) {
    const fts = r.fts ?? ftsRow(r.clean.title, r.clean.text, r.analysis.entities.map((e) => e.name));
    addToFts(db, rowid, fts, existing ? alternateTitles(db, id, fts.title) : []);
  }
  if (canonical && canonical.id !== existing?.canonical_id) syncAlternateTitles(db, canonical.id, r.clean.title);
  const outcome = existing ? "updated" : "added";
  return canonical ? { outcome, duplicate: exact ? "exact" : "near" } : { outcome };
}

/** Shingle sets of the canonical documents written most recently, by rowid: reposts usually
 *  follow their original closely in a dump, and recomputing a candidate's shingles from its
 *  text was most of the writer's near-duplicate time. Bounded by the number of shingles held
 *  (4 bytes each). */
class ShingleCache {
  private readonly sets = new Map<number, Shingles>();
  private held = 0;
  constructor(private readonly maxShingles: number) {}
  get(rowid: number): Shingles | undefined {
    return this.sets.get(rowid);
  }
  set(rowid: number, set: Shingles): void {
    this.delete(rowid);
    this.sets.set(rowid, set);
    this.held += set.length;
    for (const [oldest, s] of this.sets) {
      if (this.held <= this.maxShingles) break;
      this.sets.delete(oldest);
      this.held -= s.length;
    }
  }
  delete(rowid: number): void {
    const s = this.sets.get(rowid);
    if (!s) return;
    this.sets.delete(rowid);
    this.held -= s.length;
  }
}
const SHINGLE_CACHE_SIZE = 2_000_000;
const recentShingles = new WeakMap<DB, ShingleCache>();
function shingleCache(db: DB): ShingleCache {
  let c = recentShingles.get(db);
  if (!c) recentShingles.set(db, (c = new ShingleCache(SHINGLE_CACHE_SIZE)));
  return c;
}

/** The earliest canonical document sharing a MinHash band with this one whose shingles, compared
 *  exactly, make it the same article (see NEAR_DUPLICATE in @wenku/ingest). */
function findNearDuplicate(db: DB, id: string, text: string, near: NonNullable<ProcessedRecord["near"]>): { id: string } | undefined {
  const marks = near.keys.map(() => "?").join(", ");
  // CROSS JOIN and the unary + keep SQLite on the band-key index: left to itself it walks
  // every canonical document through documents_canonical, which made ingest quadratic.
  const candidates = statement(db, `SELECT DISTINCT d.rowid, d.id FROM near_keys k CROSS JOIN documents d ON d.rowid = k.doc_rowid WHERE k.key IN (${marks}) AND +d.canonical_id IS NULL AND d.id != ? ORDER BY d.rowid LIMIT 50`)
    .all(...near.keys, id) as { rowid: number; id: string }[];
  const cache = shingleCache(db);
  const textOf = statement(db, "SELECT text FROM documents WHERE rowid = ?").pluck();
  for (const c of candidates) {
    let theirText: string | undefined;
    let theirs = cache.get(c.rowid);
    if (!theirs) {
      theirText = textOf.get(c.rowid) as string;
      theirs = shingles(theirText);
    }
    if (!shinglesOverlap(near.shingles, theirs)) continue;
    if (sameFigures(text, theirText ?? (textOf.get(c.rowid) as string))) return { id: c.id };
  }
  return undefined;
}

/** Record every name of every known entity, folded, for query expansion. */
export function writeAliases(db: DB, entries: { name: string; type: string; aliases: string[] }[]): void {
  const put = db.prepare("INSERT INTO aliases (folded, alias, name, type) VALUES (?, ?, ?, ?)");
  db.transaction(() => {
    // Each name's aliases are the ones given now: an alias taken out of the gazetteer or the
    // thesaurus (a short form that also matched other words) leaves the index too. Names not
    // given (another run's --gazetteer) keep theirs.
    const forget = db.prepare("DELETE FROM aliases WHERE name = ?");
    for (const name of new Set(entries.map((e) => e.name))) forget.run(name);
    // A later entry owns a folded form outright, so one form never expands to two entities.
    const drop = db.prepare("DELETE FROM aliases WHERE folded = ? AND name != ?");
    for (const e of entries) {
      for (const alias of new Set([e.name, ...e.aliases])) {
        const folded = fold(alias).text.trim();
        if (!folded) continue;
        drop.run(folded, e.name);
        statement(db, "DELETE FROM aliases WHERE folded = ? AND alias = ?").run(folded, alias);
        put.run(folded, alias, e.name, e.type);
      }
    }
  })();
}

// ---------------------------------------------------------------------------------------
// Boilerplate evidence: lines repeated across the documents of one source, learnt by a
// pre-pass over each input file before its records are cleaned, kept in the index so later
// runs reuse and extend it. Counting is done here rather than with @wenku/clean's
// BoilerplateLearner because its counts are private and these must be stored per file; the
// fingerprint (lineFingerprint) and the thresholds are the learner's.

/** A line is boilerplate of its source once this many documents carry it… */
export const BOILERPLATE_MIN_DOCUMENTS = 3;
/** …and at least this share of the source's documents. */
export const BOILERPLATE_MIN_SHARE = 0.05;

/** One input file's evidence: for each source its records belong to, the documents read and
 *  how many of them carry each line. */
export type FileEvidence = Map<string, { documents: number; lines: Map<string, number> }>;

/** Only lines seen in at least two of the file's documents are kept for a source the file gave
 *  many documents (a line in one document of a big dump is content), every line for a source it
 *  gave a few (a saved page among others of its site). */
export function storableEvidence(evidence: FileEvidence): FileEvidence {
  const kept: FileEvidence = new Map();
  for (const [source, e] of evidence) {
    const minimum = e.documents >= SMALL_FILE_DOCUMENTS ? 2 : 1;
    const lines = new Map<string, number>();
    for (const [fingerprint, n] of e.lines) if (n >= minimum) lines.set(fingerprint, n);
    kept.set(source, { documents: e.documents, lines });
  }
  return kept;
}
const SMALL_FILE_DOCUMENTS = 20;

/** Replace a file's evidence (a re-read file is counted once) with `evidence`, already
 *  storable. Runs inside writeBatch: the pipeline sends a file's evidence to the writer ahead of
 *  its records, so it is committed with the first of them rather than in a transaction of its
 *  own (a commit per file cost 5 ms, most of the pre-pass's time on folders of saved pages). */
function replaceEvidence(db: DB, file: string, evidence: FileEvidence): void {
  const key = fileKey(file);
  statement(db, "DELETE FROM boilerplate_lines WHERE file = ?").run(key);
  statement(db, "DELETE FROM boilerplate_sources WHERE file = ?").run(key);
  const line = statement(db, "INSERT INTO boilerplate_lines (source, fingerprint, file, documents) VALUES (?, ?, ?, ?)");
  for (const [source, e] of evidence) {
    statement(db, "INSERT INTO boilerplate_sources (source, file, documents) VALUES (?, ?, ?)").run(source, key, e.documents);
    for (const [fingerprint, n] of e.lines) line.run(source, fingerprint, key, n);
  }
}

/** What one input file's evidence holds in the index (empty for a file never counted). */
export function storedEvidence(db: DB, file: string): FileEvidence {
  const key = fileKey(file);
  const evidence: FileEvidence = new Map();
  for (const r of statement(db, "SELECT source, documents FROM boilerplate_sources WHERE file = ?").all(key) as { source: string; documents: number }[]) {
    evidence.set(r.source, { documents: r.documents, lines: new Map() });
  }
  for (const r of statement(db, "SELECT source, fingerprint, documents FROM boilerplate_lines WHERE file = ?").all(key) as { source: string; fingerprint: string; documents: number }[]) {
    let e = evidence.get(r.source);
    if (!e) evidence.set(r.source, (e = { documents: 0, lines: new Map() }));
    e.lines.set(r.fingerprint, r.documents);
  }
  return evidence;
}

/** Every file's evidence for one source, summed: its documents, and per line how many of them
 *  carry it. */
export function sourceTotals(db: DB, source: string): { documents: number; lines: Map<string, number> } {
  const documents = (statement(db, "SELECT coalesce(sum(documents), 0) FROM boilerplate_sources WHERE source = ?").pluck().get(source) as number) ?? 0;
  const lines = new Map<string, number>();
  for (const r of statement(db, "SELECT fingerprint, sum(documents) AS n FROM boilerplate_lines WHERE source = ? GROUP BY fingerprint").all(source) as { fingerprint: string; n: number }[]) lines.set(r.fingerprint, r.n);
  return { documents, lines };
}

/** The fingerprints of a source's boilerplate lines, given its totals: carried by at least
 *  BOILERPLATE_MIN_DOCUMENTS documents and BOILERPLATE_MIN_SHARE of the source's. */
export function boilerplateOf(totals: { documents: number; lines: Map<string, number> }): string[] {
  const needed = Math.max(BOILERPLATE_MIN_DOCUMENTS, Math.ceil(BOILERPLATE_MIN_SHARE * totals.documents));
  if (totals.documents < needed) return [];
  const lines: string[] = [];
  for (const [fingerprint, n] of totals.lines) if (n >= needed) lines.push(fingerprint);
  return lines.sort();
}
