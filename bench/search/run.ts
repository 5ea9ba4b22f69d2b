/**
 * Search benchmark: wenku against SQLite FTS5 trigram and Groonga on the same documents and
 * queries. Prints Markdown tables. See README.md for what each number means.
 *
 *   node_modules/.bin/tsx bench/search/run.ts [--sizes 10000,100000] [--engines wenku,fts5-trigram,groonga]
 *     [--per-group 20] [--questions 1000] [--cold 20] [--work DIR] [--reuse] [--no-corpus] [--no-retrieval]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchSet, cleanArticles, corpusAvailable, type BenchDoc } from "./articles.js";
import type { Engine } from "./engine.js";
import { availableEngines, indexFile, makeEngine } from "./engines.js";
import { mean, median, percentile, scoreRanking } from "./metrics.js";
import { corpusQueries, type Query } from "./queries.js";
import { loadRetrieval, retrievalAvailable } from "./retrieval.js";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const has = (name: string) => process.argv.includes(`--${name}`);

const SIZES = flag("sizes", "10000").split(",").map(Number);
const PER_GROUP = Number(flag("per-group", "20"));
const QUESTIONS = Number(flag("questions", "0")) || undefined;
const COLD = Number(flag("cold", "20"));
const WORK = flag("work", join(tmpdir(), "wenku-bench-search"));
const REUSE = has("reuse");
let ENGINES = flag("engines", "wenku,fts5-trigram,groonga").split(",");
const log = (s: string) => process.stderr.write(s + "\n");
const out = (s: string) => process.stdout.write(s + "\n");

ENGINES = availableEngines(ENGINES, log);
const port = 20000 + (process.pid % 10000);

/** Build (or with --reuse, open) an engine's index of these documents; seconds spent building. */
async function ready(engine: Engine, docs: BenchDoc[]): Promise<number | undefined> {
  const built = existsSync(indexFile(engine));
  if (REUSE && built) {
    await (engine as unknown as { open(d: BenchDoc[]): Promise<void> | void }).open(docs);
    return undefined;
  }
  const t = performance.now();
  await engine.build(docs);
  return (performance.now() - t) / 1000;
}

const fmt = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const mb = (b: number) => (b / 1e6).toFixed(1);

interface Quality { rr: number[]; recall: number[] }

async function evaluate(engine: Engine, queries: { text: string; isRelevant: (id: string) => boolean; count: number }[]): Promise<{ quality: Quality; times: number[] }> {
  const quality: Quality = { rr: [], recall: [] };
  const times: number[] = [];
  for (const q of queries.slice(0, 20)) await engine.search(q.text, 10); // warm caches
  for (const q of queries) {
    const t = performance.now();
    const ranked = await engine.search(q.text, 10);
    times.push(performance.now() - t);
    const s = scoreRanking(ranked, q.isRelevant, q.count);
    quality.rr.push(s.rr);
    quality.recall.push(s.recall);
  }
  return { quality, times };
}

/** The environment of the cold runs: without NODE_EXTRA_CA_CERTS, as the `wenku` launcher
 *  (packages/cli/bin/wenku) runs Node; the node scripts of the peers get the same, so every
 *  engine starts as cheaply as it can (where the variable names a full bundle, loading it
 *  costs every Node process ~33 ms of CPU at start-up). */
function coldEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.NODE_EXTRA_CA_CERTS;
  // The `wenku` command as installed runs the built code: a harness started with
  // NODE_OPTIONS=--conditions=wenku-source (to build from the sources) would make plain Node
  // load the .ts sources, and every cold run fail.
  delete env.NODE_OPTIONS;
  return env;
}

/** Wall times of fresh processes, each preceded by a `node -e 0`: [node start, command] ms,
 *  measured by bench/search/cold-timer.mjs (a small process, as a shell starts them). */
function timeFreshProcesses(commands: string[][], env: NodeJS.ProcessEnv): [number, number][] {
  const timer = new URL("./cold-timer.mjs", import.meta.url).pathname;
  const r = spawnSync(process.execPath, [timer], { input: JSON.stringify(commands), env, maxBuffer: 1 << 20 });
  if (String(r.stderr)) log(String(r.stderr).trimEnd());
  if (r.status !== 0) throw new Error(`bench/search/cold-timer.mjs exited with ${r.status}`);
  return JSON.parse(String(r.stdout)) as [number, number][];
}

/** Median wall time of fresh processes answering one query each, and the median of each run
 *  minus a `node -e 0` started just before it (Node's own start swings with machine load;
 *  measured back to back, the difference is steadier). */
function coldMedian(engine: Engine, queries: string[]): { wall: number; overNode: number } {
  const commands = Array.from({ length: COLD }, (_, i) => engine.coldCommand(queries[i % queries.length]!));
  const times = timeFreshProcesses(commands, coldEnv());
  return { wall: median(times.map(([, wall]) => wall)), overNode: median(times.map(([node, wall]) => wall - node)) };
}

