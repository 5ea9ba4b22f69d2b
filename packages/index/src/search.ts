import { hasSchemaObject, statement, type DB } from "./db.js";
import { parseQuery, type Clause } from "./query.js";
import { SearchRequest, type SearchHit, type SearchResult } from "./schema.js";
import { numberTerms } from "./number-terms.js";
import { findHighlights, makeSnippet } from "./snippet.js";
import { fold, indexForm, isSingleCjk, termsOfFolded } from "./tokens.js";
import { ALTERNATE_TITLES, TITLE_TABLE } from "./fts.js";

/** The index forms of a piece of query text, in order (a phrase's term sequence). */
function formsOf(text: string): string[] {
  return termsOfFolded(fold(text).text).map((t) => indexForm(t.token));
}

function ftsPhrase(forms: string[]): string {
  const phrase = `"${forms.map((f) => f.replace(/"/g, '""')).join(" ")}"`;
  // A lone CJK character ends the phrase: it is indexed only where it stands alone, so let it
  // also be the first character of a bigram (prefix query).
  return isSingleCjk(forms[forms.length - 1] ?? "") ? `${phrase} *` : phrase;
}

/** The value term of a clause that is a single number and nothing else. */
function wholeNumberTerm(text: string): string | undefined {
  const folded = fold(text).text.trim();
  const found = numberTerms(folded);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === folded.length ? found[0]!.token : undefined;
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

/** The most words an alias is joined from: the gazetteer and thesaurus have names of up to
 *  seven ("China International Import Expo", "Boao Forum for Asia" are four). */
const ALIAS_MAX_WORDS = 8;

/** Whether some alias of several words begins with this word: one index lookup, so that the
 *  runs after a word no alias begins with (most words) are not looked up one by one. */
function beginsAnAlias(db: DB, word: string): boolean {
  const first = fold(word).text.trim();
  return statement(db, "SELECT 1 FROM aliases WHERE folded > ? AND folded < ? LIMIT 1").get(`${first} `, `${first}!`) !== undefined;
}

/** A group that is one plain word: not a quoted phrase, not one of several OR-ed words. */
function isPlainWord(g: Clause[] | undefined): g is [Clause] {
  return g !== undefined && g.length === 1 && !g[0]!.phrase;
}

/**
 * Join runs of plain words into one clause where `join` makes one of their text: from each
 * word, runs of up to `longest(word)` words (1: none), the longest first.
 */
function joinRuns(groups: Clause[][], longest: (word: Clause) => number, join: (text: string, first: Clause) => Clause | undefined): Clause[][] {
  const out: Clause[][] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    let joined = false;
    for (let n = isPlainWord(group) ? longest(group[0]) : 1; n >= 2 && !joined; n--) {
      const run = groups.slice(i, i + n);
      if (run.length < n || !run.every(isPlainWord)) continue;
      const clause = join(run.map((g) => g[0]!.text).join(" "), group[0]!);
      if (clause) {
        out.push([clause]);
        i += n - 1;
        joined = true;
      }
    }
    if (!joined) out.push(group);
  }
  return out;
}

/** Join runs of plain words that together spell an entity alias ("Lenovo Group"). */
function joinAliasWords(db: DB, groups: Clause[][]): Clause[][] {
  return joinRuns(
    groups,
    (word) => (beginsAnAlias(db, word.text) ? ALIAS_MAX_WORDS : 1),
    (text) => (aliasesOf(db, text).length > 0 ? { text, phrase: true } : undefined),
  );
}

/** Join a number and the scale or percent words after it ("146.4 billion", "154 per cent")
 *  into one clause, so it also matches the same value written another way (146.4亿). */
function joinNumberWords(groups: Clause[][]): Clause[][] {
  return joinRuns(
    groups,
    (word) => (/^\d/.test(word.text) ? 3 : 1),
    (text, first) => {
      const value = wholeNumberTerm(text);
      return value && value !== wholeNumberTerm(first.text) ? { text, phrase: false } : undefined;
    },
  );
}

