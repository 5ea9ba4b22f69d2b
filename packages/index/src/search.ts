import type { DB } from "./db.js";
import { parseQuery, type Clause } from "./query.js";
import { SearchRequest, type SearchHit, type SearchResult } from "./schema.js";
import { findHighlights, makeSnippet } from "./snippet.js";
import { fold, indexForm, termsOfFolded } from "./tokens.js";

/** The index forms of a piece of query text, in order (a phrase's term sequence). */
function formsOf(text: string): string[] {
  return termsOfFolded(fold(text).text).map((t) => indexForm(t.token));
}

function ftsPhrase(forms: string[]): string {
  return `"${forms.map((f) => f.replace(/"/g, '""')).join(" ")}"`;
}

/** Other names of the entity a clause names (联想 → lenovo, lenovo group, 联想集团…). */
function aliasesOf(db: DB, text: string): string[] {
  const rows = db
    .prepare("SELECT DISTINCT b.folded AS folded FROM aliases a JOIN aliases b ON a.name = b.name WHERE a.folded = ?")
    .all(fold(text).text.trim()) as { folded: string }[];
  return rows.map((r) => r.folded);
}

export function resolveEntityName(db: DB, nameOrAlias: string): string | undefined {
  const row = db.prepare("SELECT name FROM aliases WHERE folded = ? LIMIT 1").get(fold(nameOrAlias).text.trim()) as { name: string } | undefined;
  return row?.name;
}

/** Join runs of plain words that together spell an entity alias ("Lenovo Group"). */
function joinAliasWords(db: DB, groups: Clause[][]): Clause[][] {
  const out: Clause[][] = [];
  for (let i = 0; i < groups.length; i++) {
    let joined = false;
    for (let n = 3; n >= 2 && !joined; n--) {
      const run = groups.slice(i, i + n);
      if (run.length < n || run.some((g) => g.length !== 1 || g[0]!.phrase)) continue;
      const text = run.map((g) => g[0]!.text).join(" ");
      if (aliasesOf(db, text).length > 0) {
        out.push([{ text, phrase: true }]);
        i += n - 1;
        joined = true;
      }
    }
    if (!joined) out.push(groups[i]!);
  }
  return out;
}

interface Compiled {
  match: string | undefined;
  /** Term sequences to highlight in hits. */
  sequences: string[][];
}

/** Compile a query into an FTS5 MATCH expression built only from our own quoted tokens. */
export function compileQuery(db: DB, query: string): Compiled {
  const parsed = parseQuery(query);
  const sequences: string[][] = [];
  const clauseExpr = (clause: Clause, expand: boolean): string | undefined => {
    const own = formsOf(clause.text);
    if (own.length === 0) return undefined;
    const alternatives = [own];
    if (expand) {
      for (const alias of aliasesOf(db, clause.text)) {
        const forms = formsOf(alias);
        if (forms.length && !alternatives.some((a) => a.join(" ") === forms.join(" "))) alternatives.push(forms);
      }
    }
    if (expand) sequences.push(...alternatives);
    const phrases = alternatives.map(ftsPhrase);
    return phrases.length === 1 ? phrases[0] : `(${phrases.join(" OR ")})`;
  };
  const groups = joinAliasWords(db, parsed.groups)
    .map((g) => g.map((c) => clauseExpr(c, true)).filter((e): e is string => e !== undefined))
    .filter((g) => g.length > 0)
    .map((g) => (g.length === 1 ? g[0]! : `(${g.join(" OR ")})`));
  if (groups.length === 0) return { match: undefined, sequences };
  let match = groups.join(" AND ");
  for (const ex of parsed.excluded) {
    const e = clauseExpr(ex, false);
    if (e) match = `(${match}) NOT ${e}`;
  }
  return { match, sequences };
}

/** BM25 weights for the fts columns: title, body, entity names. */
const BM25_WEIGHTS = "10.0, 1.0, 3.0";

export function searchIndex(db: DB, request: SearchRequest): SearchResult {
  const req = SearchRequest.parse(request);
  const { match, sequences } = compileQuery(db, req.query);
  if (match === undefined) return { total: 0, hits: [] };

  const where: string[] = ["fts MATCH @match", "d.canonical_id IS NULL"];
  const params: Record<string, string | number> = { match, limit: req.limit, offset: req.offset };
  if (req.lang) {
    where.push("(d.lang = @lang OR d.lang LIKE @langPrefix)");
    params.lang = req.lang;
    params.langPrefix = `${req.lang}-%`;
  }
  if (req.from) {
    where.push("d.date IS NOT NULL AND substr(d.date, 1, length(@from)) >= @from");
    params.from = req.from;
  }
  if (req.to) {
    where.push("d.date IS NOT NULL AND substr(d.date, 1, length(@to)) <= @to");
    params.to = req.to;
  }
  if (req.source) {
    where.push("(instr(lower(coalesce(d.source, '')), lower(@source)) > 0 OR instr(lower(d.path), lower(@source)) > 0 OR instr(lower(coalesce(d.url, '')), lower(@source)) > 0)");
    params.source = req.source;
  }
  if (req.entity) {
    params.entity = resolveEntityName(db, req.entity) ?? req.entity;
    where.push("d.rowid IN (SELECT doc_rowid FROM mentions WHERE name = @entity)");
  }
  const from = `FROM fts JOIN documents d ON d.rowid = fts.rowid WHERE ${where.join(" AND ")}`;
  const order = req.sort === "date" ? "d.date IS NULL, d.date DESC, rank" : "rank";
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.date, d.lang, d.source, d.url, d.path, d.record, d.text, bm25(fts, ${BM25_WEIGHTS}) AS rank
       ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (Omit<SearchHit, "score" | "snippet" | "highlights"> & { text: string; rank: number })[];
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const hits = rows.map(({ text, rank, ...row }) => {
    const snippet = makeSnippet(text, findHighlights(text, sequences));
    return { ...row, score: Number((-rank).toPrecision(6)), snippet: snippet.text, highlights: snippet.highlights };
  });
  return { total, hits };
}
