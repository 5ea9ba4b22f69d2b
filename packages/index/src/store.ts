import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { Analysis } from "@wenku/analyze";
import type { CleanDoc } from "@wenku/clean";
import type { RawRecord } from "@wenku/ingest";
import type { DB } from "./db.js";
import { addToFts, removeFromFts } from "./fts.js";
import { fold } from "./tokens.js";

/** One record after every stage: what the index stores. */
export interface ProcessedRecord {
  raw: RawRecord;
  clean: CleanDoc;
  analysis: Analysis;
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

/** The hash recorded for an input file when it was last ingested. */
export function storedFileHash(db: DB, path: string): string | undefined {
  const row = db.prepare("SELECT hash FROM files WHERE path = ?").get(fileKey(path)) as { hash: string } | undefined;
  return row?.hash;
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
  const now = new Date().toISOString();
  const tx = db.transaction((): WriteOutcome[] => {
    const outcomes = records.map((r) => writeRecord(db, r, now));
    // Records the file no longer has (it shrank) go, and so do their duplicates' links.
    const ids = new Set(records.map((r) => documentId(r.raw.path, r.raw.record)));
    const stale = db.prepare("SELECT rowid, id FROM documents WHERE file = ?").all(fileKey(path)) as { rowid: number; id: string }[];
    for (const s of stale) {
      if (ids.has(s.id)) continue;
      removeFromFts(db, s.rowid);
      db.prepare("DELETE FROM documents WHERE rowid = ?").run(s.rowid);
      promoteCopies(db, s.id);
    }
    db.prepare(
      "INSERT INTO files (path, hash, records, problems, ingested_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, records = excluded.records, problems = excluded.problems, ingested_at = excluded.ingested_at",
    ).run(fileKey(path), fileHash, records.length, problems, now);
    return outcomes;
  });
  return tx.immediate();
}

function writeRecord(db: DB, r: ProcessedRecord, now: string): WriteOutcome {
  const id = documentId(r.raw.path, r.raw.record);
  const hash = contentHash(r.clean.text);
  const existing = db.prepare("SELECT rowid, content_hash, raw_text, canonical_id, title FROM documents WHERE id = ?").get(id) as ExistingDoc | undefined;
  if (existing && existing.content_hash === hash && existing.raw_text === r.raw.text && existing.title === r.clean.title) return "unchanged";

  const canonical = r.clean.text.trim()
    ? (db.prepare("SELECT id FROM documents WHERE content_hash = ? AND canonical_id IS NULL AND id != ? ORDER BY rowid LIMIT 1").get(hash, id) as { id: string } | undefined)
    : undefined;
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
    duplicate_kind: canonical ? "exact" : null,
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
  // Only canonical documents with text are searchable; copies point at their canonical one.
  if (!canonical && r.clean.text.trim()) addToFts(db, rowid, r.clean.title, r.clean.text, r.analysis.entities.map((e) => e.name));
  return existing ? "updated" : "added";
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
