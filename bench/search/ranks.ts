/**
 * Per-query ranks of the corpus query set on indexes built earlier by run.ts: where each engine
 * puts the first relevant document of each query, to see which queries a group's MRR loses.
 *
 *   node_modules/.bin/tsx bench/search/ranks.ts [--size 100000] [--group TEXT] [--engines wenku,fts5-trigram,groonga] [--per-group 20] [--work DIR]
 *
 * After the per-query table, one row per group: each engine's MRR@10 and, for the first engine
 * against each other, the queries it ranks better / equal / worse. An MRR gap of one query in
 * fifty is noise unless the wins and losses say otherwise.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchSet, cleanArticles, corpusAvailable } from "./articles.js";
import type { Engine } from "./engine.js";
import { availableEngines, indexFile, makeEngine } from "./engines.js";
import { mean } from "./metrics.js";
import { corpusQueries } from "./queries.js";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const SIZE = Number(flag("size", "100000"));
const GROUP = flag("group", "");
const PER_GROUP = Number(flag("per-group", "20"));
const WORK = flag("work", join(tmpdir(), "wenku-bench-search"));
let ENGINES = flag("engines", "wenku,fts5-trigram").split(",");
const log = (s: string) => process.stderr.write(s + "\n");

if (!corpusAvailable()) {
  log("corpus data not found under ../shared/data/corpus: nothing to rank");
  process.exit(0);
}
ENGINES = availableEngines(ENGINES, log);
const dir = join(WORK, `corpus-${SIZE}`);
const engines: Engine[] = ENGINES.map((name) => makeEngine(name, dir, 20000 + (process.pid % 10000)));
for (const e of engines) {
  if (!existsSync(indexFile(e))) {
    log(`${indexFile(e)} not found: build it first with run.ts --sizes ${SIZE}`);
    process.exit(1);
  }
}
const articles = await cleanArticles(log);
const sample = new Set(benchSet(articles, 10_000).map((d) => d.article));
const docs = benchSet(articles, SIZE);
for (const e of engines) await (e as unknown as { open(d: typeof docs): Promise<void> | void }).open(docs);
const queries = corpusQueries(articles, articles.filter((a) => sample.has(a.key)), PER_GROUP).filter((q) => q.group.includes(GROUP));
console.log(`| group | query | ${ENGINES.join(" | ")} |`);
console.log(`|---|---|${ENGINES.map(() => "---").join("|")}|`);
/** Per group, per engine, the reciprocal rank of each query (0 when not in the first 10). */
const reciprocal = new Map<string, number[][]>();
for (const q of queries) {
  const relevant = new Set(docs.filter(q.relevant).map((d) => d.id));
  if (relevant.size === 0) continue;
  const ranks: number[] = [];
  for (const e of engines) ranks.push((await e.search(q.text, 10)).findIndex((id) => relevant.has(id)) + 1);
  console.log(`| ${q.group} | ${q.text} | ${ranks.map((r) => (r === 0 ? "–" : String(r))).join(" | ")} |`);
  const rows = reciprocal.get(q.group) ?? ENGINES.map(() => []);
  ranks.forEach((r, e) => rows[e]!.push(r === 0 ? 0 : 1 / r));
  reciprocal.set(q.group, rows);
}
for (const e of engines) await e.close();

const [first, ...others] = ENGINES;
console.log(`\n| group (queries) | ${ENGINES.map((e) => `${e} MRR@10`).join(" | ")} | ${others.map((o) => `${first} vs ${o}: better / equal / worse`).join(" | ")} |`);
console.log(`|---|${ENGINES.map(() => "---").join("|")}|${others.map(() => "---").join("|")}|`);
for (const [group, rows] of reciprocal) {
  const versus = others.map((_, k) => {
    const [ours, theirs] = [rows[0]!, rows[k + 1]!];
    const better = ours.filter((rr, i) => rr > theirs[i]!).length;
    const worse = ours.filter((rr, i) => rr < theirs[i]!).length;
    return `${better} / ${ours.length - better - worse} / ${worse}`;
  });
  console.log(`| ${group} (${rows[0]!.length}) | ${rows.map((r) => mean(r).toFixed(3)).join(" | ")} | ${versus.join(" | ")} |`);
}
