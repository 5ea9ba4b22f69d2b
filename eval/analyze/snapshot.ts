/**
 * Regression check for changes that must not alter results (speed work): writes the analysis
 * of a spread sample of corpus articles as JSON Lines, or compares a new run with such a file
 * and prints the articles whose words, entities or figures differ.
 *   node_modules/.bin/tsx eval/analyze/snapshot.ts --out /tmp/before.jsonl [--limit 700]
 *   node_modules/.bin/tsx eval/analyze/snapshot.ts --compare /tmp/before.jsonl [--limit 700] [--show 5]
 * --limit N articles per corpus (cctv, hkcnews, bbc), taken at even steps through each file so
 * the sample covers every year of it. Snapshots hold corpus text: keep them outside the repo.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { analyze } from "@wenku/analyze";
import { corpusAvailable, corpusLines, CORPUS_DIR, yuanCurrencyOf } from "./corpus.js";

const FILES = ["cctv-xwlb.jsonl.gz", "hkcnews-zh-hant-20k.jsonl.gz", "bbc-news.jsonl.gz"];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** One line per article: where it came from and what analyze() said, minus the bulky words list's tags. */
function snapshotLines(limit: number): { key: string; json: string }[] {
  const out: { key: string; json: string }[] = [];
  for (const file of FILES) {
    const lines = corpusLines(file).filter((l) => l.trim());
    const step = Math.max(1, Math.floor(lines.length / limit));
    for (let n = 0, taken = 0; n < lines.length && taken < limit; n += step, taken++) {
      const o = JSON.parse(lines[n]!) as { body?: string; date?: string | null };
      const r = analyze(o.body ?? "", { docDate: o.date ?? null, yuanCurrency: yuanCurrencyOf(file) });
      out.push({ key: `${file}:${n}`, json: JSON.stringify({ key: `${file}:${n}`, ...r }) });
    }
  }
  return out;
}

function main() {
  if (!corpusAvailable()) {
    console.log(`skipped: ${CORPUS_DIR} is absent`);
    return;
  }
  const limit = Number(arg("--limit") ?? "700");
  const outFile = arg("--out");
  const compareFile = arg("--compare");
  if (!outFile && !compareFile) throw new Error("snapshot.ts: give --out FILE or --compare FILE");
  const cpu0 = process.cpuUsage();
  const now = snapshotLines(limit);
  const cpu = process.cpuUsage(cpu0);
  console.error(`${now.length} articles analysed in ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU`);
  if (outFile) {
    writeFileSync(outFile, now.map((l) => l.json).join("\n") + "\n");
    console.log(`wrote ${outFile}`);
    return;
  }
  const before = new Map(
    readFileSync(compareFile!, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => [JSON.parse(l).key as string, l]),
  );
  const show = Number(arg("--show") ?? "5");
  let differing = 0;
  for (const { key, json } of now) {
    const old = before.get(key);
    if (old === json) continue;
    differing++;
    if (differing > show) continue;
    if (!old) {
      console.log(`${key}: not in ${compareFile}`);
      continue;
    }
    const a = JSON.parse(old), b = JSON.parse(json);
    for (const field of ["words", "entities", "figures", "lang", "paragraphs"]) {
      const sa = (Array.isArray(a[field]) ? a[field] : [a[field]]).map((x: unknown) => JSON.stringify(x));
      const sb = (Array.isArray(b[field]) ? b[field] : [b[field]]).map((x: unknown) => JSON.stringify(x));
      const setB = new Set(sb), setA = new Set(sa);
      const gone = sa.filter((x: string) => !setB.has(x));
      const added = sb.filter((x: string) => !setA.has(x));
      if (gone.length || added.length) console.log(`${key} ${field}: -${gone.length} +${added.length}\n  - ${gone.slice(0, 3).join("\n  - ")}\n  + ${added.slice(0, 3).join("\n  + ")}`);
    }
  }
  console.log(`${differing} of ${now.length} articles differ from ${compareFile}`);
}

main();
