/** Spam evaluation: real samples against hand-made gold, generated variants, clean controls. */
import { existsSync, readFileSync } from "node:fs";
import { cleanRecord, isDecorationChar, type CleanDoc } from "@wenku/clean";
import type { RawRecord } from "@wenku/ingest";
import { articles, GAMBLING_TOPIC } from "./corpora.js";
import { adVariant, enVariant, htmlVariant, labelledTitleControl, rng, siteNameTitleVariant, spacedVariant, titlePrefixVariant, wrappedVariant, zhVariant, type Article, type Variant } from "./generate.js";
import { bigramPR, bigrams } from "./metrics.js";
import { DATA } from "./sets.js";
import { table } from "./table.js";

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

function record(input: string, format: "text" | "html", meta: RawRecord["meta"] = {}): RawRecord {
  return { path: `eval.${format === "html" ? "html" : "txt"}`, record: 0, container: format, format, text: input, encoding: "utf-8", replacementChars: 0, meta, fileHash: "" };
}

const letters = (s: string) => [...bigrams(s).values()].reduce((a, b) => a + b, 0);

/**
 * What the issue's bar forbids in the output: promotional keywords and decoration chars.
 * Keywords are the lexicon's lure terms, lure phrases and strong site words, matched here
 * independently of the cleaner's own folding: NFKC (full width → ASCII), lower case, spaces
 * dropped between Han chars and inside letter-spaced Latin ("s l o t"). Decoration chars are
 * the cleaner's own class (isDecorationChar). Counted in the output minus the gold (a term
 * or char the real article itself contains is not left-over spam), title and text together.
 */
const LEXICON = JSON.parse(readFileSync(new URL("../../packages/clean/data/spam-lexicon.json", import.meta.url), "utf8")) as {
  lureTerms: Record<string, string[]>;
  lurePhrases: string[];
  strongSiteTerms: string[];
};
const PROMO_TERMS = [...new Set([...Object.values(LEXICON.lureTerms).flat(), ...LEXICON.lurePhrases, ...LEXICON.strongSiteTerms].map((t) => t.normalize("NFKC").toLowerCase()))];

function foldForCount(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/(?<=\p{Script=Han})\s+(?=[\p{Script=Han}a-z0-9])|(?<=[a-z0-9])\s+(?=\p{Script=Han})/gu, "")
    .replace(/(?<![a-z0-9])[a-z0-9](?: [a-z0-9](?![a-z0-9])){2,}/g, (m) => m.replace(/ /g, ""));
}

function countTerms(s: string): Map<string, number> {
  const f = foldForCount(s);
  const out = new Map<string, number>();
  for (const term of PROMO_TERMS) {
    const ascii = /^[a-z0-9 ]+$/.test(term);
    const re = new RegExp(ascii ? `(?<![a-z0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9])` : term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gu");
    const n = f.match(re)?.length ?? 0;
    if (n) out.set(term, n);
  }
  return out;
}

function countDecorations(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const ch of s) if (isDecorationChar(ch)) out.set(ch, (out.get(ch) ?? 0) + 1);
  return out;
}

/** Multiset difference: what `out` has beyond `gold`. */
function beyond(out: Map<string, number>, gold: Map<string, number>): Map<string, number> {
  const d = new Map<string, number>();
  for (const [k, n] of out) if (n > (gold.get(k) ?? 0)) d.set(k, n - (gold.get(k) ?? 0));
  return d;
}

interface Leftover {
  terms: Map<string, number>;
  decorations: Map<string, number>;
}

