/**
 * Adds the world cities of compromise's lexicon (MIT; its City tag, about 480 cities) to
 * packages/analyze/data/gazetteer.json as English-only PLACE entries marked
 * "origin": "compromise-cities", replacing those of an earlier run. Left out: cities the
 * gazetteer already knows, names the BBC corpus writes in lower case 3+ times (nice, mobile,
 * reading), names that are also given names or surnames (Florence, Jackson: "Michael Jackson"
 * must stay a person), names the BBC writes mostly in sport articles (there they are clubs:
 * Barcelona) and names of 3 letters or fewer.
 *   node_modules/.bin/tsx eval/analyze/build-world-cities.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Gazetteer } from "@wenku/analyze";
import { compromiseWordsTagged } from "./compromise-lexicon.js";
import { corpusAvailable, corpusLines } from "./corpus.js";

const DATA = fileURLToPath(new URL("../../packages/analyze/data/", import.meta.url));
const ORIGIN = "compromise-cities";
if (!corpusAvailable()) {
  console.log("skipped: the BBC corpus (../shared/data/corpus) is needed to filter out common words");
  process.exit(0);
}
const cities = [...compromiseWordsTagged(["City"])].filter((w) => /^[a-z][a-z .'-]*[a-z]$/.test(w) && w.length > 3);
const personNames = compromiseWordsTagged(["MaleName", "FemaleName", "FirstName", "LastName"]);
const titleCase = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
for (const f of ["given-names.txt", "given-names-lexicon.txt"])
  for (const l of readFileSync(DATA + f, "utf8").split("\n")) if (l && !l.startsWith("#")) personNames.add(l.trim().toLowerCase());

const lowerCount = new Map<string, number>();
const single = new Set(cities.filter((c) => !c.includes(" ")));
// Cities the BBC names mostly in sport articles are mostly clubs there (Barcelona, Bolton).
const sportCount = new Map<string, number>();
const allCount = new Map<string, number>();
const capitalised = new Map(cities.map((c) => [titleCase(c), c]));
for (const line of corpusLines("bbc-news.jsonl.gz")) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as { body?: string; category?: string };
  const body = o.body ?? "";
  for (const w of body.match(/\b[a-z]+\b/g) ?? []) if (single.has(w)) lowerCount.set(w, (lowerCount.get(w) ?? 0) + 1);
  for (const w of body.match(/\b[A-Z][a-z]+\b/g) ?? []) {
    const c = capitalised.get(w);
    if (!c) continue;
    allCount.set(c, (allCount.get(c) ?? 0) + 1);
    if (o.category === "sport") sportCount.set(c, (sportCount.get(c) ?? 0) + 1);
  }
}
const mostlySport = (c: string) => (allCount.get(c) ?? 0) >= 3 && (sportCount.get(c) ?? 0) * 2 >= allCount.get(c)!;

const path = DATA + "gazetteer.json";
const file = JSON.parse(readFileSync(path, "utf8")) as { sources: string; entries: { name: string; type: string; aliases: string[]; origin?: string }[] };
file.entries = file.entries.filter((e) => e.origin !== ORIGIN);
const known = new Gazetteer(file.entries as never);
const added = cities
  .filter((c) => !known.resolve(c) && (lowerCount.get(c) ?? 0) < 3 && !mostlySport(c) && !c.split(/[\s-]/).some((w) => personNames.has(w)))
  .sort()
  .map((c) => ({ name: titleCase(c), type: "PLACE", aliases: [titleCase(c)], origin: ORIGIN }));
file.entries.push(...added);
const note = ` World cities written in English only (entries with "origin": "${ORIGIN}") come from compromise's lexicon (MIT), filtered by eval/analyze/build-world-cities.ts.`;
if (!file.sources.includes(ORIGIN)) file.sources += note;
// The file's own layout: one entry per line.
const entryLine = (e: object) =>
  "{" + Object.entries(e).map(([k, v]) => `${JSON.stringify(k)}: ${Array.isArray(v) ? "[" + v.map((x) => JSON.stringify(x)).join(", ") + "]" : JSON.stringify(v)}`).join(", ") + "}";
writeFileSync(path, `{\n  "sources": ${JSON.stringify(file.sources)},\n  "entries": [\n${file.entries.map((e) => "    " + entryLine(e)).join(",\n")}\n  ]\n}\n`);
console.log(`gazetteer.json: ${added.length} of ${cities.length} cities added`);
