import { createRequire } from "node:module";
import type FlexSearchModule from "flexsearch";
import { hasSchemaObject, type DB } from "./db.js";
import { TITLE_TABLE } from "./fts.js";
import { fold, indexForm, termsOfFolded } from "./tokens.js";

/** One typeahead answer: an entity name or alias, or a document title. */
export interface Suggestion {
  text: string;
  kind: "entity" | "title";
  /** The canonical entity name, or the document id of a title. */
  ref: string;
}

/** A name the entity typeahead knows, with how many documents mention its entity. */
interface NameItem {
  text: string;
  ref: string;
  docs: number;
}

const ITEMS_KEY = "suggest:names";
const INDEX_PREFIX = "suggest:index:";

// Loaded on first use, not on import: `wenku search` imports this module too (through
// `@wenku/index/search`) and must not pay for FlexSearch.
const require = createRequire(import.meta.url);
let flexSearch: typeof FlexSearchModule | undefined;

function newIndex(): InstanceType<typeof FlexSearchModule.Index> {
  flexSearch ??= require("flexsearch") as typeof FlexSearchModule;
  // Forward tokenisation indexes every prefix of each word of a name: "gro" finds Lenovo Group.
  return new flexSearch.Index({ tokenize: "forward" });
}

/**
 * Rebuild the entity typeahead (every name and alias of the entities the corpus mentions) and
 * persist it in the database, so a later process loads a small index instead of reading the
 * mentions. Titles need nothing here: they are answered from the full-text index, which the
 * writer keeps current. Cheap enough to run after every ingest (thousands of names, not one
 * item per document).
 */
export function rebuildSuggestions(db: DB): number {
  const counts = db.prepare("SELECT name, count(DISTINCT doc_rowid) AS docs FROM mentions GROUP BY name").all() as { name: string; docs: number }[];
  const docsOf = new Map(counts.map((c) => [c.name, c.docs]));
  const items: NameItem[] = counts.map((c) => ({ text: c.name, ref: c.name, docs: c.docs }));
  const seen = new Set(items.map((i) => `${i.ref}\n${i.text}`));
  for (const a of db.prepare("SELECT alias, name FROM aliases").iterate() as Iterable<{ alias: string; name: string }>) {
    const docs = docsOf.get(a.name);
    if (docs === undefined || seen.has(`${a.name}\n${a.alias}`)) continue;
    seen.add(`${a.name}\n${a.alias}`);
    items.push({ text: a.alias, ref: a.name, docs });
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
    put.run(ITEMS_KEY, JSON.stringify(items));
    for (const [key, data] of parts) put.run(`${INDEX_PREFIX}${key}`, data);
  })();
  return items.length;
}

/** The loaded entity typeahead of a database, kept while the connection lives (a library
 *  user typing into a search box asks many times). */
const loaded = new WeakMap<DB, { items: NameItem[]; index: ReturnType<typeof newIndex> } | null>();

function entityTypeahead(db: DB) {
  if (loaded.has(db)) return loaded.get(db)!;
  const row = db.prepare("SELECT value FROM meta WHERE key = ?").get(ITEMS_KEY) as { value: string } | undefined;
  let value: { items: NameItem[]; index: ReturnType<typeof newIndex> } | null = null;
  if (row) {
    const index = newIndex();
    for (const part of db.prepare("SELECT key, value FROM meta WHERE key LIKE 'suggest:index:%'").all() as { key: string; value: string }[]) {
      index.import(part.key.slice(INDEX_PREFIX.length), part.value);
    }
    value = { items: JSON.parse(row.value) as NameItem[], index };
  }
  loaded.set(db, value);
  return value;
}

/** Entity names and aliases with a word starting with the prefix: names that start with it
 *  first, then the entities most documents mention. */
function suggestNames(db: DB, folded: string, limit: number): Suggestion[] {
  const typeahead = entityTypeahead(db);
  if (!typeahead) return [];
  const ids = typeahead.index.search(folded, { limit: Math.max(50, limit * 5) }) as number[];
  const found = ids.map((id) => typeahead.items[id]).filter((item): item is NameItem => item !== undefined);
  const startsWith = (item: NameItem) => (fold(item.text).text.startsWith(folded) ? 0 : 1);
  found.sort((a, b) => startsWith(a) - startsWith(b) || b.docs - a.docs || a.text.length - b.text.length);
  return found.map((item) => ({ text: item.text, kind: "entity" as const, ref: item.ref }));
}

/** Titles containing the prefix's words, the last one possibly half-typed, from the title
 *  column of the full-text index (so mid-title words match too, in any script); titles that
 *  start with the prefix first, then the newest. */
function suggestTitles(db: DB, folded: string, limit: number): Suggestion[] {
  const terms = termsOfFolded(folded);
  const last = terms.pop();
  if (!last) return [];
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lastForms = [`${quote(last.token)} *`];
  // The index holds English words by their stem ("cooling" as cool), a prefix of the word that
  // Porter makes at most four letters shorter: "cooli" must also find the whole term "cool".
  if (/^[a-z]{4,}$/.test(last.token)) {
    for (let n = Math.max(3, last.token.length - 4); n < last.token.length; n++) lastForms.push(quote(last.token.slice(0, n)));
  }
  const whole = terms.map((t) => quote(indexForm(t.token)));
  const match = `{title} : (${[...whole, lastForms.length > 1 ? `(${lastForms.join(" OR ")})` : lastForms[0]!].join(" AND ")})`;
  // Newest first, not by BM25: ranking every title that has a word starting with 中 took
  // 0.4–0.7 s at 100k documents; walking the matches from the newest stops after a few.
  // From the title table where the file has one: it holds the other headlines of a document at
  // their copy's row, so "ital" offers "Italy 8-38 Wales" itself, where the fts row would give its
  // canonical "Wales win in Rome" (whose fts title column carries both).
  const table = hasSchemaObject(db, TITLE_TABLE) ? TITLE_TABLE : "fts";
  const rows = db
    .prepare(`SELECT d.id, d.title FROM ${table} JOIN documents d ON d.rowid = ${table}.rowid WHERE ${table} MATCH ? ORDER BY ${table}.rowid DESC LIMIT ?`)
    .all(match, limit * 5) as { id: string; title: string }[];
  const startsWith = (title: string) => (fold(title).text.startsWith(folded) ? 0 : 1);
  return rows
    .map((r, i) => ({ r, i, first: startsWith(r.title) }))
    .sort((a, b) => a.first - b.first || a.i - b.i)
    .map(({ r }) => ({ text: r.title, kind: "title" as const, ref: r.id }));
}

/** Typeahead over entity names, aliases and titles: entities first (shorter, more useful as a
 *  next query), then titles; no text twice. */
export function suggest(db: DB, prefix: string, limit = 10): Suggestion[] {
  const folded = fold(prefix).text.trim();
  if (!folded) return [];
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const take = (list: Suggestion[]) => {
    for (const s of list) {
      if (out.length === limit) return;
      if (seen.has(s.text)) continue;
      seen.add(s.text);
      out.push(s);
    }
  };
  take(suggestNames(db, folded, limit));
  if (out.length < limit) take(suggestTitles(db, folded, limit - out.length));
  return out;
}
