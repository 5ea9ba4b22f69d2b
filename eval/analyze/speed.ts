/**
 * Analysis speed on the CCTV corpus: characters of article body analysed per second by
 * `analyze()` (words, entities and figures), single process, jieba loaded before timing.
 *   node_modules/.bin/tsx eval/analyze/speed.ts [--limit N] [--source cctv|hkcnews|bbc] [--repeat N] [--module PATH]
 * The first N articles (default 3000) of the corpus file; the machine's load is printed so the
 * number can be read in context. "per CPU second" divides by the CPU time this process used
 * (process.cpuUsage), which stays meaningful when other processes share the cores; with
 * --repeat N the articles are analysed N times and the best pass is reported (the least
 * disturbed by other processes). --module PATH imports analyze() from another build (for
 * example the previous commit's dist/, to compare before and after on the same machine).
 * "RSS after one analyze" is the process's resident memory once jieba and its dictionaries
 * are loaded (what each ingest worker pays); "peak RSS" is the maximum over the run.
 */
import { loadavg, cpus } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { analyze as Analyze } from "@wenku/analyze";
import { corpusAvailable, corpusLines, CORPUS_DIR, yuanCurrencyOf } from "./corpus.js";
import { table } from "./table.js";

const FILES: Record<string, string> = { cctv: "cctv-xwlb.jsonl.gz", hkcnews: "hkcnews-zh-hant-20k.jsonl.gz", bbc: "bbc-news.jsonl.gz" };

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
}

async function loadAnalyze(): Promise<typeof Analyze> {
  const path = arg("--module", "");
  const mod = (path ? await import(pathToFileURL(resolve(path)).href) : await import("@wenku/analyze")) as { analyze: typeof Analyze };
  return mod.analyze;
}

async function main() {
  if (!corpusAvailable()) {
    console.log(`skipped: ${CORPUS_DIR} is absent`);
    return;
  }
  const limit = Number(arg("--limit", "3000"));
  const source = arg("--source", "cctv");
  const file = FILES[source];
  if (!file) throw new Error(`--source must be one of ${Object.keys(FILES).join(", ")}`);
  const repeat = Math.max(1, Number(arg("--repeat", "1")));
  const analyze = await loadAnalyze();
  const load = loadavg()[0]!.toFixed(2);
  const t0 = performance.now();
  analyze("预热 warm-up");
  const jiebaMs = performance.now() - t0;
  const rssAfterOne = process.memoryUsage().rss; // before the corpus file is read into memory
  const docs = corpusLines(file)
    .filter((l) => l.trim())
    .slice(0, limit)
    .map((l) => JSON.parse(l) as { body?: string; date?: string | null });
  let chars = 0, words = 0, entities = 0, figures = 0;
  let ms = Infinity;
  let cpuMs = Infinity;
  for (let pass = 0; pass < repeat; pass++) {
    chars = words = entities = figures = 0;
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    for (const d of docs) {
      const body = d.body ?? "";
      const r = analyze(body, { docDate: d.date ?? null, yuanCurrency: yuanCurrencyOf(file) });
      chars += body.length;
      words += r.words.length;
      entities += r.entities.length;
      figures += r.figures.length;
    }
    const cpu = process.cpuUsage(cpu0);
    ms = Math.min(ms, performance.now() - start);
    cpuMs = Math.min(cpuMs, (cpu.user + cpu.system) / 1000);
  }
  const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
  console.log(
    table(
      ["corpus", "articles", "characters", "seconds", "chars/s (wall)", "CPU seconds", "chars per CPU second", "words", "entities", "figures", "jieba load", "RSS after one analyze", "peak RSS", "load avg (1 min) / cores"],
      [[source, String(docs.length), chars.toLocaleString("en"), (ms / 1000).toFixed(1), Math.round((chars / ms) * 1000).toLocaleString("en"), (cpuMs / 1000).toFixed(2), Math.round((chars / cpuMs) * 1000).toLocaleString("en"), String(words), String(entities), String(figures), `${Math.round(jiebaMs)} ms`, mb(rssAfterOne), mb(process.resourceUsage().maxRSS * 1024), `${load} / ${cpus().length}`]],
    ),
  );
}

await main();