interface Compiled {
  /** The query as typed, entity and thesaurus names expanded. */
  match: string | undefined;
  /** The same without expansion: documents matching it are the exact matches. Undefined
   *  when expansion added nothing (every match is exact). */
  exact: string | undefined;
  /** Any one of the query's terms (exclusions still apply): used when nothing matches the
   *  query as a whole, e.g. a question typed as a sentence. */
  relaxed: string | undefined;
  /** Term sequences to highlight in hits. */
  sequences: string[][];
  /** The query's English words, which the index only knows by their stem ("hits" → hit). */
  surfaces: string[];
  /** Any of the query's terms (expanded): the titles that share a term with the query. */
  titleAny: string | undefined;
}

/** Compile a query into FTS5 MATCH expressions built only from our own quoted tokens. */
export function compileQuery(db: DB, query: string): Compiled {
  const parsed = parseQuery(query);
  const sequences: string[][] = [];
  let expanded = false;
  /** The term sequences a clause may match as: its own, then its other names'. */
  const alternativesOf = (clause: Clause, expand: boolean): string[][] => {
    const own = formsOf(clause.text);
    if (own.length === 0) return [];
    const alternatives = [own];
    if (expand) {
      for (const alias of aliasesOf(db, clause.text)) {
        const forms = formsOf(alias);
        if (forms.length && !alternatives.some((a) => a.join(" ") === forms.join(" "))) alternatives.push(forms);
      }
      // A clause that is one number (九成, 十万, 100,000) also matches the same value written
      // another way (90%, 10万).
      const value = wholeNumberTerm(clause.text);
      if (value) alternatives.push([value]);
    }
    return alternatives;
  };
  const clauseExpr = (clause: Clause, expand: boolean): string | undefined => {
    const alternatives = alternativesOf(clause, expand);
    if (alternatives.length === 0) return undefined;
    if (expand) {
      sequences.push(...alternatives);
      if (alternatives.length > 1) expanded = true;
    }
    return anyOf(alternatives.map(ftsPhrase));
  };
  const groupsExpr = (groups: Clause[][], expand: boolean): string[] =>
    groups
      .map((g) => g.map((c) => clauseExpr(c, expand)).filter((e): e is string => e !== undefined))
      .filter((g) => g.length > 0)
      .map(anyOf);
  const groups = joinNumberWords(joinAliasWords(db, parsed.groups));
  // Each group's clauses with their expressions (names expanded), clauses with none left out.
  const expandedClauses = groups
    .map((g) => g.flatMap((clause) => {
      const expr = clauseExpr(clause, true);
      return expr === undefined ? [] : [{ clause, expr }];
    }))
    .filter((g) => g.length > 0);
  const expandedGroups = expandedClauses.map((g) => anyOf(g.map((c) => c.expr)));
  if (expandedGroups.length === 0) return { match: undefined, exact: undefined, relaxed: undefined, sequences, surfaces: [], titleAny: undefined };
  // Each word also as written (fts column forms): an alternative that adds to the score, and
  // matches almost nothing new, since a document with the word as written has its stem too
  // (the few it adds have a longer word the typed one begins: "raiser" for raise).
  const withWritten = (c: { clause: Clause; expr: string }) => {
    const written = asWritten(c.clause);
    return written ? [c.expr, written] : [c.expr];
  };
  const scoredGroups = hasFormsColumn(db) ? expandedClauses.map((g) => anyOf(g.flatMap(withWritten))) : expandedGroups;
  const exactGroups = groupsExpr(groups, false);
  let exclusion = "";
  for (const ex of parsed.excluded) {
    const e = clauseExpr(ex, false);
    if (e) exclusion += ` NOT ${e}`;
  }
  const withExclusions = (m: string) => (exclusion ? `(${m})${exclusion}` : m);
  return {
    match: withExclusions(scoredGroups.join(" AND ")),
    // Exact means in the text the user will read: the entities column holds canonical names
    // (G20 for a document that only says 二十国集团), which are themselves a kind of alias.
    exact: expanded ? `{title body} : (${withExclusions(exactGroups.join(" AND "))})` : undefined,
    relaxed: relaxedMatch(parsed.groups, alternativesOf, groupsExpr, withExclusions),
    sequences,
    surfaces: stemmedWords(groups),
    titleAny: anyOf(expandedGroups),
  };
}

