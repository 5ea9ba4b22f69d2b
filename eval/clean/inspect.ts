/**
 * Look at single pages when a score is low: our text next to the gold, what was missed and
 * what was extra (as lines), and the date/author we found against the gold.
 *
 *   node_modules/.bin/tsx eval/clean/inspect.ts --set cwce --id 59562291 [--full]
 *   node_modules/.bin/tsx eval/clean/inspect.ts --set cwce --dates     # every date/author miss
 */
import { cleanRecord } from "@wenku/clean";
import { bigrams } from "./metrics.js";
import { htmlRecord } from "./record.js";
import { cwce, sameAuthor, sameDate, scrapinghub, waddle, type Page } from "./sets.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const setName = arg("set") ?? "cwce";
const pages: Page[] = setName === "cwce" ? cwce() : setName === "waddle" ? waddle() : scrapinghub();

if (process.argv.includes("--dates")) {
  for (const p of pages) {
    const doc = cleanRecord(htmlRecord(p));
    const dateOk = !p.gold.date || sameDate(p.gold.date, doc.date);
    const authorOk = !p.gold.author || sameAuthor(p.gold.author, doc.author);
    if (!dateOk || !authorOk) {
      console.log(`${p.id.slice(0, 12)}  date gold ${p.gold.date ?? "-"} ours ${doc.date ?? "-"}${dateOk ? "" : "  ✗"}   author gold ${p.gold.author ?? "-"} ours ${doc.author ?? "-"}${authorOk ? "" : "  ✗"}`);
    }
  }
} else {
  const id = arg("id") ?? "";
  const page = pages.find((p) => p.id.startsWith(id));
  if (!page) throw new Error(`no page ${id} in ${setName}`);
  const doc = cleanRecord(htmlRecord(page));
  // English lines share most letter bigrams with any English text: compare word trigrams.
  const latin = (t: string) => (t.match(/[A-Za-z]+/g)?.length ?? 0) >= 5;
  const grams = (t: string) => {
    if (!latin(t)) return bigrams(t);
    const w = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const m = new Map<string, number>();
    for (let i = 0; i + 2 < w.length; i++) m.set(w.slice(i, i + 3).join(" "), (m.get(w.slice(i, i + 3).join(" ")) ?? 0) + 1);
    return m;
  };
  const merge = (a: Map<string, number>, b: Map<string, number>) => {
    for (const [k, c] of b) a.set(k, (a.get(k) ?? 0) + c);
    return a;
  };
  const goldGrams = merge(bigrams(page.gold.text), grams(page.gold.text));
  const ourGrams = merge(bigrams(doc.text), grams(doc.text));
  const covered = (line: string, other: Map<string, number>) => {
    const g = grams(line);
    let hit = 0;
    let all = 0;
    for (const [k, c] of g) {
      all += c;
      hit += Math.min(c, other.get(k) ?? 0);
    }
    return all ? hit / all : 1;
  };
  console.log(`title: ${doc.title}\ndate: ${doc.date} (gold ${page.gold.date ?? "-"})  author: ${doc.author} (gold ${page.gold.author ?? "-"})  empty: ${doc.empty}`);
  const show = (label: string, text: string, other: Map<string, number>) => {
    console.log(`\n== ${label} ==`);
    for (const line of text.split(/\n+/)) {
      if (!line.trim()) continue;
      const c = covered(line, other);
      if (process.argv.includes("--full") || c < 0.5) console.log(`${c < 0.5 ? "✗" : " "} ${line.slice(0, 160)}`);
    }
  };
  show("ours (✗ = not in gold)", doc.text, goldGrams);
  show("gold (✗ = not in ours)", page.gold.text, ourGrams);
}
