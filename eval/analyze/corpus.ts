/** Reads articles of ../shared/data/corpus by file and 0-based line (copyrighted: never copied). */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { SHARED_DATA } from "../../support/data.js";

export const DATA_DIR = SHARED_DATA;
export const CORPUS_DIR = join(DATA_DIR, "corpus");

export interface Article {
  body: string;
  date: string | null;
  title: string;
}

const cache = new Map<string, string[]>();

/** Lines of a corpus file. Split on \n only: some hkcnews bodies contain U+2028. */
export function corpusLines(file: string): string[] {
  let lines = cache.get(file);
  if (!lines) {
    lines = gunzipSync(readFileSync(join(CORPUS_DIR, file))).toString("utf8").split("\n");
    cache.set(file, lines);
  }
  return lines;
}

export function readArticle(file: string, line: number): Article {
  const raw = corpusLines(file)[line];
  if (!raw) throw new Error(`${file}: no line ${line}`);
  const o = JSON.parse(raw) as { body?: string; date?: string | null; title?: string };
  return { body: o.body ?? "", date: o.date ?? null, title: o.title ?? "" };
}

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

export const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** Hong Kong sources write HK dollars as a bare 元 (the pipeline's yuanCurrency option). */
export const yuanCurrencyOf = (file: string) => (file.startsWith("hkcnews") ? "HKD" : undefined);
