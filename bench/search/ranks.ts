/**
 * Per-query ranks of the corpus query set on indexes built earlier by run.ts: where each engine
 * puts the first relevant document of each query, to see which queries a group's MRR loses.
 *
 *   node_modules/.bin/tsx bench/search/ranks.ts [--size 100000] [--group TEXT] [--engines wenku,fts5-trigram] [--per-group 20] [--work DIR]
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchSet, cleanArticles, corpusAvailable } from "./articles.js";
import type { Engine } from "./engine.js";
import { corpusQueries } from "./queries.js";
import { TrigramEngine } from "./trigram-engine.js";
import { WenkuEngine } from "./wenku-engine.js";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const SIZE = Number(flag("size", "100000"));
const GROUP = flag("group", "");
const PER_GROUP = Number(flag("per-group", "20"));
const WORK = flag("work", join(tmpdir(), "wenku-bench-search"));
const ENGINES = flag("engines", "wenku,fts5-trigram").split(",");
const log = (s: string) => process.stderr.write(s + "\n");

if (!corpusAvailable()) {
  log("corpus data not found under ../shared/data/corpus: nothing to rank");
  process.exit(0);
}
const dir = join(WORK, `corpus-${SIZE}`);
const engines: Engine[] = ENGINES.map((name) => {
  if (name === "wenku") return new WenkuEngine(join(dir, "wenku.db"));
  if (name === "fts5-trigram") return new TrigramEngine(join(dir, "trigram.db"));
  throw new Error(`ranks.ts knows wenku and fts5-trigram, not ${name}`);
});
for (const e of engines) {
  const path = (e as WenkuEngine | TrigramEngine).path;
  if (!existsSync(path)) {
    log(`${path} not found: build it first with run.ts --sizes ${SIZE}`);
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
for (const q of queries) {
  const relevant = new Set(docs.filter(q.relevant).map((d) => d.id));
  if (relevant.size === 0) continue;
  const ranks: string[] = [];
  for (const e of engines) {
    const i = (await e.search(q.text, 10)).findIndex((id) => relevant.has(id));
    ranks.push(i === -1 ? "–" : String(i + 1));
  }
  console.log(`| ${q.group} | ${q.text} | ${ranks.join(" | ")} |`);
}
for (const e of engines) await e.close();
