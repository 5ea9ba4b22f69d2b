import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { Analysis } from "@wenku/analyze";
import type { CleanDoc } from "@wenku/clean";
import { isNearDuplicate, shingles, type RawRecord } from "@wenku/ingest";
import type { DB } from "./db.js";
import { addToFts, removeFromFts } from "./fts.js";
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

/** One step of a batch: a record (processed, or undefined when processing failed), or the end
 *  of a file. */
export type BatchItem =
  | { kind: "record"; file: FileInProgress; raw: RawRecord; processed?: ProcessedRecord }
  | { kind: "end"; file: FileInProgress };

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

export function fileKey(path: string): string {
  return resolve(path);
}

/** What the index knows of an input file: its hash, and whether the run that wrote it got to
 *  the end (if not, how many records it committed). */
export function fileState(db: DB, path: string): { hash: string; complete: boolean; recordsDone: number } | undefined {
  const row = db.prepare("SELECT hash, complete, records_done FROM files WHERE path = ?").get(fileKey(path)) as { hash: string; complete: number; records_done: number } | undefined;
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
  const progress = db.prepare(
    "INSERT INTO files (path, hash, records, problems, ingested_at, complete, records_done) VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, records = excluded.records, problems = excluded.problems, ingested_at = excluded.ingested_at, complete = 0, records_done = excluded.records_done",
  );
  const tx = db.transaction((): BatchResult => {
    const result: BatchResult = { outcomes: [], duplicates: { exact: 0, near: 0 } };
    for (const item of items) {
      if (item.kind === "record") {
        if (item.processed) {
          const w = writeRecord(db, item.processed, now);
          result.outcomes.push(w.outcome);
          if (w.duplicate) result.duplicates[w.duplicate]++;
        }
        progress.run(fileKey(item.file.path), item.file.hash, item.raw.record + 1, item.file.problems, now, item.raw.record + 1);
      } else {
        finishFile(db, item.file, now);
      }
    }
    return result;
  });
  return tx.immediate();
}

/** A file's last step: drop the records it no longer has, mark it complete. */
function finishFile(db: DB, file: FileInProgress, now: string): void {
  const stale = db.prepare("SELECT rowid, id FROM documents WHERE file = ? AND record >= ?").all(fileKey(file.path), file.records) as { rowid: number; id: string }[];
  for (const s of stale) {
    removeFromFts(db, s.rowid);
    db.prepare("DELETE FROM documents WHERE rowid = ?").run(s.rowid);
    promoteCopies(db, s.id);
  }
  db.prepare(
    "INSERT INTO files (path, hash, records, problems, ingested_at, complete, records_done) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, records = excluded.records, problems = excluded.problems, ingested_at = excluded.ingested_at, complete = 1, records_done = excluded.records_done",
  ).run(fileKey(file.path), file.hash, file.records, file.problems, now, file.records);
}

interface ExistingDoc {
  rowid: number;
  content_hash: string;
  raw_text: string;
  canonical_id: string | null;
  title: string;
}

/** A canonical document is going away or changing: its first copy takes its place, so the
 *  text stays searchable and the other copies stay linked. */