/** Whether fts has the forms column (index files of version 5 on). */
function hasFormsColumn(db: DB): boolean {
  return statement(db, "SELECT 1 FROM pragma_table_info('fts') WHERE name = 'forms'").get() !== undefined;
}

/** A plain English word the index knows by another form (its stem), as written, matched in
 *  the forms column with the endings after it ("raise" finds raised): the term through which
 *  a rare word typed exactly outranks the common words that share its stem. */
function asWritten(clause: Clause): string | undefined {
  if (clause.phrase) return undefined;
  const terms = termsOfFolded(fold(clause.text).text);
  if (terms.length !== 1) return undefined;
  const word = terms[0]!.token;
  return STEMMED.test(word) && indexForm(word) !== word ? `forms : "${word}" *` : undefined;
}

/** Words of the query's required clauses that the index knows by their stem: every English
 *  word, since "boost" also finds "boosted" through the stem it shares with it. */
function stemmedWords(groups: Clause[][]): string[] {
  const out = new Set<string>();
  for (const g of groups) {
    if (g.length !== 1) continue; // an OR group asks for none of its words in particular
    for (const t of termsOfFolded(fold(g[0]!.text).text)) if (STEMMED.test(t.token)) out.add(t.token);
  }
  return [...out];
}
/** The tokens `indexForm` stems. */
const STEMMED = /^[a-z]{3,}$/;

/**
 * The fallback when no document has every word. Quoted phrases the user typed stay required;
 * the other words become optional, "any of their terms", BM25 ranking documents that share more and
 * rarer terms first. Terms that are only question or function words (什么, 哪一, 多少, or any
 * bigram with a particle such as 的/了/吗) are left out, unless nothing else is left: in a
 * question typed as a sentence they match everywhere and drown the content words (measured on
 * CMRC2018/DRCD in bench/search). Undefined when relaxing would ask for nothing new.
 */
function relaxedMatch(
  groups: Clause[][],
  alternativesOf: (c: Clause, expand: boolean) => string[][],
  groupsExpr: (groups: Clause[][], expand: boolean) => string[],
  withExclusions: (m: string) => string,
): string | undefined {
  const required = groups.filter((g) => g.every((c) => c.phrase));
  const loose = new Set<string>();
  for (const g of groups) {
    if (g.every((c) => c.phrase)) continue;
    for (const c of g) {
      // Numbers inside a longer clause (a question typed as a sentence) by their value too.
      for (const n of numberTerms(fold(c.text).text)) loose.add(n.token);
      for (const seq of alternativesOf(c, true)) for (const form of seq) loose.add(form);
    }
  }
  if (loose.size < 2 && required.length === 0) return undefined;
  if (loose.size === 0) return undefined;
  const content = [...loose].filter((t) => !isFunctionTerm(t));
  const terms = (content.length > 0 ? content : [...loose]).map((t) => ftsPhrase([t]));
  // Phrases stay required, the other terms optional: "P AND (t1 OR … OR P)" matches every
  // document with P, and BM25 still ranks those with more of the terms first.
  const phrases = groupsExpr(required, true);
  return withExclusions([...phrases, anyOf([...terms, ...phrases])].join(" AND "));
}

/** Particles that are never part of a content word in folded (Simplified) text. */
const PARTICLE = /[的了吗呢么哪谁]/;
/** Question and function bigrams made of characters that are also parts of content words. */
const FUNCTION_BIGRAMS = new Set(["什么", "多少", "哪一", "一个", "为何", "如何", "怎么", "怎样", "是否", "几年", "几个", "是在", "在哪", "是什", "是哪", "时候", "为什", "那一", "哪个", "哪些"]);

function isFunctionTerm(term: string): boolean {
  return term.length === 2 && (PARTICLE.test(term) || FUNCTION_BIGRAMS.has(term));
}

function anyOf(exprs: string[]): string {
  return exprs.length === 1 ? exprs[0]! : `(${exprs.join(" OR ")})`;
}