function leftover(doc: CleanDoc, goldTitle: string, goldBody: string): Leftover {
  const out = `${doc.title}\n${doc.text}`;
  const gold = `${goldTitle}\n${goldBody}`;
  return { terms: beyond(countTerms(out), countTerms(gold)), decorations: beyond(countDecorations(out), countDecorations(gold)) };
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const list = (m: Map<string, number>) => [...m].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(" ") || "–";

interface Row {
  recall: number;
  residue: number;
  titleOk: boolean;
  left: Leftover;
}

/** Residue: the share of the output's bigrams that are not the article's (1 - precision). */
function score(doc: CleanDoc, title: string, body: string): Row {
  const pr = bigramPR(body, doc.text);
  const residue = letters(body) === 0 ? (letters(doc.text) > 0 ? 1 : 0) : doc.text ? 1 - pr.precision : 0;
  // A pure ad has no article: nothing to lose (recall 1), everything output is residue.
  const recall = letters(body) === 0 ? 1 : pr.recall;
  return { recall, residue, titleOk: doc.title.trim() === title.trim(), left: leftover(doc, title, body) };
}

function summarise(label: string, rows: Row[]): string[] {
  const n = rows.length || 1;
  const recall = rows.reduce((s, r) => s + r.recall, 0) / n;
  const residue = rows.reduce((s, r) => s + r.residue, 0) / n;
  const over = rows.filter((r) => r.residue > 0.01).length;
  const lowRecall = rows.filter((r) => r.recall < 0.98).length;
  const terms = new Map<string, number>();
  const decorations = new Map<string, number>();
  for (const r of rows) {
    for (const [k, c] of r.left.terms) terms.set(k, (terms.get(k) ?? 0) + c);
    for (const [k, c] of r.left.decorations) decorations.set(k, (decorations.get(k) ?? 0) + c);
  }
  const shortList = (m: Map<string, number>) => `${sum(m)}${m.size ? ` (${[...m].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, c]) => `${k}×${c}`).join(" ")})` : ""}`;
  return [label, String(rows.length), f3(recall), pct(residue), String(over), String(lowRecall), f3(rows.filter((r) => r.titleOk).length / n), shortList(terms), shortList(decorations)];
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
  let minRecall = 1;
  let termsLeft = 0;
  let decorationsLeft = 0;
  let emptied = 0;
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
      minRecall = Math.min(minRecall, pr.recall);
      articleItems++;
    }
    const left = leftover(doc, "", body);
    termsLeft += sum(left.terms);
    decorationsLeft += sum(left.decorations);
    if (!spec.length && !doc.text && doc.empty) emptied++;
    rows.push([String(i), item.kind, spec.length ? f3(pr.recall) : "–", `${spamLeft}/${letters(item.text) - letters(body)}`, String(letters(doc.title)), spec.length ? "–" : doc.text ? "no" : `yes (${doc.empty})`, list(left.terms), list(left.decorations)]);
  });
  console.log("\n## spam, real samples (GitHub-issue parasite excerpts; gold: eval/clean/spam-gold.json)");
  console.log(table(["item", "kind", "article bigram R", "spam bigrams left / injected", "title bigrams left (gold: none)", "pure spam emptied", "promo keywords left", "decoration chars left"], rows));
  console.log(`article recall (mean over ${articleItems} items with an article) ${f3(recallSum / articleItems)}, lowest ${f3(minRecall)}; spam share of output ${pct(outChars ? residueChars / outChars : 0)}; promotional keywords left ${termsLeft}; decoration chars left ${decorationsLeft}; pure-spam items emptied ${emptied}/${items.length - articleItems}`);
  for (const name of ["91aiji_kaifa_k8_parasite_page.html", "gne_njxfhn_seo_spam_news_page.html"]) {
    const path = `${DATA}/spam/${name}`;
    if (!existsSync(path)) continue;
    const doc = cleanRecord(record(readFileSync(path, "utf8"), "html"));
    const lost = doc.titleRemoved.map((r) => `${r.rule} ${JSON.stringify(r.text)}`).join(", ") || "nothing";
    console.log(`${name}: title ${JSON.stringify(doc.title)} (stated ${JSON.stringify(doc.originalTitle)}; cut: ${lost}); ${doc.text.length} chars kept; ${doc.removed.filter((r) => r.reason.startsWith("spam")).length} spam cuts (no gold: read the title and \`wenku clean\` output)`);
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
  // Families added in the second pass, after the first ones so their samples stay the same.
  for (const a of zh) all.push(spacedVariant(a, r, false));
  for (const a of en) all.push(spacedVariant(a, r, true));
  for (const a of zh) all.push(wrappedVariant(a, r));
  for (let i = 0; i < perFamily; i++) all.push(adVariant(r));
  // Spam injected into news that is itself about gambling: judged by injection, the story stays.
  const gambling = articles("hkcnews-zh-hant-20k.jsonl.gz", perFamily, (a) => GAMBLING_TOPIC.test(a.title + a.body));
  for (const a of gambling) all.push({ ...wrappedVariant(a, r), family: "gambling-topic news, wrapped (zh-Hant)" });
  for (const a of gambling) all.push({ ...zhVariant(a, r, "combined", true), family: "gambling-topic news, injected (zh-Hant)" });
  // Third pass: spam titles of the two real HTML spam pages' classes (a coded site name as the
  // whole title; a commercial name bracketed before the headline), Simplified and Traditional.
  for (const a of zh) all.push(siteNameTitleVariant(a, r, false));
  for (const a of hant) all.push(siteNameTitleVariant(a, r, true));
  for (const a of zh) all.push(titlePrefixVariant(a, r, false));
  for (const a of hant) all.push(titlePrefixVariant(a, r, true));
  const byFamily = new Map<string, Row[]>();
  for (const v of all) {
    const doc = cleanRecord(record(v.input, v.format, v.declaredTitle ? { title: v.declaredTitle } : {}));
    const row = score(doc, v.title, v.body);
    // WENKU_EVAL_TITLES=1: print every title we get wrong, with the cuts made to it.
    if (process.env["WENKU_EVAL_TITLES"] && !row.titleOk) console.log(`title miss [${v.family}] ${JSON.stringify(doc.originalTitle)} -> ${JSON.stringify(doc.title)}, want ${JSON.stringify(v.title)}; cuts: ${doc.titleRemoved.map((x) => `${x.rule} ${JSON.stringify(x.text)}`).join(", ") || "none"}`);
    byFamily.set(v.family, [...(byFamily.get(v.family) ?? []), row]);
  }
  console.log(`\n## spam, generated variants (eval/clean/generate.ts, seed 20261122, ${perFamily} articles per family)`);
  console.log(table(["family", "docs", "article bigram R", "residue (1-P)", "docs residue>1%", "docs R<0.98", "title exact", "promo keywords left", "decoration chars left"], [...byFamily].map(([f, rows]) => summarise(f, rows))));
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
  // Legitimate bracketed labels before a headline (【直播】, a story tag, a company the
  // article names): the title must come back whole.
  const r = rng(20261123);
  for (const [label, file] of [["labelled titles, zh-Hans (cctv)", "cctv-xwlb.jsonl.gz"], ["labelled titles, zh-Hant (hkcnews)", "hkcnews-zh-hant-20k.jsonl.gz"]] as const) {
    const arts = articles(file, limit);
    if (arts.length === 0) continue;
    const scored = arts.map((a) => labelledTitleControl(a, r)).map((v) => score(cleanRecord(record(v.input, v.format)), v.title, v.body));
    rows.push(summarise(label, scored));
  }
  if (rows.length === 0) return;
  console.log("\n## clean articles, no spam injected (must keep >= 99%)");
  console.log(table(["set", "docs", "article bigram R", "removed non-article (1-P)", "docs 1-P>1%", "docs R<0.98", "title exact", "promo keywords beyond gold", "decoration chars beyond gold"], rows));
}

export function runSpam(limit?: number): void {
  realSamples();
  variants(limit ?? 40);
  controls(limit ?? 60);
}
