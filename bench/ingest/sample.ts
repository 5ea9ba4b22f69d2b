/**
 * The bench inputs: the shared data folders themselves, or a sample of them written as
 * symlinks and truncated copies into a temporary directory (nothing is copied into the repo).
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { expandInputs, hashFile, readRecords, type RawRecord } from "@wenku/ingest";

export const HTML_DIRS = ["html/cctv", "html/gne", "html/waddle-zh-dev/html", "html/cwce-dev/original", "html/scrapinghub/html"];

/** Pages taken from each HTML folder for a sample of `limit` records per JSON Lines file. */
export const pagesPerFolder = (limit: number) => Math.max(20, Math.round(limit / 20));

/** The first `n` lines of a gzipped JSON Lines file, gzipped again. */
async function headGzip(src: string, dest: string, n: number): Promise<void> {
  const out = createGzip();
  const done = new Promise((r) => out.pipe(createWriteStream(dest)).on("finish", r));
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(src).pipe(createGunzip()), crlfDelay: Infinity })) {
    if (i++ >= n) break;
    out.write(line + "\n");
  }
  out.end();
  await done;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The inputs: the data folders, or (with `limit`) the first `limit` records of each JSON Lines
 *  file, 2 of the 22 Reuters files and `pagesPerFolder(limit)` pages of each HTML folder,
 *  written under `work`. */
export async function benchInputs(data: string, work: string, limit: number | undefined): Promise<string[]> {
  const all = [join(data, "corpus"), ...HTML_DIRS.map((d) => join(data, d)).filter(existsSync)];
  if (limit === undefined) return all;
  const sample = join(work, "sample");
  for (const src of filesUnder(join(data, "corpus"))) {
    const dest = join(sample, src.slice(join(data, "corpus").length));
    mkdirSync(join(dest, ".."), { recursive: true });
    if (src.endsWith(".jsonl.gz")) await headGzip(src, dest, limit);
    else if (basename(src) < "reut2-002") symlinkSync(src, dest); // 2 of the 22 Reuters files
  }
  for (const d of HTML_DIRS) {
    const dir = join(data, d);
    if (!existsSync(dir)) continue;
    const dest = join(sample, d);
    mkdirSync(dest, { recursive: true });
    for (const f of filesUnder(dir).filter((f) => /\.(s?html?|htm)(\.gz)?$/.test(f)).slice(0, pagesPerFolder(limit))) symlinkSync(f, join(dest, f.slice(dir.length + 1).replaceAll("/", "__")));
  }
  return [sample];
}

export function bytesOf(paths: string[]): number {
  let n = 0;
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) for (const f of filesUnder(p)) n += statSync(f).size;
    else n += st.size;
  }
  return n;
}

/** The records of the sample's input files, file by file as ingest reads them (records with a
 *  problem left out), read through a temporary folder that is removed afterwards. */
export async function readSampleFiles(data: string, limit: number): Promise<{ path: string; hash: string; records: RawRecord[] }[]> {
  const work = mkdtempSync(join(tmpdir(), "wenku-bench-sample-"));
  try {
    const { files } = await expandInputs(await benchInputs(data, work, limit));
    const out: { path: string; hash: string; records: RawRecord[] }[] = [];
    for (const path of files) {
      const hash = await hashFile(path);
      const records: RawRecord[] = [];
      for await (const e of readRecords(path, { fileHash: hash })) if (!("problem" in e)) records.push(e.record);
      out.push({ path, hash, records });
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
