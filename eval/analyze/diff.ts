/**
 * What a rule change does on text nobody labelled: runs two builds of `analyze()` on a spread
 * sample of corpus articles and lists every entity or figure one finds and the other does not,
 * with its context, so each gain and loss can be read before the change is kept. Articles of
 * any labels file are left out, so that held-out rounds stay unseen.
 *   node_modules/.bin/tsx eval/analyze/diff.ts --module OLD/dist/index.js [--kind entities|figures] [--limit 300]
 * --module: the other build (a copy of `dist/` taken before the change); the current build is
 * the package's `dist/`. --limit: articles per corpus, at even steps through each file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as current from "@wenku/analyze";
import { corpusAvailable, corpusLines, CORPUS_DIR, yuanCurrencyOf } from "./corpus.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const FILES = ["cctv-xwlb.jsonl.gz", "hkcnews-zh-hant-20k.jsonl.gz", "bbc-news.jsonl.gz"];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

type Analyze = typeof current.analyze;
interface Span {
  start: number;
  end: number;
}

/** The labelled articles ("file line"), to leave out of the sample. */
function labelled(): Set<string> {
  const used = new Set<string>();
  for (const f of readdirSync(HERE).filter((n) => /^labels.*\.txt$/.test(n)))
    for (const line of readFileSync(HERE + f, "utf8").split("\n"))
      if (line.startsWith("doc ")) used.add(line.split(/\s+/).slice(1, 3).join(" "));
  return used;
}

async function main() {
  if (!corpusAvailable()) {
    console.log(`skipped: ${CORPUS_DIR} is absent`);
    return;
  }
  const modulePath = arg("--module");
  if (!modulePath) throw new Error("diff.ts: give --module OLD/dist/index.js (the build to compare with)");
  const before = ((await import(pathToFileURL(modulePath).href)) as { analyze: Analyze }).analyze;
  const kind = arg("--kind") === "figures" ? "figures" : "entities";
  const limit = Number(arg("--limit") ?? "300");
  const skip = labelled();
  const key = (x: Record<string, unknown> & Span) =>
    kind === "entities" ? `${x.start}:${x.end}:${x.type}:${x.text}` : `${x.start}:${x.end}:${x.kind}:${x.value}:${x.unit}:${x.text}`;
  let gained = 0;
  let lost = 0;
  for (const file of FILES) {
    const lines = corpusLines(file).filter((l) => l.trim());
    const step = Math.max(1, Math.floor(lines.length / limit));
    for (let n = 0, taken = 0; n < lines.length && taken < limit; n += step, taken++) {
      if (skip.has(`${file} ${n}`)) continue;
      const o = JSON.parse(lines[n]!) as { body?: string; date?: string | null };
      const body = o.body ?? "";
      const options = { docDate: o.date ?? null, yuanCurrency: yuanCurrencyOf(file) };
      const a = new Map(before(body, options)[kind].map((x) => [key(x as never), x as Span]));
      const b = new Map(current.analyze(body, options)[kind].map((x) => [key(x as never), x as Span]));
      const show = (sign: string, k: string, x: Span) =>
        console.log(`${sign} ${file.split("-")[0]}:${n} ${k.split(":").slice(2).join(":")}  …${body.slice(Math.max(0, x.start - 10), x.start)}[${body.slice(x.start, x.end)}]${body.slice(x.end, x.end + 10)}…`.replace(/\n/g, " "));
      for (const [k, x] of b) if (!a.has(k)) (gained++, show("+", k, x));
      for (const [k, x] of a) if (!b.has(k)) (lost++, show("-", k, x));
    }
  }
  console.log(`${kind}: ${gained} gained, ${lost} lost`);
}

await main();
