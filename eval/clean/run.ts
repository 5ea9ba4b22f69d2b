/**
 * The cleaning evaluation harness: wenku's cleaner and Readability.js (the peer) on the same
 * pages in the same run, per set. Usage (from the repo root, after `tsc -b packages/cli`):
 *
 *   node_modules/.bin/tsx eval/clean/run.ts [--sets waddle,cwce,scrapinghub,cctv,seeds,spam]
 *        [--limit N] [--no-peer] [--recycle N] [--worst K] [--dump FILE] [--against FILE]
 *
 * trafilatura, the other peer the issue names, is a Python package and PyPI is not reachable
 * from this machine, so it is not run (its published ScrapingHub score is quoted in the README).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { cleanRecord, type CleanDoc } from "@wenku/clean";
import { bigramPR, meanPRF, shingleCounts, shinglePRF, type PR } from "./metrics.js";
import { runReadability } from "./peer.js";
import { htmlRecord } from "./record.js";
import { cctv, cwce, sameAuthor, sameDate, scrapinghub, waddle, type Page } from "./sets.js";
import { runSeeds } from "./seeds.js";
import { runSpam } from "./spam.js";
import { table } from "./table.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const limit = arg("limit") ? Number(arg("limit")) : undefined;
const sets = (arg("sets") ?? "waddle,cwce,scrapinghub,cctv,seeds,spam").split(",");
const peer = !process.argv.includes("--no-peer");
const recycle = Number(arg("recycle") ?? 40);
const worst = Number(arg("worst") ?? 0);
/** --dump FILE: our per-page P/R as JSON; --against FILE: list pages whose F1 moved since that dump. */
const dumpTo = arg("dump");
const against = arg("against");
const dumped: Record<string, PR> = {};


interface Ours {
  doc: CleanDoc;
  ms: number;
}

