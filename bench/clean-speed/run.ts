/**
 * Speed of `cleanRecord` on plain-text corpus records (issue #6 needs the cleaner several
 * times faster than it was). CPU time of this process (`process.cpuUsage()`), not wall time:
 * the machine is shared, and CPU time is what the ingest workers pay.
 *
 *   node_modules/.bin/tsc -b packages/cli
 *   node_modules/.bin/tsx bench/clean-speed/run.ts --limit 2000 [--dump FILE] [--compare FILE] [--rounds N]
 *
 * --dump writes each record's clean text (JSON Lines: source, record, title, text) so a
 * later run can --compare against it and report how many outputs changed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { cleanRecord } from "@wenku/clean";
import { readRecords, type RawRecord } from "@wenku/ingest";
import { SHARED_DATA } from "../../support/data.js";

const SOURCES = ["cctv-xwlb.jsonl.gz", "hkcnews-zh-hant-20k.jsonl.gz", "bbc-news.jsonl.gz"];

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function load(path: string, limit: number): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const ev of readRecords(path)) {
    if ("record" in ev) out.push(ev.record);
    if (out.length >= limit) break;
  }
  return out;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const limit = Number(flag("limit") ?? 2000);
  const rounds = Number(flag("rounds") ?? 1);
  const dump = flag("dump");
  const compare = flag("compare");
  const rows: string[][] = [];
  const outputs: Array<{ source: string; record: number; title: string; text: string }> = [];
  let totalDocs = 0;
  let totalChars = 0;
  let totalCpu = 0;
  console.log(`# cleanRecord speed on text records — ${new Date().toISOString()} — loadavg ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  for (const name of SOURCES) {
    const path = `${SHARED_DATA}/corpus/${name}`;
    if (!existsSync(path)) {
      console.log(`${name}: skipped (data absent)`);
      continue;
    }
    const records = await load(path, limit);
    for (const r of records.slice(0, 5)) cleanRecord(r); // warm-up: lexicon, tables, JIT
    const chars = records.reduce((s, r) => s + r.text.length, 0);
    let best = Infinity;
    for (let round = 0; round < rounds; round++) {
      const t0 = cpuMs();
      for (const r of records) {
        const doc = cleanRecord(r);
        if (round === 0 && (dump || compare)) outputs.push({ source: name, record: r.record, title: doc.title, text: doc.text });
      }
      best = Math.min(best, cpuMs() - t0);
    }
    totalDocs += records.length;
    totalChars += chars;
    totalCpu += best;
    rows.push([name, String(records.length), String(Math.round(chars / records.length)), (best / records.length).toFixed(2), Math.round(chars / (best / 1000)).toLocaleString("en")]);
  }
  rows.push(["all", String(totalDocs), String(Math.round(totalChars / totalDocs)), (totalCpu / totalDocs).toFixed(2), Math.round(totalChars / (totalCpu / 1000)).toLocaleString("en")]);
  console.log(`\n| source | docs | chars/doc | CPU ms/doc | chars/CPU-s |\n| --- | --- | --- | --- | --- |`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log(`\nloadavg at end ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  if (dump) {
    writeFileSync(dump, outputs.map((o) => JSON.stringify(o)).join("\n") + "\n");
    console.log(`wrote ${outputs.length} outputs to ${dump}`);
  }
  if (compare) {
    const before = readFileSync(compare, "utf8").trim().split("\n").map((l) => JSON.parse(l) as (typeof outputs)[number]);
    const key = (o: { source: string; record: number }) => `${o.source}#${o.record}`;
    const old = new Map(before.map((o) => [key(o), o]));
    const changed = outputs.filter((o) => {
      const b = old.get(key(o));
      return !b || b.text !== o.text || b.title !== o.title;
    });
    console.log(`compared with ${compare}: ${changed.length} of ${outputs.length} outputs changed`);
    for (const o of changed.slice(0, Number(flag("show") ?? 10))) console.log(`  changed: ${key(o)}`);
  }
}

await main();
