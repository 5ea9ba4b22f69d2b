/**
 * The single writer alone: what `writeBatch` costs per document, measured in CPU time on the
 * same records every time. Records are read from a sample of the shared data, cleaned and
 * analysed once by the pipeline's worker pool, and cached (v8-serialised, in the temp dir);
 * each run then replays them into a fresh index, in the pipeline's batches, with nothing else
 * running in the process, so `process.cpuUsage()` is the writer's own time.
 *
 *   node_modules/.bin/tsc -b packages/cli                       # the workers run the built code
 *   node_modules/.bin/tsx bench/ingest/writer.ts --limit 500    # ~4,700 documents
 *   options: --batch N (records per batch, default the pipeline's), --fresh (re-process the
 *   records instead of using the cache), --repeat N (replays, best CPU time kept), --data DIR
 *
 * A profile of the replay: node --cpu-prof --import tsx bench/ingest/writer.ts --limit 500
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { RawRecord } from "@wenku/ingest";
import { openDatabase } from "../../packages/index/src/db.js";
import { DEFAULT_BATCH_SIZE } from "../../packages/index/src/pipeline.js";
import { writeBatch, type BatchItem, type FileInProgress } from "../../packages/index/src/store.js";
import { startPool } from "../../packages/index/src/worker-pool.js";
import { readSampleFiles } from "./sample.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const data = resolve(arg("data") ?? join(ROOT, "../shared/data"));
const limit = Number(arg("limit") ?? 500);
const batchSize = Number(arg("batch") ?? DEFAULT_BATCH_SIZE);
const repeat = Number(arg("repeat") ?? 1);
const cache = join(tmpdir(), `wenku-bench-writer-${limit}.v8`);

if (!existsSync(join(data, "corpus"))) {
  console.error(`bench/ingest/writer: ${data}/corpus not found; nothing to measure (pass --data DIR)`);
  process.exit(2);
}

/** Read and process the sample once, in file order, as the pipeline would hand it to the writer. */
async function processSample(): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  for (const sample of await readSampleFiles(data, limit)) {
    const file: FileInProgress = { path: sample.path, hash: sample.hash, records: 0, problems: 0 };
    for (const raw of sample.records) {
      file.records = raw.record + 1;
      items.push({ kind: "record", file, raw });
    }
    items.push({ kind: "end", file });
  }
  const pool = await startPool(2, { gazetteers: [] });
  const records = items.filter((i): i is BatchItem & { kind: "record" } => i.kind === "record");
  const chunks: (BatchItem & { kind: "record" })[][] = [];
  for (let i = 0; i < records.length; i += 64) chunks.push(records.slice(i, i + 64));
  await Promise.all(
    chunks.map(async (chunk) => {
      const outcomes = await pool.process(chunk.map((c) => c.raw as RawRecord));
      chunk.forEach((c, k) => {
        const o = outcomes[k]!;
        if ("processed" in o) c.processed = { ...o.processed, raw: c.raw };
      });
    }),
  );
  await pool.close();
  return items;
}

let items: BatchItem[];
if (existsSync(cache) && !process.argv.includes("--fresh")) items = deserialize(readFileSync(cache)) as BatchItem[];
else {
  const t0 = performance.now();
  items = await processSample();
  writeFileSync(cache, serialize(items));
  console.error(`processed ${items.length} items in ${((performance.now() - t0) / 1000).toFixed(1)} s; cached in ${cache}`);
}
const docs = items.filter((i) => i.kind === "record" && i.processed).length;
const chars = items.reduce((n, i) => n + (i.kind === "record" && i.processed ? i.processed.clean.text.length : 0), 0);

/** One replay into a fresh index: CPU and wall seconds of the batches. */
function replay(): { cpu: number; wall: number; dbMb: number } {
  const dir = mkdtempSync(join(tmpdir(), "wenku-bench-writer-db-"));
  try {
    const db = openDatabase(join(dir, "w.db"));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let batch: BatchItem[] = [];
    let records = 0;
    for (const item of items) {
      batch.push(item);
      if (item.kind === "record" && ++records % batchSize === 0) {
        writeBatch(db, batch);
        batch = [];
      }
    }
    if (batch.length) writeBatch(db, batch);
    const c1 = process.cpuUsage(c0);
    const wall = (performance.now() - t0) / 1000;
    db.close();
    const size = statSync(join(dir, "w.db")).size + (existsSync(join(dir, "w.db-wal")) ? statSync(join(dir, "w.db-wal")).size : 0);
    return { cpu: (c1.user + c1.system) / 1e6, wall, dbMb: size / 1024 / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const load = loadavg()[0]!.toFixed(1);
let best: ReturnType<typeof replay> | undefined;
for (let i = 0; i < repeat; i++) {
  const r = replay();
  if (!best || r.cpu < best.cpu) best = r;
}
console.log("| measure | value |\n|---|---|");
console.log(`| sample | ${limit} records per JSONL, 2 Reuters files, html pages: ${docs} documents, ${(chars / 1e6).toFixed(1)} M clean chars |`);
console.log(`| batch | ${batchSize} records |`);
console.log(`| writer CPU, batches | ${best!.cpu.toFixed(2)} s (${((1000 * best!.cpu) / docs).toFixed(2)} ms/document; wall ${best!.wall.toFixed(2)} s) |`);
console.log(`| DB size | ${best!.dbMb.toFixed(0)} MB |`);
console.log(`| machine | load average ${load} at start, ${loadavg()[0]!.toFixed(1)} at end; best of ${repeat} |`);