function runOurs(pages: Page[]): { results: Map<string, Ours>; wallMs: number; cpuMs: number } {
  const results = new Map<string, Ours>();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const page of pages) {
    const s = performance.now();
    const doc = cleanRecord(htmlRecord(page));
    results.set(`${page.set}/${page.id}`, { doc, ms: performance.now() - s });
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { results, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const f3 = (x: number) => x.toFixed(3);

/** waddle's references start with the headline; both extractors give it as a separate
 *  title, so on that set each is scored on title + text. */
const TITLE_IN_REFERENCE = new Set(["waddle-zh-dev"]);
const titled = (title: string, text: string) => (title && !text.trimStart().startsWith(title) ? `${title}\n${text}` : text);

async function extractionSet(name: string, pages: Page[]) {
  if (pages.length === 0) {
    console.log(`\n## ${name}: skipped (data absent under ../shared/data)`);
    return;
  }
  const ours = runOurs(pages);
  const theirs = peer ? await runReadability(pages, recycle) : undefined;
  const rows: string[][] = [];
  const score = (get: (p: Page) => string, label: string, pps: string) => {
    const prs: PR[] = pages.map((p) => bigramPR(p.gold.text, get(p)));
    const m = meanPRF(prs);
    const row = [label, String(pages.length), f3(m.precision), f3(m.recall), f3(m.f1)];
    if (name === "scrapinghub") {
      const s = shinglePRF(pages.map((p) => shingleCounts(p.gold.text, get(p))));
      row.push(f3(s.precision), f3(s.recall), f3(s.f1));
    }
    const dated = pages.filter((p) => p.gold.date);
    const authored = pages.filter((p) => p.gold.author);
    if (name === "cwce-dev") {
      if (label.startsWith("wenku")) {
        row.push(`${f3(dated.filter((p) => sameDate(p.gold.date!, ours.results.get(`${p.set}/${p.id}`)!.doc.date)).length / (dated.length || 1))} (${dated.length})`);
        row.push(`${f3(authored.filter((p) => sameAuthor(p.gold.author!, ours.results.get(`${p.set}/${p.id}`)!.doc.author)).length / (authored.length || 1))} (${authored.length})`);
      } else row.push("–", "–");
    }
    row.push(pps);
    rows.push(row);
    return prs;
  };
  const oursPps = `${(pages.length / (ours.wallMs / 1000)).toFixed(1)} wall, ${(pages.length / (ours.cpuMs / 1000)).toFixed(1)}/cpu-s`;
  const withTitle = TITLE_IN_REFERENCE.has(name);
  const oursText = (p: Page) => {
    const d = ours.results.get(`${p.set}/${p.id}`)!.doc;
    return withTitle ? titled(d.title, d.text) : d.text;
  };
  const oursPr = score(oursText, "wenku clean", oursPps);
  let peerPr: PR[] | undefined;
  if (theirs) {
    const ms = [...theirs.values()].reduce((s, r) => s + r.ms, 0);
    const errors = [...theirs.values()].filter((r) => r.error).length;
    const theirText = (p: Page) => {
      const r = theirs.get(`${p.set}/${p.id}`);
      return withTitle ? titled(r?.title ?? "", r?.text ?? "") : (r?.text ?? "");
    };
    peerPr = score(theirText, `Readability.js 0.6${errors ? ` (${errors} errors)` : ""}`, `${(pages.length / (ms / 1000)).toFixed(1)} in-worker`);
  }
  const head = ["extractor", "pages", "bigram P", "bigram R", "bigram F1"];
  if (name === "scrapinghub") head.push("shingle P", "shingle R", "shingle F1");
  if (name === "cwce-dev") head.push("date acc (n)", "author acc (n)");
  head.push("pages/s");
  console.log(`\n## ${name}`);
  console.log(table(head, rows));
  const empties = pages.filter((p) => ours.results.get(`${p.set}/${p.id}`)!.doc.empty);
  if (empties.length) console.log(`wenku empty results: ${empties.map((p) => `${p.id.slice(0, 40)} (${ours.results.get(`${p.set}/${p.id}`)!.doc.empty})`).join(", ")}`);
  pages.forEach((p, i) => (dumped[`${p.set}/${p.id}`] = oursPr[i]!));
  if (against) {
    const before = JSON.parse(readFileSync(against, "utf8")) as Record<string, PR>;
    const f = (pr: PR) => (pr.precision + pr.recall ? (2 * pr.precision * pr.recall) / (pr.precision + pr.recall) : 0);
    const moved = pages
      .map((p, i) => ({ id: p.id, was: before[`${p.set}/${p.id}`], now: oursPr[i]! }))
      .filter((m) => m.was && Math.abs(f(m.now) - f(m.was)) > 0.01)
      .sort((a, b) => f(a.now) - f(a.was) - (f(b.now) - f(b.was)));
    for (const m of moved) console.log(`  moved: ${m.id.slice(0, 60)} F1 ${f3(f(m.was!))} -> ${f3(f(m.now))} (P ${f3(m.was!.precision)}->${f3(m.now.precision)} R ${f3(m.was!.recall)}->${f3(m.now.recall)})`);
  }
  if (worst > 0) {
    // With the peer: the pages where it beats us most (F1 difference); without: our lowest P+R.
    const f1 = (pr: PR) => (pr.precision + pr.recall ? (2 * pr.precision * pr.recall) / (pr.precision + pr.recall) : 0);
    const ranked = pages
      .map((p, i) => ({ p, pr: oursPr[i]!, peer: peerPr?.[i] }))
      .sort((a, b) => (a.peer ? f1(a.pr) - f1(a.peer) - (f1(b.pr) - f1(b.peer!)) : a.pr.precision + a.pr.recall - (b.pr.precision + b.pr.recall)));
    for (const { p, pr, peer: q } of ranked.slice(0, worst)) {
      console.log(`  worst: ${p.id} P ${f3(pr.precision)} R ${f3(pr.recall)}${q ? `   (peer P ${f3(q.precision)} R ${f3(q.recall)})` : ""}`);
    }
  }
}

async function throughput(pages: Page[]) {
  if (pages.length === 0) return console.log("\n## cctv throughput: skipped (data absent)");
  runOurs(pages.slice(0, 5)); // warm-up (JIT, lexicon load)
  const ours = runOurs(pages);
  const empty = [...ours.results.values()].filter((r) => r.doc.empty).length;
  console.log(`\n## cctv throughput (no gold)`);
  console.log(
    table(
      ["extractor", "pages", "wall s", "cpu s", "pages/s (wall)", "pages/cpu-s", "empty results"],
      [["wenku clean", String(pages.length), (ours.wallMs / 1000).toFixed(2), (ours.cpuMs / 1000).toFixed(2), (pages.length / (ours.wallMs / 1000)).toFixed(1), (pages.length / (ours.cpuMs / 1000)).toFixed(1), String(empty)]],
    ),
  );
}

const load = (await import("node:os")).loadavg();
console.log(`# wenku clean evaluation — ${new Date().toISOString()} — loadavg ${load.map((x) => x.toFixed(2)).join(" ")}${limit ? ` — limit ${limit}/set` : ""}`);
for (const s of sets) {
  if (s === "waddle") await extractionSet("waddle-zh-dev", waddle(limit));
  else if (s === "cwce") await extractionSet("cwce-dev", cwce(limit));
  else if (s === "scrapinghub") await extractionSet("scrapinghub", scrapinghub(limit));
  else if (s === "cctv") await throughput(cctv(limit));
  else if (s === "seeds") runSeeds();
  else if (s === "spam") runSpam(limit);
  else console.error(`unknown set: ${s}`);
}
if (dumpTo) writeFileSync(dumpTo, JSON.stringify(dumped));
console.log(`\nloadavg at end ${(await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ")}`);
