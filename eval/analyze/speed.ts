/**
 * Analysis speed on the CCTV corpus: characters of article body analysed per second by
 * `analyze()` (words, entities and figures), single process, jieba loaded before timing.
 *   node_modules/.bin/tsx eval/analyze/speed.ts [--limit N] [--source cctv|hkcnews|bbc]
 * The first N articles (default 3000) of the corpus file; the machine's load is printed so the
 * number can be read in context. "per CPU second" divides by the CPU time this process used
 * (process.cpuUsage), which stays meaningful when other processes share the cores.
 */
import { loadavg, cpus } from "node:os";
import { analyze } from "@wenku/analyze";
import { corpusAvailable, corpusLines, CORPUS_DIR, yuanCurrencyOf } from "./corpus.js";
import { table } from "./table.js";

const FILES: Record<string, string> = { cctv: "cctv-xwlb.jsonl.gz", hkcnews: "hkcnews-zh-hant-20k.jsonl.gz", bbc: "bbc-news.jsonl.gz" };

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
}

function main() {
  if (!corpusAvailable()) {
    console.log(`skipped: ${CORPUS_DIR} is absent`);
    return;
  }
  const limit = Number(arg("--limit", "3000"));
  const source = arg("--source", "cctv");
  const file = FILES[source];
  if (!file) throw new Error(`--source must be one of ${Object.keys(FILES).join(", ")}`);
  const docs = corpusLines(file)
    .filter((l) => l.trim())
    .slice(0, limit)
    .map((l) => JSON.parse(l) as { body?: string; date?: string | null });
  const load = loadavg()[0]!.toFixed(2);
  const t0 = performance.now();
  analyze("预热 warm-up");
  const jiebaMs = performance.now() - t0;
  let chars = 0, words = 0, entities = 0, figures = 0;
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
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    table(
      ["corpus", "articles", "characters", "seconds", "chars/s (wall)", "chars per CPU second", "words", "entities", "figures", "jieba load", "load avg (1 min) / cores"],
      [[source, String(docs.length), chars.toLocaleString("en"), (ms / 1000).toFixed(1), Math.round((chars / ms) * 1000).toLocaleString("en"), Math.round((chars / cpuMs) * 1000).toLocaleString("en"), String(words), String(entities), String(figures), `${Math.round(jiebaMs)} ms`, `${load} / ${cpus().length}`]],
    ),
  );
}

main();
