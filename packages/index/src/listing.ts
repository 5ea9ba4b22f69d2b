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
         AND (@from IS NULL OR substr(coalesce(f.value_text, d.date), 1, length(@from)) >= @from)
         AND (@to IS NULL OR substr(coalesce(f.value_text, d.date), 1, length(@to)) <= @to)
       ORDER BY d.date IS NULL, d.date DESC, d.id, f.start LIMIT @limit`,
    )
    .all({
      kind: filter.kind ?? null,
      unit: filter.unit ?? null,
      entity,
      min: filter.min ?? null,
      max: filter.max ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      limit: filter.limit ?? -1,
    }) as (Omit<FigureListing, "approx"> & { approx: number })[];
  return rows.map((r) => ({ ...r, approx: r.approx === 1 }));
}