function promoteCopies(db: DB, id: string): void {
  const copies = db.prepare("SELECT rowid, id, title, text FROM documents WHERE canonical_id = ? ORDER BY rowid").all(id) as { rowid: number; id: string; title: string; text: string }[];
  const [heir, ...rest] = copies;
  if (!heir) return;
  db.prepare("UPDATE documents SET canonical_id = NULL, duplicate_kind = NULL WHERE rowid = ?").run(heir.rowid);
  for (const c of rest) db.prepare("UPDATE documents SET canonical_id = ? WHERE rowid = ?").run(heir.id, c.rowid);
  const names = (db.prepare("SELECT name FROM mentions WHERE doc_rowid = ?").all(heir.rowid) as { name: string }[]).map((m) => m.name);
  addToFts(db, heir.rowid, heir.title, heir.text, names);
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

function writeRecord(db: DB, r: ProcessedRecord, now: string): { outcome: WriteOutcome; duplicate?: "exact" | "near" } {
  const id = documentId(r.raw.path, r.raw.record);
  const hash = r.contentHash ?? contentHash(r.clean.text);
  const existing = db.prepare("SELECT rowid, content_hash, raw_text, canonical_id, title FROM documents WHERE id = ?").get(id) as ExistingDoc | undefined;
  if (existing && existing.content_hash === hash && existing.raw_text === r.raw.text && existing.title === r.clean.title) return { outcome: "unchanged" };

  const exact = r.clean.text.trim()
    ? (db.prepare("SELECT id FROM documents WHERE content_hash = ? AND canonical_id IS NULL AND id != ? ORDER BY rowid LIMIT 1").get(hash, id) as { id: string } | undefined)
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
    raw_text: r.raw.text,
    raw_meta: JSON.stringify(r.raw.meta),
    removed: JSON.stringify(r.clean.removed),
    segments: JSON.stringify(r.clean.segments),
    empty_reason: r.clean.empty,
    ingested_at: now,
  };
  let rowid: number;
  if (existing) {
    rowid = existing.rowid;
    removeFromFts(db, rowid);
    if (existing.canonical_id === null && existing.content_hash !== hash) promoteCopies(db, id);
    db.prepare("DELETE FROM mentions WHERE doc_rowid = ?").run(rowid);
    db.prepare("DELETE FROM figures WHERE doc_rowid = ?").run(rowid);
    const sets = Object.keys(row).filter((k) => k !== "id").map((k) => `${k} = @${k}`).join(", ");
    db.prepare(`UPDATE documents SET ${sets} WHERE rowid = @rowid`).run({ ...row, rowid });
  } else {
    const cols = Object.keys(row);
    rowid = Number(db.prepare(`INSERT INTO documents (${cols.join(", ")}) VALUES (${cols.map((c) => "@" + c).join(", ")})`).run(row).lastInsertRowid);
  }
  const mention = db.prepare("INSERT INTO mentions (doc_rowid, name, type, text, start, end, source) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const e of r.analysis.entities) mention.run(rowid, e.name, e.type, e.text, e.start, e.end, e.source);
  const figure = db.prepare(
    "INSERT INTO figures (doc_rowid, kind, value_num, value_text, value_max, unit, approx, direction, basis, entity, text, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const f of r.analysis.figures) {
    figure.run(
      rowid, f.kind,
      typeof f.value === "number" ? f.value : null,
      typeof f.value === "string" ? f.value : null,
      f.valueMax ?? null, f.unit, f.approx ? 1 : 0, f.direction ?? null, f.basis ?? null, f.entity ?? null,
      f.text, f.start, f.end,
    );
  }
  if (existing) db.prepare("DELETE FROM near_keys WHERE doc_rowid = ?").run(rowid);
  if (r.near) {
    const key = db.prepare("INSERT INTO near_keys (key, doc_rowid) VALUES (?, ?)");
    for (const k of r.near.keys) key.run(k, rowid);
  }
  // Only canonical documents with text are searchable; copies point at their canonical one.
  if (!canonical && r.clean.text.trim()) addToFts(db, rowid, r.clean.title, r.clean.text, r.analysis.entities.map((e) => e.name));
  const outcome = existing ? "updated" : "added";
  return canonical ? { outcome, duplicate: exact ? "exact" : "near" } : { outcome };
}

/** The earliest canonical document sharing a MinHash band with this one whose shingles, compared
 *  exactly, make it the same article (see NEAR_DUPLICATE in @wenku/ingest). */
function findNearDuplicate(db: DB, id: string, text: string, near: NonNullable<ProcessedRecord["near"]>): { id: string } | undefined {
  const marks = near.keys.map(() => "?").join(", ");
  // CROSS JOIN and the unary + keep SQLite on the band-key index: left to itself it walks
  // every canonical document through documents_canonical, which made ingest quadratic.
  const candidates = db
    .prepare(`SELECT DISTINCT d.rowid, d.id, d.text FROM near_keys k CROSS JOIN documents d ON d.rowid = k.doc_rowid WHERE k.key IN (${marks}) AND +d.canonical_id IS NULL AND d.id != ? ORDER BY d.rowid LIMIT 50`)
    .all(...near.keys, id) as { rowid: number; id: string; text: string }[];
  const mine = { text, shingles: near.shingles };
  for (const c of candidates) if (isNearDuplicate(mine, { text: c.text, shingles: shingles(c.text) })) return { id: c.id };
  return undefined;
}

/** Record every name of every known entity, folded, for query expansion. */
export function writeAliases(db: DB, entries: { name: string; type: string; aliases: string[] }[]): void {
  const put = db.prepare("INSERT INTO aliases (folded, alias, name, type) VALUES (?, ?, ?, ?)");
  db.transaction(() => {
    // A later entry owns a folded form outright, so one form never expands to two entities.
    const drop = db.prepare("DELETE FROM aliases WHERE folded = ? AND name != ?");
    for (const e of entries) {
      for (const alias of new Set([e.name, ...e.aliases])) {
        const folded = fold(alias).text.trim();
        if (!folded) continue;
        drop.run(folded, e.name);
        db.prepare("DELETE FROM aliases WHERE folded = ? AND alias = ?").run(folded, alias);
        put.run(folded, alias, e.name, e.type);
      }
    }
  })();
}
