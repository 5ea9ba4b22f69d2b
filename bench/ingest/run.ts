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
 *   one that resolves a dependency to another build of it), --sample DIR (with --limit: make the
 *   sample in DIR and keep it, or reuse the one there; outside the repository)
 *
 * Prints a Markdown table. Data is read from ../shared/data (copyrighted: never copied into
 * the repository; a sample is written to a temporary directory and deleted afterwards).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
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
  /** CPU seconds (user + system) of the whole process, from /usr/bin/time. */
  cpuSeconds: number;
  /** CPU seconds of the main thread (reader, boilerplate pre-pass, writer), from /proc. */
  mainCpuSeconds: number;
  summary: any;
}

const TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** utime + stime of one thread, in seconds (/proc/PID/task/TID/stat, fields 14 and 15). */
function threadCpuSeconds(pid: number, tid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from 3 on
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** The pid of the node process /usr/bin/time started. */
function childPid(timePid: number): number | undefined {
  try {
    const pid = Number(readFileSync(`/proc/${timePid}/task/${timePid}/children`, "utf8").trim().split(" ")[0]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** One `wenku ingest` run under /usr/bin/time (peak RSS and CPU of the process, all threads).
 *  The main thread's CPU is read from /proc every 100 ms while it runs (the last reading is
 *  kept: up to 0.1 s of it is missed); the rest of the CPU is the worker threads' (cleaning,
 *  analysis) plus V8's and libuv's helper threads. */
async function ingest(db: string, paths: string[]): Promise<Measured> {
  const t0 = performance.now();
  const child = spawn("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...preload, BIN, "ingest", "--db", db, "--json", "--workers", String(workers), ...paths], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-100_000)));
  let node: number | undefined;
  let mainCpuSeconds = 0;
  const poll = setInterval(() => {
    node ??= childPid(child.pid!);
    if (node !== undefined) mainCpuSeconds = threadCpuSeconds(node, node) ?? mainCpuSeconds;
  }, 100);
  const status = await new Promise<number | null>((done) => child.on("close", done));
  clearInterval(poll);
  const seconds = (performance.now() - t0) / 1000;
  const lines = stderr.trim().split("\n");
  const [peakKb, user, system] = lines[lines.length - 1]!.split(" ").map(Number);
  let summary: any;
  try {
    summary = JSON.parse(stdout.trim().split("\n").pop() ?? "{}");
  } catch {
    console.error(stderr.slice(-2000));
    throw new Error(`wenku ingest exited ${status} without a summary`);
  }
  return { seconds, peakRssMb: peakKb! / 1024, cpuSeconds: user! + system!, mainCpuSeconds, summary };
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
  // --sample DIR: the sample is made there once and reused, so that two builds ingest the same
  // paths (document ids derive from them) and compare.ts can compare their indexes.
  const sampleDir = arg("sample") ? resolve(arg("sample")!) : undefined;
  const paths =
    sampleDir && limit !== undefined && existsSync(join(sampleDir, "sample")) ? [join(sampleDir, "sample")] : await benchInputs(data, sampleDir ?? work, limit);
  const mb = bytesOf(paths) / 1024 / 1024;
  const db = join(arg("keep") ?? work, "bench.db");
  // A --keep directory may hold an earlier index and its log: a stale -wal beside a new file
  // is a "disk I/O error".
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const first = await ingest(db, paths);
  const again = await ingest(db, paths);
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
    ["CPU (user + system), first run", `${first.cpuSeconds.toFixed(1)} s = ${((1000 * first.cpuSeconds) / docs).toFixed(2)} ms/document`],
    ["of which main thread (reader, pre-pass, writer)", `${first.mainCpuSeconds.toFixed(1)} s = ${((1000 * first.mainCpuSeconds) / docs).toFixed(2)} ms/document`],
    ["of which worker threads and V8/libuv helpers (the rest)", `${(first.cpuSeconds - first.mainCpuSeconds).toFixed(1)} s = ${((1000 * (first.cpuSeconds - first.mainCpuSeconds)) / docs).toFixed(2)} ms/document`],
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
