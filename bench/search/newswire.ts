/**
 * English search on more English than the 10k/100k sets hold: the BBC articles and the
 * Reuters-21578 newswire (about 23,000 stories), one index per engine, known-item queries
 * drawn from each. In the 10k/100k sets the English articles are the BBC's 2,225, and every
 * engine ranks nearly every English known-item query first (run.ts, ranks.ts); formulaic
 * newswire headlines ("... COMPLETES SALE OF UNIT", tickers such as <REXN.O>) are where
 * English ranking shows its differences.
 *
 *   node_modules/.bin/tsx bench/search/newswire.ts [--per-group 200] [--engines wenku,fts5-trigram,groonga] [--work DIR] [--reuse] [--per-query] [--seed 0]
 *
 * --seed N draws other queries (N is added to each group's seed): a held-out set for a
 * ranking change chosen on the default one.
 *
 * Queries are made as in the corpus set (queries.ts): typed as the article writes its words,
 * and typed in another form. A copy of the sought story counts as found (repostsOf).
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanArticles, cleanReuters, corpusAvailable, reutersAvailable, type BenchDoc, type CleanArticle } from "./articles.js";
import { availableEngines, indexFile, makeEngine } from "./engines.js";
import { mean } from "./metrics.js";
import { knownItem, knownItemOtherForms, repostsOf } from "./queries.js";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const PER_GROUP = Number(flag("per-group", "200"));
const WORK = join(flag("work", join(tmpdir(), "wenku-bench-search")), "newswire");
const REUSE = process.argv.includes("--reuse");
const PER_QUERY = process.argv.includes("--per-query");
const SEED = Number(flag("seed", "0"));
const log = (s: string) => process.stderr.write(s + "\n");

if (!corpusAvailable() || !reutersAvailable()) {
  log("corpus data not found under ../shared/data/corpus (bbc-news.jsonl.gz, reuters21578/): nothing to measure");
  process.exit(0);
}
const ENGINES = availableEngines(flag("engines", "wenku,fts5-trigram,groonga").split(","), log);
const english: CleanArticle[] = [...(await cleanArticles(log)).filter((a) => a.corpus === "bbc"), ...(await cleanReuters(log))];
const docs: BenchDoc[] = english.map((a) => ({ id: a.key, article: a.key, corpus: a.corpus, title: a.title, date: a.date, lang: a.lang, text: a.text }));
const copies = repostsOf(english);
const queries: { group: string; text: string; relevant: Set<string> }[] = [];
for (const corpus of ["bbc", "reuters"] as const) {
  for (const q of knownItem(english, corpus, PER_GROUP, 3 + SEED)) queries.push({ group: `typed as written (${corpus})`, text: q.text, relevant: copies(q.article) });
  for (const q of knownItemOtherForms(english, corpus, PER_GROUP, 5 + SEED)) queries.push({ group: `other word forms (${corpus})`, text: q.text, relevant: copies(q.article) });
}
log(`${docs.length} documents (bbc ${docs.filter((d) => d.corpus === "bbc").length}, reuters ${docs.filter((d) => d.corpus === "reuters").length}), ${queries.length} queries`);

/** Per engine, per query, the reciprocal rank of the first relevant document (0: not in 10). */
const rr: number[][] = [];
for (const name of ENGINES) {
  const engine = makeEngine(name, WORK, 20000 + (process.pid % 10000));
  if (REUSE && existsSync(indexFile(engine))) await (engine as unknown as { open(d: BenchDoc[]): Promise<void> | void }).open(docs);
  else {
    const t = performance.now();
    await engine.build(docs);
    log(`${name}: built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const row: number[] = [];
  for (const q of queries) {
    const rank = (await engine.search(q.text, 10)).findIndex((id) => q.relevant.has(id)) + 1;
    row.push(rank === 0 ? 0 : 1 / rank);
  }
  rr.push(row);
  await engine.close();
}

const [first, ...others] = ENGINES;
if (PER_QUERY) {
  // Each query's rank per engine, the queries the engines do not all rank alike.
  const rank = (x: number) => (x === 0 ? "–" : String(Math.round(1 / x)));
  console.log(`| group | query | ${ENGINES.join(" | ")} |\n|---|---|${ENGINES.map(() => "---").join("|")}|`);
  queries.forEach((q, i) => {
    if (rr.some((row) => row[i] !== rr[0]![i])) console.log(`| ${q.group} | ${q.text} | ${rr.map((row) => rank(row[i]!)).join(" | ")} |`);
  });
  console.log();
}
console.log(`| group (queries) | ${ENGINES.map((e) => `${e} MRR@10`).join(" | ")} | ${others.map((o) => `${first} vs ${o}: better / equal / worse`).join(" | ")} |`);
console.log(`|---|${ENGINES.map(() => "---").join("|")}|${others.map(() => "---").join("|")}|`);
for (const group of [...new Set(queries.map((q) => q.group))]) {
  const at = queries.flatMap((q, i) => (q.group === group ? [i] : []));
  const versus = others.map((_, k) => {
    const [ours, theirs] = [rr[0]!, rr[k + 1]!];
    const better = at.filter((i) => ours[i]! > theirs[i]!).length;
    const worse = at.filter((i) => ours[i]! < theirs[i]!).length;
    return `${better} / ${at.length - better - worse} / ${worse}`;
  });
  console.log(`| ${group} (${at.length}) | ${rr.map((row) => mean(at.map((i) => row[i]!)).toFixed(3)).join(" | ")} | ${versus.join(" | ")} |`);
}
