import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createGunzip, gunzipSync, gzipSync } from "node:zlib";
import type { CleanDoc } from "@wenku/clean";
import { dirname, join } from "node:path";
import { SHARED_DATA } from "../../support/data.js";

/** Where the shared data sets live (never copied into the repo). */
export const DATA = SHARED_DATA;
export const CORPUS = join(DATA, "corpus");

/** One article of the three news corpora, as published (before cleaning). */
export interface Article {
  /** Stable key: corpus name and line number. */
  key: string;
  corpus: "cctv" | "hkcnews" | "bbc" | "reuters";
  title: string;
  date: string | undefined;
  body: string;
}

const FILES: [Article["corpus"], string][] = [
  ["cctv", "cctv-xwlb.jsonl.gz"],
  ["hkcnews", "hkcnews-zh-hant-20k.jsonl.gz"],
  ["bbc", "bbc-news.jsonl.gz"],
];

export function corpusAvailable(): boolean {
  return FILES.every(([, f]) => existsSync(join(CORPUS, f)));
}

/** Every article of one corpus, in file order. Records are split on "\n" only: hkcnews
 *  bodies contain U+2028, which readline would also treat as a line break. */
async function readCorpus(corpus: Article["corpus"], file: string): Promise<Article[]> {
  const out: Article[] = [];
  let pending = "";
  let line = 0;
  const push = (text: string) => {
    line++;
    if (!text.trim()) return;
    const j = JSON.parse(text) as { title?: string; date?: string; body?: string };
    if (!j.body?.trim()) return;
    out.push({ key: `${corpus}:${line}`, corpus, title: (j.title ?? "").trim(), date: j.date, body: j.body });
  };
  const stream = createReadStream(join(CORPUS, file)).pipe(createGunzip());
  stream.setEncoding("utf8");
  for await (const chunk of stream as AsyncIterable<string>) {
    pending += chunk;
    let nl: number;
    while ((nl = pending.indexOf("\n")) !== -1) {
      push(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
    }
  }
  if (pending) push(pending);
  return out;
}

export async function readArticles(): Promise<Article[]> {
  const all: Article[] = [];
  for (const [corpus, file] of FILES) all.push(...(await readCorpus(corpus, file)));
  return all;
}

/** An article after the cleaning stage: what every engine indexes. */
export interface CleanArticle {
  key: string;
  corpus: Article["corpus"];
  title: string;
  date: string | null;
  lang: CleanDoc["lang"];
  text: string;
}

const CACHE = join(process.env.WENKU_BENCH_CACHE ?? join(tmpdir(), "wenku-bench-search"), "clean-v1.jsonl.gz");

/**
 * Every article cleaned with `cleanRecord` (the product's cleaner; ~4 ms an article here).
 * Cached gzipped outside the repository (the text is copyrighted), so later runs start at once;
 * delete the cache after changing the cleaner.
 */
export async function cleanArticles(log: (s: string) => void): Promise<CleanArticle[]> {
  if (existsSync(CACHE)) {
    return gunzipSync(readFileSync(CACHE)).toString("utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as CleanArticle);
  }
  const { cleanRecord } = await import("@wenku/clean");
  const articles = await readArticles();
  const out: CleanArticle[] = [];
  const t0 = performance.now();
  articles.forEach((a, i) => {
    const doc = cleanRecord({
      path: `${a.corpus}.jsonl`, record: i, container: "jsonl", format: "text", text: a.body,
      encoding: "utf-8", replacementChars: 0, meta: { title: a.title, ...(a.date ? { date: a.date } : {}) }, fileHash: "bench",
    });
    if (doc.text.trim()) out.push({ key: a.key, corpus: a.corpus, title: doc.title, date: doc.date, lang: doc.lang, text: doc.text });
    if (i % 5000 === 4999) log(`cleaned ${i + 1}/${articles.length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  });
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, gzipSync(out.map((a) => JSON.stringify(a)).join("\n")));
  return out;
}

const REUTERS = join(CORPUS, "reuters21578");
const REUTERS_CACHE = join(dirname(CACHE), "clean-reuters-v1.jsonl.gz");

export function reutersAvailable(): boolean {
  return existsSync(REUTERS);
}

/**
 * The Reuters-21578 stories that have a title and a body, split with the product's SGML reader
 * and cleaned with `cleanRecord`, as `wenku ingest` reads them; cached like cleanArticles.
 * Not part of the 10k/100k sets (the issue names cctv, hkcnews and bbc): newswire.ts measures
 * English search on them.
 */
export async function cleanReuters(log: (s: string) => void): Promise<CleanArticle[]> {
  if (existsSync(REUTERS_CACHE)) {
    return gunzipSync(readFileSync(REUTERS_CACHE)).toString("utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as CleanArticle);
  }
  const { cleanRecord } = await import("@wenku/clean");
  const { decodeBytes, splitSgml } = await import("@wenku/ingest");
  const out: CleanArticle[] = [];
  let n = 0;
  for (const file of readdirSync(REUTERS).filter((f) => f.endsWith(".sgm.gz")).sort()) {
    const decoded = decodeBytes(gunzipSync(readFileSync(join(REUTERS, file))));
    for (const story of splitSgml(decoded.text)) {
      n++;
      if (!story.body.trim() || !story.meta.title) continue;
      const doc = cleanRecord({
        path: `reuters21578/${file}`, record: n, container: "sgml", format: "text", text: story.body,
        encoding: decoded.encoding, replacementChars: decoded.replacementChars, meta: story.meta, fileHash: "bench",
      });
      if (doc.text.trim()) out.push({ key: `reuters:${n}`, corpus: "reuters", title: doc.title, date: doc.date, lang: doc.lang, text: doc.text });
    }
  }
  log(`cleaned ${out.length} of ${n} Reuters stories (the others have no title or no body)`);
  mkdirSync(dirname(REUTERS_CACHE), { recursive: true });
  writeFileSync(REUTERS_CACHE, gzipSync(out.map((a) => JSON.stringify(a)).join("\n")));
  return out;
}

/** A document of a benchmark set: a whole article, or a disjoint slice of one. */
export interface BenchDoc {
  /** Unique id inside the set. */
  id: string;
  /** The article it comes from (relevance judgements are per article). */
  article: string;
  corpus: Article["corpus"];
  title: string;
  date: string | null;
  lang: CleanDoc["lang"];
  text: string;
}

/**
 * The documents of a set of `size`. Sizes up to the number of articles take a deterministic
 * spread sample of whole articles (every k-th, all three corpora in proportion). Larger sizes
 * take every article whole and then, to reach the size, the first and second halves of the
 * clean text (cut at the paragraph break nearest the middle) of articles in order, each as its
 * own document titled "<title> (1/2)" / "(2/2)": disjoint slices of real text, never exact
 * copies (the store folds exact copies into one searchable document).
 */
export function benchSet(articles: CleanArticle[], size: number): BenchDoc[] {
  const whole = (a: CleanArticle): BenchDoc => ({ id: a.key, article: a.key, corpus: a.corpus, title: a.title, date: a.date, lang: a.lang, text: a.text });
  if (size <= articles.length) {
    const out: BenchDoc[] = [];
    const step = articles.length / size;
    for (let i = 0; i < size; i++) out.push(whole(articles[Math.floor(i * step)]!));
    return out;
  }
  const out = articles.map(whole);
  for (const a of articles) {
    if (out.length >= size) break;
    const mid = a.text.length / 2;
    let cut = -1;
    for (let at = a.text.indexOf("\n"); at !== -1; at = a.text.indexOf("\n", at + 1)) {
      if (cut === -1 || Math.abs(at - mid) < Math.abs(cut - mid)) cut = at;
    }
    if (cut <= 0) continue;
    const halves = [a.text.slice(0, cut).trim(), a.text.slice(cut).trim()];
    if (!halves[0] || !halves[1]) continue;
    halves.forEach((text, k) => {
      if (out.length >= size) return;
      out.push({ ...whole(a), id: `${a.key}#${k + 1}`, title: `${a.title} (${k + 1}/2)`, text });
    });
  }
  return out;
}
