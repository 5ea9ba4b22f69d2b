/**
 * Ingest benchmark: the whole `wenku ingest` over the shared corpora and HTML folders (or a
 * sample of them), measured from outside as a user runs it, next to the time nodejieba alone
 * needs to segment the same clean text on one core.
 *
 *   node_modules/.bin/tsx bench/ingest/run.ts                  # everything (~90k documents)
 *   node_modules/.bin/tsx bench/ingest/run.ts --limit 2000     # first 2000 records of each JSONL,
 *                                                              # 2 Reuters files, 100 pages per folder
 *   options: --workers N (default: cores), --data DIR (default ../shared/data), --keep DIR,
 *   --preload FILE (a CommonJS file the CLI and its threads load first: `--require FILE`; e.g.
 *   one that resolves a dependency to another build of it)
 *
 * Prints a Markdown table. Data is read from ../shared/data (copyrighted: never copied into
 * the repository; a sample is written to a temporary directory and deleted afterwards).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { benchInputs, bytesOf, pagesPerFolder } from "./sample.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "packages/cli/bin/wenku.js");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const data = resolve(arg("data") ?? join(ROOT, "../shared/data"));
const limit = arg("limit") ? Number(arg("limit")) : undefined;
const workers = Number(arg("workers") ?? availableParallelism());
const preload = arg("preload") ? ["--require", resolve(arg("preload")!)] : [];

if (!existsSync(join(data, "corpus"))) {
  console.error(`bench/ingest: ${data}/corpus not found; nothing to measure (pass --data DIR)`);
  process.exit(2);
}

interface Measured {
  seconds: number;
  peakRssMb: number;
  summary: any;
}

/** One `wenku ingest` run under /usr/bin/time (peak RSS of the process, all threads). */
function ingest(db: string, paths: string[]): Measured {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...preload, BIN, "ingest", "--db", db, "--json", "--workers", String(workers), ...paths], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  const lines = r.stderr.trim().split("\n");
  const peakKb = Number(lines[lines.length - 1]);
  let summary: any;
  try {
    summary = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}");
  } catch {
    console.error(r.stderr.slice(-2000));
    throw new Error(`wenku ingest exited ${r.status} without a summary`);
  }
  return { seconds, peakRssMb: peakKb / 1024, summary };
}

/** nodejieba alone over the same clean text, in this process (one core): the floor the whole
 *  pipeline is compared with. Script runs are not split here; jieba gets each text whole. */
function jiebaSeconds(db: string): { seconds: number; loadSeconds: number; chars: number; docs: number } {
  const require = createRequire(join(ROOT, "packages/analyze/package.json"));
  const t0 = performance.now();
  const jieba = require("nodejieba") as { load: () => void; cut: (s: string, hmm?: boolean) => string[] };
  jieba.load();
  const loadSeconds = (performance.now() - t0) / 1000;
  const index = new Database(db, { readonly: true });
  const texts = (index.prepare("SELECT text FROM documents WHERE text != ''").all() as { text: string }[]).map((r) => r.text);
  index.close();
  let chars = 0;
  const t1 = performance.now();
  for (const t of texts) {
    jieba.cut(t, true);
    chars += t.length;
  }
  return { seconds: (performance.now() - t1) / 1000, loadSeconds, chars, docs: texts.length };
}

const work = mkdtempSync(join(tmpdir(), "wenku-bench-ingest-"));
try {
  const load = loadavg()[0]!.toFixed(1);
  const paths = await benchInputs(data, work, limit);
  const mb = bytesOf(paths) / 1024 / 1024;
  const db = join(arg("keep") ?? work, "bench.db");
  // A --keep directory may hold an earlier index and its log: a stale -wal beside a new file
  // is a "disk I/O error".
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const first = ingest(db, paths);
  const again = ingest(db, paths);
  const jieba = jiebaSeconds(db);
  const dbMb = (statSync(db).size + (existsSync(db + "-wal") ? statSync(db + "-wal").size : 0)) / 1024 / 1024;
  const s = first.summary;
  const docs = s.documents.added + s.documents.updated;
  const rows: [string, string][] = [
    ["input", `${limit === undefined ? "all of corpus/ + 5 html folders" : `sample: ${limit} records per JSONL, 2 Reuters files, ${pagesPerFolder(limit)} pages per html folder`}`],
    ["files / input size", `${s.files} / ${mb.toFixed(1)} MB on disk (gzip where the data is gzipped)`],
    ["documents written", `${docs} (${s.newDuplicates.exact} exact + ${s.newDuplicates.near} near duplicates recorded; ${s.problems.length} problems)`],
    ["workers", preload.length ? `${workers} (preloaded: ${preload[1]})` : String(workers)],
    ["wall time, first run", `${first.seconds.toFixed(1)} s`],
    ["documents/s", (docs / first.seconds).toFixed(0)],
    ["writer thread busy (SQLite, full-text rows, near-duplicate checks)", `${s.writerSeconds.toFixed(1)} s (${((100 * s.writerSeconds) / first.seconds).toFixed(0)}% of wall)`],
    ["boilerplate evidence the run waited for (first pre-pass, reading evidence; storing it is part of the writer's batches)", s.boilerplateSeconds === undefined ? "-" : `${s.boilerplateSeconds.toFixed(1)} s (${((100 * s.boilerplateSeconds) / first.seconds).toFixed(0)}% of wall)`],
    ["MB/s (on-disk input)", (mb / first.seconds).toFixed(2)],
    // /usr/bin/time and the summary report KiB/1024 (MiB); the goal (1 GB) is decimal.
    ["peak RSS", `${first.peakRssMb.toFixed(0)} MiB = ${((first.peakRssMb * 1048576) / 1e6).toFixed(0)} MB (${s.peakRssMb ? `${s.peakRssMb.batches} MiB once every batch was written, ${s.peakRssMb.end} MiB after the suggestion rebuild` : "no phases reported"})`],
    ["DB size", `${dbMb.toFixed(0)} MB`],
    ["nodejieba alone, one core, same clean text", `${jieba.seconds.toFixed(1)} s for ${(jieba.chars / 1e6).toFixed(1)} M chars in ${jieba.docs} docs (+${jieba.loadSeconds.toFixed(1)} s dictionary load)`],
    ["wall / jieba-alone (goal ≤ 1.5)", (first.seconds / jieba.seconds).toFixed(2)],
    ["re-run on unchanged input", `${again.seconds.toFixed(2)} s = ${((100 * again.seconds) / first.seconds).toFixed(1)}% of the first run (goal < 5%); ${again.summary.documents.added + again.summary.documents.updated} documents written`],
    ["machine", `${availableParallelism()} cores, load average ${load} at start, ${loadavg()[0]!.toFixed(1)} at end`],
  ];
  console.log("| measure | value |\n|---|---|");
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  console.log(`\nproblems by kind, first run: ${JSON.stringify(s.problemsByKind)}; encodings: ${JSON.stringify(s.encodings)}; mojibake: ${JSON.stringify(s.mojibake)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
