/**
 * SIGHAN 2005 bakeoff: word-boundary precision, recall and F1 of `segment()` on the PKU, MSR
 * (Simplified), CityU and AS (Traditional) test sets, scored like the bakeoff's `score` script
 * (a word counts when both its boundaries match the gold).
 *   node_modules/.bin/tsx eval/analyze/sighan.ts [--limit N]   (N lines per set)
 * segment() leaves out whitespace and punctuation; here every character it leaves out is its
 * own one-character word, as in the gold files. Nothing is tuned to these sets: the numbers
 * show how jieba plus our user dictionary and Latin rules segment news text of another era
 * and another segmentation standard.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { segment } from "@wenku/analyze";
import { DATA_DIR } from "./corpus.js";
import { fmt, table } from "./table.js";

const SETS = [
  { name: "PKU", script: "Simplified", test: "testing/pku_test.utf8", gold: "gold/pku_test_gold.utf8" },
  { name: "MSR", script: "Simplified", test: "testing/msr_test.utf8", gold: "gold/msr_test_gold.utf8" },
  { name: "CityU", script: "Traditional", test: "testing/cityu_test.utf8", gold: "gold/cityu_test_gold.utf8" },
  { name: "AS", script: "Traditional", test: "testing/as_test.utf8", gold: "gold/as_testing_gold.utf8" },
];

/** Word spans [start, end) of a line segmented by spaces (the gold format). */
function goldSpans(line: string): string[] {
  const spans: string[] = [];
  let at = 0;
  for (const w of line.trim().split(/\s+/)) {
    if (!w) continue;
    spans.push(`${at}:${at + w.length}`);
    at += w.length;
  }
  return spans;
}

/** Our segmentation of a line without its spaces, with left-out characters as one-character words. */
function oursSpans(line: string): string[] {
  const text = line.replace(/\s+/g, "");
  const spans: string[] = [];
  let at = 0;
  for (const w of segment(text)) {
    for (; at < w.start; at++) spans.push(`${at}:${at + 1}`);
    spans.push(`${w.start}:${w.end}`);
    at = w.end;
  }
  for (; at < text.length; at++) spans.push(`${at}:${at + 1}`);
  return spans;
}

function main() {
  const dir = join(DATA_DIR, "segmentation");
  if (!existsSync(dir)) {
    console.log(`skipped: ${dir} is absent`);
    return;
  }
  const li = process.argv.indexOf("--limit");
  const limit = li > 0 ? Number(process.argv[li + 1]) : Infinity;
  segment("预热"); // load jieba outside the timing
  const rows: string[][] = [];
  for (const set of SETS) {
    const gold = readFileSync(join(dir, set.gold), "utf8").split(/\r?\n/);
    const test = readFileSync(join(dir, set.test), "utf8").split(/\r?\n/);
    let nGold = 0, nOurs = 0, hit = 0, chars = 0, ms = 0, lines = 0;
    for (let i = 0; i < Math.min(gold.length, test.length, limit); i++) {
      if (!gold[i]!.trim()) continue;
      const g = goldSpans(gold[i]!);
      const t0 = performance.now();
      const o = oursSpans(test[i]!);
      ms += performance.now() - t0;
      chars += test[i]!.length;
      lines++;
      const gs = new Set(g);
      nGold += g.length;
      nOurs += o.length;
      for (const s of o) if (gs.has(s)) hit++;
    }
    const p = hit / nOurs, r = hit / nGold;
    rows.push([set.name, set.script, String(lines), String(nGold), fmt(p), fmt(r), fmt((2 * p * r) / (p + r)), Math.round((chars / ms) * 1000).toLocaleString("en")]);
  }
  console.log(table(["set", "script", "lines", "gold words", "P", "R", "F1", "chars/s"], rows));
}

main();