/** BM25 weights for the fts columns: title, body, entity names, English words as written. The
 *  last measured on English newswire (bench/search/newswire.ts, three query sets of 200 a
 *  group): 0.5, 1 and 2 each lifted Reuters typed as written by about 0.008 on average; 1 also
 *  lifted other word forms the most (+0.008). */
const BM25_WEIGHTS = "5.0, 1.0, 3.0, 1.0";
/** The weight of a title's own BM25 score (fts_title, titles measured against titles), added
 *  to the document's. Chosen on bench/search's corpus query sets at 10k and 100k documents
 *  (20 and 50 queries a group), summing every group; English known-item queries in other word
 *  forms went 0.892 → 1.000 at 10k, 0.676 → 0.821 at 100k. */
const TITLE_WEIGHT = 1.0;
/** How many of the best matches by the row's score get their title scored. */
const TITLE_WINDOW = 500;
/** Index files written before fts_title: the title weighs more inside fts instead. */
const BM25_WEIGHTS_WITHOUT_TITLES = "10.0, 1.0, 3.0";
/** Documents that match only through another name of an entity or concept rank after every
 *  document with the user's own words, and show this share of their BM25 score. */
const ALIAS_ONLY_FACTOR = 0.5;
/** For each query word a document has only in another inflection (found through its stem; see
 *  stemOnlyWords), it shows this share of its BM25 score when the first RERANK_WINDOW hits are
 *  re-ordered: a tie-break between near-equal scores, not a demotion. Measured on English
 *  newswire (bench/search/newswire.ts, 200 queries a group): 0.95 → 0.8 took Reuters queries
 *  typed as written 0.883 → 0.895 and in other forms 0.522 → 0.544, BBC other forms 0.751 →
 *  0.756; on the 100k corpus set (200 a group, ranks.ts) no group moved by more than 0.004. */
const STEM_ONLY_FACTOR = 0.8;
const RERANK_WINDOW = 50;

/**
 * How many of the query's English words a hit has only in another inflection: nowhere as typed,
 * or in its title only by the stem ("ban" for "banned", typed as the text writes it). Searchers
 * take known-item words from the title they remember, and the title score counts stems alone.
 * On bench/search's English known-item queries at 100k documents the title clause lifted one
 * of 200 in other word forms and one of 481 typed as written, and lowered none.
 */
function stemOnlyWords(hit: { title: string; text: string }, words: string[], asTyped: RegExp[]): number {
  let titleStems: Set<string> | undefined;
  let n = 0;
  words.forEach((word, k) => {
    const typed = asTyped[k]!;
    if (typed.test(hit.title)) return;
    if (!typed.test(hit.text)) n++;
    else {
      titleStems ??= new Set(termsOfFolded(fold(hit.title).text).map((t) => indexForm(t.token)));
      if (titleStems.has(indexForm(word))) n++;
    }
  });
  return n;
}

export function searchIndex(db: DB, request: SearchRequest): SearchResult {
  const req = SearchRequest.parse(request);
  const { match, exact, relaxed, sequences, surfaces, titleAny } = compileQuery(db, req.query);
  if (match === undefined) return { total: 0, hits: [] };
  const strict = runMatch(db, req, match, exact, sequences, surfaces, titleAny);
  // Nothing has every word: fall back to documents with some of them, best first (BM25 already
  // favours documents that match more and rarer terms).
  if (strict.total === 0 && relaxed !== undefined) return { ...runMatch(db, req, relaxed, undefined, sequences, [], titleAny), relaxed: true };
  return strict;
}

/**
 * The title scores of the ranked documents: `titled`, each one's own title, and in files that
 * record them `headlines`, the best of the other headlines its copies carry (each a row of
 * fts_title: a headline is measured as a title, several are never summed). A document counts
 * its best title. The other headlines are few (a few dozen in 100k documents): they are looked
 * up by rowid, where the own titles are tested against every title match (see runMatch); one
 * query over both cost common words 6 ms more (bench/search/README.md).
 */
