/**
 * Draws the articles of a held-out round: a mulberry32 generator seeded N draws one line per
 * corpus (cctv, hkcnews, bbc in that order); the article is the first at or after that line, not
 * used by any labels file yet, whose body has 500 to 2,500 characters.
 *   node_modules/.bin/tsx eval/analyze/draw.ts --seed 10
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "../../support/prng.js";
import { corpusLines, readArticle } from "./corpus.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const FILES = ["cctv-xwlb.jsonl.gz", "hkcnews-zh-hant-20k.jsonl.gz", "bbc-news.jsonl.gz"];

const used = new Set<string>();
for (const f of readdirSync(HERE).filter((n) => /^labels.*\.txt$/.test(n)))
  for (const line of readFileSync(HERE + f, "utf8").split("\n"))
    if (line.startsWith("doc ")) used.add(line.split(/\s+/).slice(1, 3).join(" "));

const seed = Number(process.argv[process.argv.indexOf("--seed") + 1]);
const rand = mulberry32(seed);
for (const file of FILES) {
  const n = corpusLines(file).filter((l) => l.trim()).length;
  const drawn = Math.floor(rand() * n);
  let line = drawn;
  for (; line < n; line++) {
    const len = readArticle(file, line).body.length;
    if (!used.has(`${file} ${line}`) && len >= 500 && len <= 2500) break;
  }
  console.log(`${file}: drawn ${drawn}, taken ${line}`);
}
