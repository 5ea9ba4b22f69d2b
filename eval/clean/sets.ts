/** The evaluation sets, read from ../shared/data at run time (nothing is copied into the repo). */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { decodeBytes, sniffDeclaredCharset } from "@wenku/ingest";
import { SHARED_DATA } from "../../support/data.js";

export const DATA = SHARED_DATA;

export interface Page {
  set: string;
  id: string;
  path: string;
  /** Decoded HTML. */
  html: string;
  url?: string;
  gold: { text: string; date?: string; author?: string };
}

/** First `limit` items of a sorted list (the same sample on every run). */
const take = <T>(xs: T[], limit?: number) => (limit ? xs.slice(0, limit) : xs);

export function decodeHtml(bytes: Uint8Array): string {
  return decodeBytes(bytes, sniffDeclaredCharset(bytes)).text;
}

/** waddle-zh-dev: reference is `<p>` lines. */
export function waddle(limit?: number): Page[] {
  const dir = `${DATA}/html/waddle-zh-dev`;
  if (!existsSync(dir)) return [];
  const ids = readdirSync(`${dir}/html`).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)).sort();
  return take(ids, limit).map((id) => {
    const ref = readFileSync(`${dir}/ref/${id}.txt`, "utf8").replace(/<\/?p>/g, "\n");
    const path = `${dir}/html/${id}.html`;
    return { set: "waddle-zh-dev", id, path, html: decodeHtml(readFileSync(path)), gold: { text: ref } };
  });
}

/** cwce-dev: GBK pages mostly; gold text, date and author ("UNKNOWN" when the page has none). */
export function cwce(limit?: number): Page[] {
  const dir = `${DATA}/html/cwce-dev`;
  if (!existsSync(dir)) return [];
  const ids = readdirSync(`${dir}/original`).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)).sort();
  const known = (s: string) => (s.trim() && s.trim() !== "UNKNOWN" ? s.trim() : undefined);
  return take(ids, limit).map((id) => {
    const path = `${dir}/original/${id}.html`;
    return {
      set: "cwce-dev",
      id,
      path,
      html: decodeHtml(readFileSync(path)),
      gold: {
        text: readFileSync(`${dir}/cleaned/${id}.txt`, "utf8"),
        date: known(readFileSync(`${dir}/date/${id}.txt`, "utf8")),
        author: known(readFileSync(`${dir}/author/${id}.txt`, "utf8")),
      },
    };
  });
}

/** ScrapingHub article-extraction benchmark (English): ground-truth articleBody. */
export function scrapinghub(limit?: number): Page[] {
  const dir = `${DATA}/html/scrapinghub`;
  if (!existsSync(`${dir}/ground-truth.json`)) return [];
  const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, "utf8")) as Record<string, { articleBody: string; url?: string }>;
  return take(Object.keys(truth).sort(), limit).map((id) => {
    const path = `${dir}/html/${id}.html.gz`;
    return {
      set: "scrapinghub",
      id,
      path,
      html: decodeHtml(gunzipSync(readFileSync(path))),
      url: truth[id]!.url,
      gold: { text: truth[id]!.articleBody },
    };
  });
}

/** cctv article pages (throughput only: no gold). */
export function cctv(limit?: number): Page[] {
  const dir = `${DATA}/html/cctv`;
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => /\.s?html?$/.test(f)).sort();
  return take(files, limit).map((f) => {
    const path = `${dir}/${f}`;
    return { set: "cctv", id: f, path, html: decodeHtml(readFileSync(path)), gold: { text: "" } };
  });
}

/** Does our date agree with the gold at the gold's precision (a year, a day)? */
export function sameDate(gold: string, ours: string | null): boolean {
  if (!ours) return false;
  const g = /(\d{4})(?:\D+(\d{1,2})\D+(\d{1,2}))?/.exec(gold);
  const o = /(\d{4})-(\d{2})-(\d{2})/.exec(ours) ?? /(\d{4})/.exec(ours);
  if (!g || !o) return false;
  if (g[1] !== o[1]) return false;
  if (!g[2]) return true;
  return Number(g[2]) === Number(o[2]) && Number(g[3]) === Number(o[3]);
}

export function sameAuthor(gold: string, ours: string | null): boolean {
  if (!ours) return false;
  const norm = (s: string) => s.replace(/\s+/g, "");
  return norm(ours) === norm(gold);
}
