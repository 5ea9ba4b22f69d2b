/** Spam evaluation: real samples against hand-made gold, generated variants, clean controls. */
import { existsSync, readFileSync } from "node:fs";
import { cleanRecord, type CleanDoc } from "@wenku/clean";
import type { RawRecord } from "@wenku/ingest";
import { articles, GAMBLING_TOPIC } from "./corpora.js";
import { enVariant, htmlVariant, rng, zhVariant, type Article, type Variant } from "./generate.js";
import { bigramPR, bigrams } from "./metrics.js";
import { DATA } from "./sets.js";
import { table } from "./table.js";

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

function record(input: string, format: "text" | "html", meta: RawRecord["meta"] = {}): RawRecord {
  return { path: `eval.${format === "html" ? "html" : "txt"}`, record: 0, container: format, format, text: input, encoding: "utf-8", replacementChars: 0, meta, fileHash: "" };
}

const letters = (s: string) => [...bigrams(s).values()].reduce((a, b) => a + b, 0);

interface Row {
  recall: number;
  residue: number;
  titleOk: boolean;
}

/** Residue: the share of the output's bigrams that are not the article's (1 - precision). */
function score(doc: CleanDoc, title: string, body: string): Row {
  const pr = bigramPR(body, doc.text);
  const residue = letters(body) === 0 ? (letters(doc.text) > 0 ? 1 : 0) : doc.text ? 1 - pr.precision : 0;
  return { recall: pr.recall, residue, titleOk: doc.title.trim() === title.trim() };
}

function summarise(label: string, rows: Row[]): string[] {
  const n = rows.length || 1;
  const recall = rows.reduce((s, r) => s + r.recall, 0) / n;
  const residue = rows.reduce((s, r) => s + r.residue, 0) / n;
  const over = rows.filter((r) => r.residue > 0.01).length;
  const lowRecall = rows.filter((r) => r.recall < 0.98).length;
  return [label, String(rows.length), f3(recall), pct(residue), String(over), String(lowRecall), f3(rows.filter((r) => r.titleOk).length / n)];
}

function realSamples(): void {
  const file = `${DATA}/spam/github_issue_spam_excerpts.jsonl`;
  if (!existsSync(file)) return console.log("\n## spam, real samples: skipped (data absent)");
  const gold = JSON.parse(readFileSync(new URL("./spam-gold.json", import.meta.url), "utf8")) as { items: Array<{ article: Array<[number, number]> }> };
  const items = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { title: string; text: string; kind: string });
  const rows: string[][] = [];
  let recallSum = 0;
  let articleItems = 0;
  let residueChars = 0;
  let outChars = 0;
  items.forEach((item, i) => {
    const lines = item.text.split("\n");
    const spec = gold.items[i]!.article;
    const body = spec.map(([l, from]) => lines[l]!.slice(from)).join("\n");
    const doc = cleanRecord(record(item.text, "text", { title: item.title }));
    const pr = bigramPR(body, doc.text);
    const out = letters(doc.text);
    const spamLeft = body ? Math.round(out * (1 - pr.precision)) : out;
    residueChars += spamLeft;
    outChars += out;
    if (spec.length) {
      recallSum += pr.recall;
      articleItems++;
    }
    rows.push([String(i), item.kind, spec.length ? f3(pr.recall) : "–", `${spamLeft}/${letters(item.text) - letters(body)}`, String(letters(doc.title))]);
  });
  console.log("\n## spam, real samples (GitHub-issue parasite excerpts; gold: eval/clean/spam-gold.json)");
  console.log(table(["item", "kind", "article bigram R", "spam bigrams left / injected", "title bigrams left (gold: none)"], rows));
  console.log(`article recall (mean over ${articleItems} items with an article) ${f3(recallSum / articleItems)}; spam share of output ${pct(outChars ? residueChars / outChars : 0)}`);
  for (const name of ["91aiji_kaifa_k8_parasite_page.html", "gne_njxfhn_seo_spam_news_page.html"]) {
    const path = `${DATA}/spam/${name}`;
    if (!existsSync(path)) continue;
    const doc = cleanRecord(record(readFileSync(path, "utf8"), "html"));
    console.log(`${name}: title ${JSON.stringify(doc.title)}; ${doc.text.length} chars kept; ${doc.removed.filter((r) => r.reason.startsWith("spam")).length} spam cuts (no gold: read the title and \`wenku clean\` output)`);
  }
}

function variants(limit: number): void {
  const perFamily = limit;
  const zh = articles("cctv-xwlb.jsonl.gz", perFamily);
  const hant = articles("hkcnews-zh-hant-20k.jsonl.gz", perFamily);
  const en = articles("bbc-news.jsonl.gz", perFamily);
  if (zh.length + hant.length + en.length === 0) return console.log("\n## spam, generated variants: skipped (corpora absent)");
  const r = rng(20261122);
  const all: Variant[] = [];
  for (const family of ["decoration", "brand", "insertion", "combined"] as const) for (const a of zh) all.push(zhVariant(a, r, family));
  for (const a of hant) all.push(zhVariant(a, r, "combined", true));
  for (const a of en) all.push(enVariant(a, r));
  for (const a of zh) all.push(htmlVariant(a, r));
  const byFamily = new Map<string, Row[]>();
  for (const v of all) {
    const doc = cleanRecord(record(v.input, v.format));
    const row = score(doc, v.title, v.body);
    byFamily.set(v.family, [...(byFamily.get(v.family) ?? []), row]);
  }
  console.log(`\n## spam, generated variants (eval/clean/generate.ts, seed 20261122, ${perFamily} articles per family)`);
  console.log(table(["family", "docs", "article bigram R", "residue (1-P)", "docs residue>1%", "docs R<0.98", "title exact"], [...byFamily].map(([f, rows]) => summarise(f, rows))));
}

function controls(limit: number): void {
  const sets: Array<[string, Article[]]> = [
    ["zh-Hans news (cctv)", articles("cctv-xwlb.jsonl.gz", limit)],
    ["zh-Hant news (hkcnews)", articles("hkcnews-zh-hant-20k.jsonl.gz", limit)],
    ["en news (bbc)", articles("bbc-news.jsonl.gz", limit)],
    ["gambling-topic news, zh-Hant (hkcnews)", articles("hkcnews-zh-hant-20k.jsonl.gz", limit, (a) => GAMBLING_TOPIC.test(a.title + a.body))],
    ["gambling-topic news, zh-Hans (cctv)", articles("cctv-xwlb.jsonl.gz", limit, (a) => GAMBLING_TOPIC.test(a.title + a.body))],
    ["gambling-topic news, en (bbc)", articles("bbc-news.jsonl.gz", limit, (a) => GAMBLING_TOPIC.test(a.title + a.body))],
  ];
  const rows: string[][] = [];
  for (const [label, arts] of sets) {
    if (arts.length === 0) continue;
    const scored = arts.map((a) => score(cleanRecord(record(`${a.title}\n\n${a.body}`, "text")), a.title, a.body));
    rows.push(summarise(label, scored));
  }
  if (rows.length === 0) return;
  console.log("\n## clean articles, no spam injected (must keep >= 99%)");
  console.log(table(["set", "docs", "article bigram R", "removed non-article (1-P)", "docs 1-P>1%", "docs R<0.98", "title exact"], rows));
}

export function runSpam(limit?: number): void {
  realSamples();
  variants(limit ?? 40);
  controls(limit ?? 60);
}
