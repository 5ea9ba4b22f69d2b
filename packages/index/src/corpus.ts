import type { Figure } from "@wenku/analyze";
import type { Removal, Segment } from "@wenku/clean";
import { openDatabase, type DB, type IndexUpgrade } from "./db.js";
import { listEntities, listFigures, type FigureFilter } from "./listing.js";
import { ingestPaths, type IngestOptions, type IngestSummary } from "./pipeline.js";
import type { SearchRequest, SearchResult, Stats } from "./schema.js";
import { searchIndex } from "./search.js";
import { readRemovals, storedText } from "./store.js";
import { suggest, type Suggestion } from "./suggest.js";

export interface StoredEntity {
  text: string;
  start: number;
  end: number;
  type: string;
  name: string;
  source: string;
}

export interface StoredDocument {
  id: string;
  path: string;
  record: number;
  title: string;
  date: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  lang: string;
  text: string;
  encoding: string;
  replacementChars: number;
  /** Set when this document is a copy of another (exact or near duplicate): that one's id. */
  canonicalId: string | null;
  /** How this copy matches its canonical document: "exact" (same clean text) or "near"
   *  (the same article with different boilerplate or small edits). */
  duplicateKind: "exact" | "near" | null;
  /** Other records of the same article, recorded against this one. */
  copies: { id: string; path: string; record: number; url: string | null; kind: "exact" | "near" }[];
  entities: StoredEntity[];
  figures: Figure[];
  removed: Removal[];
  /** What cleaning cut from the title, with offsets into `originalTitle` (null in indexes
   *  written before title cuts were recorded, or when nothing was cut). */
  titleRemoved: Removal[];
  originalTitle: string | null;
  segments: Segment[];
  raw: { container: string; format: string; text: string; meta: Record<string, unknown> };
  emptyReason: string | null;
}

/** An index file: the library face of everything the CLI does with `--db`. */
export class Corpus {
  private constructor(readonly db: DB, readonly path: string) {}

  /** Open (creating if needed) an index file for reading and writing. A file an older wenku
   *  wrote is upgraded first; `onUpgrade` hears of it before it starts. */
  static open(path: string, options: { onUpgrade?: (upgrade: IndexUpgrade) => void } = {}): Corpus {
    return new Corpus(openDatabase(path, options), path);
  }

  /** Open an existing index for reading only (safe while another process ingests). */
  static openReadonly(path: string): Corpus {
    return new Corpus(openDatabase(path, { readonly: true }), path);
  }

  close(): void {
    this.db.close();
  }

  ingest(inputs: string[], options?: IngestOptions): Promise<IngestSummary> {
    return ingestPaths(this.db, inputs, options);
  }

  search(request: SearchRequest | string): SearchResult {
    return searchIndex(this.db, typeof request === "string" ? { query: request } : request);
  }

  suggest(prefix: string, limit?: number): Suggestion[] {
    return suggest(this.db, prefix, limit);
  }

  entities(options?: { type?: string; limit?: number }) {
    return listEntities(this.db, options);
  }

  figures(filter?: FigureFilter) {
    return listFigures(this.db, filter);
  }

