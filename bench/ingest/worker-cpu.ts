/**
 * The worker threads' share of ingest alone: CPU time per document of the record processor
 * (clean, analyse, full-text tokens, fingerprints, compression: `createProcessor` in
 * packages/index/src/pipeline-worker.ts), run in this process on one core over the same
 * records every time, plus a digest of everything it hands to the writer, so that a change
 * meant to make it cheaper can be shown to change no output.
 *
 * Records are read once from a sample of the shared data and cached (v8-serialised, in the
 * temp dir). `process.cpuUsage()` around the loop is this thread's CPU (plus whatever
 * nodejieba and V8's GC helper threads do), comparable on a loaded machine.
 *
 *   node_modules/.bin/tsc -b packages/cli     # measures the built code, as the worker threads run it
 *   node --max-semi-space-size=3 --import tsx bench/ingest/worker-cpu.ts --limit 300
 *   options: --repeat N (passes, best CPU kept; the first pass also warms the caches),
 *            --data DIR, --fresh (read the sample again), --digests FILE (write the per-part
 *            digests as JSON, to compare two builds), --alloc-prof FILE (sampling heap profile
 *            of the last pass, garbage included)
 * `--max-semi-space-size=3` gives the heap the young generation a worker thread has (8 MB,
 * WORKER_YOUNG_MB in worker-pool.ts), so garbage collection costs what it costs there.
 * A profile: add --cpu-prof --cpu-prof-dir DIR to the node command.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { RawRecord } from "@wenku/ingest";
import { Session } from "node:inspector/promises";
import { readSampleFiles } from "./sample.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const data = resolve(arg("data") ?? join(ROOT, "../shared/data"));
const limit = Number(arg("limit") ?? 300);
const repeat = Number(arg("repeat") ?? 2);
const cache = join(tmpdir(), `wenku-bench-worker-cpu-${limit}.v8`);

if (!existsSync(join(data, "corpus"))) {
  console.error(`bench/ingest/worker-cpu: ${data}/corpus not found; nothing to measure (pass --data DIR)`);
  process.exit(2);
}

async function readSample(): Promise<RawRecord[]> {
  return (await readSampleFiles(data, limit)).flatMap((f) => f.records);
}

let records: RawRecord[];
if (existsSync(cache) && !process.argv.includes("--fresh")) records = deserialize(readFileSync(cache)) as RawRecord[];
else {
  records = await readSample();
  writeFileSync(cache, serialize(records));
}

// The built code, as the CLI's worker threads run it (build first: tsc -b packages/cli).
const { createProcessor } = (await import("../../packages/index/dist/pipeline-worker.js")) as typeof import("../../packages/index/src/pipeline-worker.js");
const processRecord = await createProcessor({ gazetteers: [] });
processRecord({ ...records[0]!, body: "预热。Warm-up." } as RawRecord); // loads jieba and the gazetteer outside the timing

/** Digest of each part of what the writer receives, so a difference says where it is. */
type Parts = Record<string, ReturnType<typeof createHash>>;
const PARTS = ["clean", "words", "entities", "figures", "fts", "near", "packed", "hash", "errors"] as const;

function digestOf(outcomes: ReturnType<typeof processRecord>[]): Record<string, string> {
  const h: Parts = Object.fromEntries(PARTS.map((p) => [p, createHash("sha256")]));
  // JSON, not v8.serialize: the serializer writes a string as one-byte or two-byte as V8 happens
  // to hold it, so equal values could digest differently.
  const put = (part: string, v: unknown) => h[part]!.update(JSON.stringify(v, (_k, x) => (ArrayBuffer.isView(x) ? Array.from(x as Uint8Array) : x)) ?? "undefined");
  for (const o of outcomes) {
    if ("error" in o) {
      put("errors", o.error);
      continue;
    }
    const p = o.processed;
    put("clean", p.clean);
    put("words", p.analysis.words);
    put("entities", p.analysis.entities);
    put("figures", [p.analysis.figures, p.analysis.lang, p.analysis.paragraphs]);
    put("fts", p.fts);
    put("near", p.near ?? null);
    put("packed", p.packed);
    put("hash", p.contentHash);
  }
  return Object.fromEntries(PARTS.map((p) => [p, h[p]!.digest("hex").slice(0, 16)]));
}

// --alloc-prof FILE: V8's sampling heap profile of the last pass, collected objects included
// (where the garbage comes from; open it in Chrome DevTools' Memory tab).
const allocOut = arg("alloc-prof");
const session = allocOut ? new Session() : undefined;
session?.connect();

let best = Infinity;
let bestWall = 0;
let digests: Record<string, string> = {};
const load0 = loadavg()[0]!;
for (let r = 0; r < repeat; r++) {
  const outcomes: ReturnType<typeof processRecord>[] = [];
  if (session && r === repeat - 1) await session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as object);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const raw of records) outcomes.push(processRecord(raw));
  const c = process.cpuUsage(c0);
  const wall = (performance.now() - t0) / 1000;
  const cpu = (c.user + c.system) / 1e6;
  if (cpu < best) [best, bestWall] = [cpu, wall];
  console.error(`pass ${r + 1}: ${cpu.toFixed(2)} s CPU, ${wall.toFixed(2)} s wall`);
  if (session && r === repeat - 1) writeFileSync(allocOut!, JSON.stringify((await session.post("HeapProfiler.stopSampling")).profile));
  if (r === 0) digests = digestOf(outcomes);
}
const docs = records.length;
const out = arg("digests");
if (out) writeFileSync(out, JSON.stringify(digests, null, 1));
console.log(`| records | best CPU (of ${repeat}) | ms CPU/record | wall | load average start → end |`);
console.log(`|---|---|---|---|---|`);
console.log(`| ${docs} (--limit ${limit}) | ${best.toFixed(2)} s | ${((best / docs) * 1000).toFixed(3)} | ${bestWall.toFixed(2)} s | ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} |`);
console.log(`digests: ${JSON.stringify(digests)}`);
