import { periodRange } from "@wenku/analyze";
import type { DB } from "./db.js";
import { resolveEntityName } from "./search.js";

export interface EntityListing {
  name: string;
  type: string;
  aliases: string[];
  /** Surface forms seen in the corpus. */
  seen: string[];
  mentions: number;
  documents: number;
}

/** Entities in the corpus (canonical documents), most documents first. */
export function listEntities(db: DB, options: { type?: string; limit?: number } = {}): EntityListing[] {
  const rows = db
    .prepare(
      `SELECT m.name, m.type, count(*) AS mentions, count(DISTINCT m.doc_rowid) AS documents, group_concat(DISTINCT m.text) AS seen
       FROM mentions m JOIN documents d ON d.rowid = m.doc_rowid AND d.canonical_id IS NULL
       WHERE (@type IS NULL OR m.type = @type)
       GROUP BY m.name, m.type ORDER BY documents DESC, mentions DESC, m.name LIMIT @limit`,
    )
    .all({ type: options.type ?? null, limit: options.limit ?? -1 }) as (Omit<EntityListing, "aliases" | "seen"> & { seen: string })[];
  const aliases = db.prepare("SELECT DISTINCT alias FROM aliases WHERE name = ? ORDER BY alias");
  return rows.map((r) => ({
    name: r.name,
    type: r.type,
    aliases: (aliases.all(r.name) as { alias: string }[]).map((a) => a.alias),
    seen: String(r.seen).split(","),
    mentions: r.mentions,
    documents: r.documents,
  }));
}

export interface FigureFilter {
  kind?: string;
  entity?: string;
  unit?: string;
  min?: number;
  max?: number;
  from?: string;
  to?: string;
  limit?: number;
}

export interface FigureListing {
  id: string;
  title: string;
  date: string | null;
  kind: string;
  value: number | string;
  valueMax: number | null;
  unit: string;
  approx: boolean;
  direction: string | null;
  basis: string | null;
  entity: string | null;
  text: string;
  start: number;
  end: number;
}

/** Figures across the corpus, filtered on kind, entity, unit, value range and date. */
export function listFigures(db: DB, filter: FigureFilter = {}): FigureListing[] {
  const entity = filter.entity ? (resolveEntityName(db, filter.entity) ?? filter.entity) : null;
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.date, f.kind, coalesce(f.value_num, f.value_text) AS value, f.value_max AS valueMax, f.unit,
              f.approx, f.direction, f.basis, f.entity, f.text, f.start, f.end
       FROM figures f JOIN documents d ON d.rowid = f.doc_rowid AND d.canonical_id IS NULL
       WHERE (@kind IS NULL OR f.kind = @kind)
         AND (@unit IS NULL OR f.unit = @unit)
         AND (@entity IS NULL OR f.entity = @entity OR f.doc_rowid IN (SELECT doc_rowid FROM mentions WHERE name = @entity))
         AND (@min IS NULL OR f.value_num >= @min)
         AND (@max IS NULL OR f.value_num <= @max)
       ORDER BY d.date IS NULL, d.date DESC, d.id, f.start LIMIT @limit`,
    )
    .all({
      kind: filter.kind ?? null,
      unit: filter.unit ?? null,
      entity,
      min: filter.min ?? null,
      max: filter.max ?? null,
      // Date bounds are applied below, in calendar terms, so LIMIT must wait for them.
      limit: filter.from || filter.to ? -1 : (filter.limit ?? -1),
    }) as (Omit<FigureListing, "approx"> & { approx: number })[];
  const listed = rows.map((r) => ({ ...r, approx: r.approx === 1 }));
  if (!filter.from && !filter.to) return listed;
  const from = filter.from ? (periodRange(filter.from)?.start ?? filter.from) : "";
  const to = filter.to ? (periodRange(filter.to)?.end ?? filter.to) : "\uffff";
  const within = listed.filter((f) => {
    const span = timeSpan(f);
    return span !== undefined && span.end >= from && span.start <= to;
  });
  return filter.limit ? within.slice(0, filter.limit) : within;
}

/** The calendar span a figure is about: its own value for dates and periods (FY2025-Q3,
 *  2025-H2, 2024-12), otherwise its document's date. */
function timeSpan(f: FigureListing): { start: string; end: string } | undefined {
  if ((f.kind === "date" || f.kind === "period") && typeof f.value === "string") {
    const own = periodRange(f.value);
    if (own) return own;
  }
  return f.date ? periodRange(f.date.slice(0, 10)) : undefined;
}