function titleScores(db: DB): { ctes: string; joins: string; score: string } {
  const own = `titled AS MATERIALIZED (SELECT rowid, bm25(${TITLE_TABLE}) AS score FROM ${TITLE_TABLE} WHERE ${TITLE_TABLE} MATCH @titleAny AND +rowid IN (SELECT rid FROM ranked))`;
  if (!hasSchemaObject(db, ALTERNATE_TITLES)) return { ctes: own, joins: "LEFT JOIN titled t ON t.rowid = r.rid", score: "coalesce(t.score, 0)" };
  // bm25() in a query of its own, as in titled: flattened into the grouping it would run off
  // FTS5's cursor.
  const others = `headline_scores AS MATERIALIZED (SELECT rowid, bm25(${TITLE_TABLE}) AS score FROM ${TITLE_TABLE} WHERE ${TITLE_TABLE} MATCH @titleAny
        AND rowid IN (SELECT a.rowid FROM ${ALTERNATE_TITLES} a WHERE a.doc_rowid IN (SELECT rid FROM ranked))),
      headlines AS MATERIALIZED (SELECT a.doc_rowid AS rowid, min(h.score) AS score FROM headline_scores h JOIN ${ALTERNATE_TITLES} a ON a.rowid = h.rowid GROUP BY a.doc_rowid)`;
  return {
    ctes: `${own},\n      ${others}`,
    joins: "LEFT JOIN titled t ON t.rowid = r.rid LEFT JOIN headlines o ON o.rowid = r.rid",
    score: "min(coalesce(t.score, 0), coalesce(o.score, 0))",
  };
}

/** The index on documents (rowid, date, lang) that db.ts creates. */
const FILTER_INDEX = "documents_filters";

