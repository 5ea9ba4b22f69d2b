/** Clean articles from the corpora in ../shared/data, as the article side of spam variants. */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Article } from "./generate.js";
import { DATA } from "./sets.js";

/** Markup the corpora keep in their bodies that is not article text. */
function plainBody(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<figure[\s\S]*?<\/figure>/gi, "")
    .replace(/<[^>]+>/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/^#+\s*/gm, "")
    .replace(/[\u2028\u2029]/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
}

/** Every `stride`-th record (records split on \n only: some bodies contain U+2028). */
export function articles(file: string, count: number, keep: (a: Article) => boolean = () => true): Article[] {
  const path = `${DATA}/corpus/${file}`;
  if (!existsSync(path)) return [];
  const lines = gunzipSync(readFileSync(path)).toString("utf8").split("\n").filter(Boolean);
  const all: Article[] = [];
  for (const line of lines) {
    const o = JSON.parse(line) as { title?: string; body?: string };
    if (!o.title || !o.body) continue;
    const title = o.title.trim();
    // Bodies that open with the title again (as a markdown heading) hold it once: in the title.
    const body = plainBody(o.body)
      .split("\n")
      .filter((l, i) => !(i < 3 && l.replace(/^#+\s*/, "").trim() === title))
      .join("\n");
    const a = { title, body };
    if (a.body.length >= 200 && keep(a)) all.push(a);
  }
  const stride = Math.max(1, Math.floor(all.length / count));
  const out: Article[] = [];
  for (let i = 0; i < all.length && out.length < count; i += stride) out.push(all[i]!);
  return out;
}

/** News whose topic is gambling (casinos, betting cases, lotteries): must be kept whole. */
export const GAMBLING_TOPIC = /赌场|賭場|博彩|赌博|賭博|彩票|casino|gambling|betting|lottery|bookmaker/i;
