import FlexSearch from "flexsearch";
import type { DB } from "./db.js";
import { fold } from "./tokens.js";

/** One typeahead answer: an entity name or alias, or a document title. */
export interface Suggestion {
  text: string;
  kind: "entity" | "title";
  /** The canonical entity name, or the document id of a title. */
  ref: string;
}

const META_PREFIX = "suggest:";

function newIndex() {
  // Forward tokenisation indexes every prefix of each token: what typeahead needs.
  return new FlexSearch.Index({ tokenize: "forward" });
}

/**
 * Rebuild the suggestion index (entity names and aliases, document titles) and persist it
 * inside the database, so a later process loads it without touching the documents.
 */
export function rebuildSuggestions(db: DB): number {
  const items: Suggestion[] = [];
  const entityNames = db
    .prepare(
      `SELECT alias AS text, name AS ref FROM aliases WHERE name IN (SELECT DISTINCT name FROM mentions)
       UNION SELECT DISTINCT name AS text, name AS ref FROM mentions`,
    )
    .all() as { text: string; ref: string }[];
  for (const e of entityNames) items.push({ text: e.text, kind: "entity", ref: e.ref });
  for (const t of db.prepare("SELECT title AS text, id AS ref FROM documents WHERE canonical_id IS NULL AND title != ''").all() as { text: string; ref: string }[]) {
    items.push({ text: t.text, kind: "title", ref: t.ref });
  }
  const index = newIndex();
  items.forEach((item, i) => index.add(i, fold(item.text).text));
  const parts: [string, string][] = [];
  index.export((key: string, data: string) => {
    parts.push([key, data]);
  });
  db.transaction(() => {
    db.prepare("DELETE FROM meta WHERE key LIKE 'suggest:%'").run();
    const put = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    put.run(`${META_PREFIX}items`, JSON.stringify(items));
    for (const [key, data] of parts) put.run(`${META_PREFIX}index:${key}`, data);
  })();
  return items.length;
}

/** Typeahead over entity names, aliases and titles, from the persisted FlexSearch index. */
export function suggest(db: DB, prefix: string, limit = 10): Suggestion[] {
  const q = fold(prefix).text.trim();
  if (!q) return [];
  const itemsRow = db.prepare("SELECT value FROM meta WHERE key = ?").get(`${META_PREFIX}items`) as { value: string } | undefined;
  if (!itemsRow) return [];
  const items = JSON.parse(itemsRow.value) as Suggestion[];
  const index = newIndex();
  for (const row of db.prepare("SELECT key, value FROM meta WHERE key LIKE 'suggest:index:%'").all() as { key: string; value: string }[]) {
    index.import(row.key.slice(`${META_PREFIX}index:`.length), row.value);
  }
  const ids = index.search(q, { limit: limit * 4 }) as number[];
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  // Entities first (shorter, more useful as a next query), then titles; no repeats.
  for (const kind of ["entity", "title"] as const) {
    for (const id of ids) {
      const item = items[id];
      if (!item || item.kind !== kind || seen.has(item.text)) continue;
      seen.add(item.text);
      out.push(item);
    }
  }
  return out.slice(0, limit);
}