function runMatch(db: DB, req: ReturnType<typeof SearchRequest.parse>, match: string, exact: string | undefined, sequences: string[][], surfaces: string[], titleAny: string | undefined): SearchResult {
  // Only canonical documents have full-text rows (store.ts adds none for a duplicate), so no
  // test of canonical_id here: reading that column means walking past each document's stored
  // texts, which cost more than the ranking itself on common words at 100k documents.
  const where: string[] = ["fts MATCH @match"];
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
  // The documents table is joined only when a filter or the date order needs its columns;
  // through the narrow (rowid, date, lang) index when those are all it needs: a document's
  // row holds its texts, and visiting 36k of them took 64 ms against 13 (中国 --from 2020 at
  // 100k documents).
  const needsDocuments = where.length > 1 || req.sort === "date";
  const narrow = !req.source && hasSchemaObject(db, FILTER_INDEX) ? `INDEXED BY ${FILTER_INDEX}` : "";
  const documentsJoin = needsDocuments ? `JOIN documents d ${narrow} ON d.rowid = fts.rowid` : "";
  const from = `FROM fts ${documentsJoin} WHERE ${where.join(" AND ")}`;
  // Tier 0: the document has the user's own words; tier 1: only other names of them. Tier 1
  // scores are scaled down below, once the page is known: within a tier a constant factor
  // changes no order, and evaluating the tier a second time per match cost a third of the
  // query on a common word with aliases (中国 at 100k documents).
  let tier = "0";
  if (exact !== undefined) {
    params.exact = exact;
    tier = "(CASE WHEN fts.rowid IN (SELECT rowid FROM fts WHERE fts MATCH @exact) THEN 0 ELSE 1 END)";
  }
  const order = (t: string) => (req.sort === "date" ? `${t}.date IS NULL, ${t}.date DESC, ${t}.tier, ${t}.relevance` : `${t}.tier, ${t}.relevance`);
  // Stemming lets "hits" find "hit", but a document with the words as typed is the better
  // answer: the first RERANK_WINDOW hits are re-ordered with stem-only matches scaled down.
  const rerank = surfaces.length > 0 && req.sort === "relevance" && req.offset + req.limit <= RERANK_WINDOW;
  params.limit = rerank ? RERANK_WINDOW : req.limit;
  params.offset = rerank ? 0 : req.offset;
  const totalColumn = needsDocuments ? "count(*) OVER ()" : "NULL";
  const matches = `SELECT fts.rowid AS rid, ${needsDocuments ? "d.date" : "NULL"} AS date, ${tier} AS tier`;
  // The title's own score, added to the row's for the best TITLE_WINDOW matches by the row's
  // score (whose title weight lets a title match into that window): only their titles are
  // scored, where scoring every title with a common query word (发展 is in thousands) cost up
  // to a tenth of a one-shot search. Every match outside the window scores below every one in
  // it either way, so pages stay in one order.
  const titled = titleAny !== undefined && req.sort === "relevance" && hasSchemaObject(db, TITLE_TABLE);
  let ctes = "";
  let scored: string;
  if (titled) {
    params.titleAny = titleAny;
    params.window = Math.max(TITLE_WINDOW, params.offset + params.limit);
    // bm25() only in the innermost query: FTS5 answers it while its cursor is on the row. In
    // titled, "+rowid" keeps the window's rowids from FTS5, which would run the whole title
    // query once per rowid (3.2 G instead of 1.3 G instructions for a cold 中国); SQLite tests
    // them against each title match instead, and bm25 runs for those in the window only.
    const titles = titleScores(db);
    ctes = `WITH ranked AS MATERIALIZED (SELECT s.*, ${totalColumn} AS total FROM (${matches}, bm25(fts, ${BM25_WEIGHTS}) AS relevance ${from}) s ORDER BY tier, relevance LIMIT @window),
      ${titles.ctes}`;
    scored = `SELECT r.rid, r.date, r.tier, r.relevance + ${TITLE_WEIGHT} * ${titles.score} AS relevance, r.total FROM ranked r ${titles.joins}`;
  } else {
    scored = `SELECT s.*, ${totalColumn} AS total FROM (${matches}, bm25(fts, ${BM25_WEIGHTS_WITHOUT_TITLES}) AS relevance ${from}) s`;
  }
  // Every match is scored and sorted by rowid, score and date only; the page's documents are
  // joined afterwards, so their texts are read for the page alone. With filters the total
  // comes with the page (a window over every match, which the join visits anyway); without,
  // counting the full-text matches alone is cheaper than the window (2 vs 8 ms on a word in
  // a third of 100k documents).
  const rows = db
    .prepare(
      `${ctes} SELECT d.id, d.title, d.date, d.lang, d.source, d.url, d.path, d.record, d.text, page.relevance, page.tier, page.total
       FROM (SELECT m.rid, m.date, m.tier, m.relevance, m.total FROM (${scored}) m
             ORDER BY ${order("m")} LIMIT @limit OFFSET @offset) page
       JOIN documents d ON d.rowid = page.rid ORDER BY ${order("page")}`,
    )
    .all(params) as (Omit<SearchHit, "score" | "snippet" | "highlights"> & { text: string; relevance: number; total: number; tier: number })[];
  delete params.exact;
  delete params.titleAny;
  delete params.window;
  for (const row of rows) if (row.tier !== 0) row.relevance *= ALIAS_ONLY_FACTOR;
  if (rerank) {
    // A word as typed, or a word it begins ("start" in "started"): people type the base form
    // of a word the article inflects, and a different form ("win" for "wins") is the weaker match.
    const asTyped = surfaces.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "iu"));
    const keyed = rows.map((row, i) => {
      // Tier 1 rows matched through other names: the words as typed are not expected there.
      const stemOnly = row.tier !== 0 ? 0 : stemOnlyWords(row, surfaces, asTyped);
      // bm25 is negative: scaling it towards 0 ranks the row lower.
      return { row, i, relevance: row.relevance * STEM_ONLY_FACTOR ** stemOnly };
    });
    keyed.sort((a, b) => a.row.tier - b.row.tier || a.relevance - b.relevance || a.i - b.i);
    rows.splice(0, rows.length, ...keyed.slice(req.offset, req.offset + req.limit).map((k) => k.row));
  }
  // Without filters, or past the last page, no row carries the total: count separately.
  const total = rows[0]?.total ?? (rows.length === 0 && req.offset === 0 ? 0 : (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n);
  const hits = rows.map(({ text, relevance, tier: _tier, total: _total, ...row }) => {
    const snippet = makeSnippet(text, findHighlights(text, sequences, { firstOnly: true }));
    return { ...row, score: Number((-relevance).toPrecision(6)), snippet: snippet.text, highlights: snippet.highlights };
  });
  return { total, hits };
}