async function corpusBench(): Promise<void> {
  if (!corpusAvailable()) {
    log("corpus data not found under ../shared/data/corpus: skipping the corpus benchmark");
    return;
  }
  log("cleaning articles (cached after the first run)…");
  const articles = await cleanArticles(log);
  const sampleKeys = new Set(benchSet(articles, 10_000).map((d) => d.article));
  const queries = corpusQueries(articles, articles.filter((a) => sampleKeys.has(a.key)), PER_GROUP);
  const groups = [...new Set(queries.map((q) => q.group))];
  const nodeStartWith = (env: NodeJS.ProcessEnv) => median(timeFreshProcesses(Array.from({ length: 10 }, () => [process.execPath, "-e", "0"]), env).map(([, t]) => t));
  const nodeStart = nodeStartWith(coldEnv());
  const nodeStartWithCerts = process.env.NODE_EXTRA_CA_CERTS ? nodeStartWith(process.env) : undefined;
  for (const size of SIZES) {
    const docs = benchSet(articles, size);
    const cleanBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.title) + Buffer.byteLength(d.text), 0);
    const judged = queries.map((q: Query) => {
      const relevant = new Set(docs.filter(q.relevant).map((d) => d.id));
      return { text: q.text, group: q.group, isRelevant: (id: string) => relevant.has(id), count: relevant.size };
    });
    const usable = judged.filter((q) => q.count > 0);
    log(`${size} documents (${mb(cleanBytes)} MB clean text), ${usable.length}/${judged.length} queries with a relevant document`);
    const rows: string[] = [];
    const perGroup = new Map<string, string[]>();
    const colds: string[] = [];
    for (const name of ENGINES) {
      const engine = makeEngine(name, join(WORK, `corpus-${size}`), port);
      log(`${name}: building ${size}…`);
      const build = await ready(engine, docs);
      const size_ = engine.size();
      const { quality, times } = await evaluate(engine, usable);
      rows.push(`| ${name} | ${build === undefined ? "(reused)" : fmt(build, 1)} | ${mb(size_.index)} | ${fmt(size_.index / cleanBytes, 2)} | ${mb(size_.total)} | ${fmt(percentile(times, 50), 2)} | ${fmt(percentile(times, 95), 2)} |`);
      for (const g of groups) {
        const idx = usable.map((q, i) => (q.group === g ? i : -1)).filter((i) => i >= 0);
        const cell = `${fmt(mean(idx.map((i) => quality.rr[i]!)))} / ${fmt(mean(idx.map((i) => quality.recall[i]!)))}`;
        perGroup.set(g, [...(perGroup.get(g) ?? []), cell]);
      }
      await engine.close();
      if (COLD > 0) {
        const cold = coldMedian(engine, usable.map((q) => q.text));
        colds.push(`| ${name} | ${fmt(cold.wall, 0)} | ${fmt(cold.overNode, 0)} |`);
      }
    }
    const slices = docs.filter((d) => d.id !== d.article).length;
    const perCorpus = ["cctv", "hkcnews", "bbc"].map((c) => `${c} ${docs.filter((d) => d.corpus === c).length}`).join(", ");
    out(`\n### ${size.toLocaleString("en")} documents (${mb(cleanBytes)} MB of clean text; ${perCorpus}; ${slices} of them half-article slices)\n`);
    out("| engine | build s | index MB | index / clean text | total file MB | warm p50 ms | warm p95 ms |");
    out("|---|---|---|---|---|---|---|");
    rows.forEach((r) => out(r));
    if (colds.length) {
      const withCerts = nodeStartWithCerts === undefined ? "" : `; ${fmt(nodeStartWithCerts, 0)} ms with this shell's NODE_EXTRA_CA_CERTS`;
      out(`\nCold one-shot query, fresh process, median of ${COLD} (Node start alone: ${fmt(nodeStart, 0)} ms${withCerts}):\n`);
      // On a loaded machine Node's own start-up swings widely: the difference is the steadier figure.
      out("| engine | cold median ms | minus Node start |");
      out("|---|---|---|");
      colds.forEach((r) => out(r));
    }
    out(`\nCorpus query set, MRR@10 / Recall@10:\n`);
    out(`| group (queries) | ${ENGINES.join(" | ")} |`);
    out(`|---|${ENGINES.map(() => "---").join("|")}|`);
    for (const g of groups) out(`| ${g} (${usable.filter((q) => q.group === g).length}) | ${perGroup.get(g)!.join(" | ")} |`);
  }
}

async function retrievalBench(): Promise<void> {
  if (!retrievalAvailable()) {
    log("retrieval data not found under ../shared/data/retrieval: skipping passage retrieval");
    return;
  }
  const sets = [
    { haystack: "cmrc", ...loadRetrieval("cmrc2018_dev.json", "CMRC2018 dev", false, { sample: QUESTIONS }) },
    { haystack: "drcd", ...loadRetrieval("drcd_dev.json", "DRCD dev", true, { sample: QUESTIONS }) },
    { haystack: "drcd", ...loadRetrieval("drcd_dev.json", "DRCD dev, Simplified questions", true, { simplified: true, sample: QUESTIONS }) },
  ];
  const rows = new Map<string, string[]>();
  const haystacks = [...new Set(sets.map((s) => s.haystack))];
  for (const name of ENGINES) {
    for (const haystack of haystacks) {
      const sharing = sets.filter((s) => s.haystack === haystack);
      const engine = makeEngine(name, join(WORK, `retrieval-${haystack}`), port);
      log(`${name}: indexing ${sharing[0]!.docs.length} paragraphs (${haystack})…`);
      await ready(engine, sharing[0]!.docs);
      for (const set of sharing) {
        const { quality } = await evaluate(engine, set.questions.map((q) => ({ text: q.text, isRelevant: (id: string) => id === q.relevant, count: 1 })));
        rows.set(set.name, [...(rows.get(set.name) ?? []), `${fmt(mean(quality.rr))} / ${fmt(mean(quality.recall))}`]);
      }
      await engine.close();
    }
  }
  out(`\n### Passage retrieval (question → its paragraph), MRR@10 / Recall@10\n`);
  out(`| set (questions, paragraphs) | ${ENGINES.join(" | ")} |`);
  out(`|---|${ENGINES.map(() => "---").join("|")}|`);
  for (const set of sets) out(`| ${set.name} (${set.questions.length}, ${set.docs.length}) | ${rows.get(set.name)!.join(" | ")} |`);
}

if (!has("no-corpus")) await corpusBench();
if (!has("no-retrieval")) await retrievalBench();