  /** One document by id, or by a unique prefix of its id. */
  get(idOrPrefix: string): StoredDocument | undefined {
    const rows = this.db
      .prepare("SELECT * FROM documents WHERE id = ? OR (length(?) >= 4 AND id LIKE ? || '%') LIMIT 2")
      .all(idOrPrefix, idOrPrefix, idOrPrefix.replace(/[%_]/g, "")) as Record<string, unknown>[];
    const exact = rows.find((r) => r.id === idOrPrefix);
    const row = exact ?? (rows.length === 1 ? rows[0] : undefined);
    if (!row) return undefined;
    const rowid = row.rowid as number;
    const entities = this.db.prepare("SELECT text, start, end, type, name, source FROM mentions WHERE doc_rowid = ? ORDER BY start").all(rowid) as StoredEntity[];
    const figures = (this.db.prepare("SELECT * FROM figures WHERE doc_rowid = ? ORDER BY start").all(rowid) as Record<string, unknown>[]).map(
      (f): Figure => ({
        text: f.text as string,
        start: f.start as number,
        end: f.end as number,
        kind: f.kind as Figure["kind"],
        value: (f.value_num ?? f.value_text) as number | string,
        ...(f.value_max !== null ? { valueMax: f.value_max as number } : {}),
        unit: f.unit as string,
        approx: f.approx === 1,
        ...(f.direction ? { direction: f.direction as "up" | "down" } : {}),
        ...(f.basis ? { basis: f.basis as "yoy" | "qoq" | "mom" } : {}),
        ...(f.entity ? { entity: f.entity as string } : {}),
      }),
    );
    const copies = this.db.prepare("SELECT id, path, record, url, duplicate_kind AS kind FROM documents WHERE canonical_id = ? ORDER BY rowid").all(row.id) as StoredDocument["copies"];
    const removals = readRemovals(row.removed as string | Uint8Array);
    return {
      id: row.id as string,
      path: row.path as string,
      record: row.record as number,
      title: row.title as string,
      date: row.date as string | null,
      author: row.author as string | null,
      source: row.source as string | null,
      url: row.url as string | null,
      lang: row.lang as string,
      text: row.text as string,
      encoding: row.encoding as string,
      replacementChars: row.replacement_chars as number,
      canonicalId: row.canonical_id as string | null,
      duplicateKind: row.duplicate_kind as StoredDocument["duplicateKind"],
      copies,
      entities,
      figures,
      removed: removals.text,
      titleRemoved: removals.title,
      originalTitle: removals.originalTitle,
      segments: JSON.parse(row.segments as string) as Segment[],
      raw: {
        container: row.raw_container as string,
        format: row.raw_format as string,
        text: storedText(row.raw_text as string | Uint8Array),
        meta: JSON.parse(row.raw_meta as string) as Record<string, unknown>,
      },
      emptyReason: row.empty_reason as string | null,
    };
  }

  stats(): Stats {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const languages = Object.fromEntries(
      (this.db.prepare("SELECT lang, count(*) AS n FROM documents WHERE canonical_id IS NULL AND text != '' GROUP BY lang ORDER BY n DESC").all() as { lang: string; n: number }[]).map((r) => [r.lang, r.n]),
    );
    const byReason: Record<string, number> = {};
    let spans = 0;
    let chars = 0;
    for (const row of this.db.prepare("SELECT removed FROM documents").iterate() as Iterable<{ removed: string | Uint8Array }>) {
      const { text, title } = readRemovals(row.removed);
      for (const r of [...text, ...title]) {
        spans++;
        chars += r.end - r.start;
        byReason[r.reason] = (byReason[r.reason] ?? 0) + 1;
      }
    }
    return {
      documents: one("SELECT count(*) AS n FROM documents WHERE canonical_id IS NULL AND text != ''"),
      duplicates: one("SELECT count(*) AS n FROM documents WHERE canonical_id IS NOT NULL"),
      duplicatesByKind: Object.fromEntries(
        (this.db.prepare("SELECT coalesce(duplicate_kind, 'exact') AS kind, count(*) AS n FROM documents WHERE canonical_id IS NOT NULL GROUP BY 1 ORDER BY 1").all() as { kind: string; n: number }[]).map((r) => [r.kind, r.n]),
      ),
      records: one("SELECT count(*) AS n FROM documents"),
      files: one("SELECT count(*) AS n FROM files"),
      sources: one("SELECT count(DISTINCT coalesce(source, file)) AS n FROM documents"),
      languages,
      empty: one("SELECT count(*) AS n FROM documents WHERE text = ''"),
      removed: { spans, chars, byReason },
      entities: one("SELECT count(DISTINCT name) AS n FROM mentions"),
      figures: one("SELECT count(*) AS n FROM figures"),
    };
  }
}
