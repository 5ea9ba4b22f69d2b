/** The three seed documents against their hand-made golden clean text and metadata. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cleanRecord } from "@wenku/clean";
import { bigramPR } from "./metrics.js";
import { table } from "./table.js";

const ROOT = new URL("../../fixtures/", import.meta.url).pathname;

export function runSeeds(): void {
  if (!existsSync(`${ROOT}seeds`)) return console.log("\n## seeds: skipped (fixtures absent)");
  const rows: string[][] = [];
  for (const f of readdirSync(`${ROOT}seeds`).filter((x) => x.endsWith(".txt")).sort()) {
    const name = f.slice(0, -4);
    const input = readFileSync(`${ROOT}seeds/${f}`, "utf8");
    const golden = readFileSync(`${ROOT}golden/${name}.clean.txt`, "utf8");
    const meta = JSON.parse(readFileSync(`${ROOT}golden/${name}.meta.json`, "utf8")) as { title: string; date: string | null };
    const doc = cleanRecord({ path: f, record: 0, container: "text", format: "text", text: input, encoding: "utf-8", replacementChars: 0, meta: {}, fileHash: "" });
    const pr = bigramPR(golden, doc.text);
    rows.push([name, pr.precision.toFixed(3), pr.recall.toFixed(3), doc.text === golden.replace(/\n$/, "") ? "yes" : "no", doc.title === meta.title ? "yes" : "no", doc.date === meta.date ? "yes" : "no"]);
  }
  console.log("\n## seeds (fixtures/golden)");
  console.log(table(["seed", "bigram P", "bigram R", "text exact", "title exact", "date exact"], rows));
}
