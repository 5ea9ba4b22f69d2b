import { z } from "zod";
import type { ContentFormat, DeclaredMeta } from "./schema.js";

/** Which JSON field holds what. Scrapers disagree on names; the first present one wins. */
export const FieldMap = z.object({
  title: z.array(z.string()).default(["title", "headline", "name", "subject"]),
  body: z.array(z.string()).default(["body", "content", "text", "article", "html", "content_html", "raw_html", "maintext"]),
  url: z.array(z.string()).default(["url", "link", "original_url", "canonical_url", "source_url", "href"]),
  date: z.array(z.string()).default(["date", "published", "published_at", "publish_time", "pubDate", "pub_date", "datetime", "time", "created_at", "date_publish"]),
  author: z.array(z.string()).default(["author", "authors", "byline", "writer"]),
  source: z.array(z.string()).default(["source", "site", "site_name", "publisher", "outlet", "media"]),
});
export type FieldMap = z.infer<typeof FieldMap>;

/** Parse `title=headline,body=content` into a field map whose named fields take priority. */
export function parseFieldMapOverride(spec: string): Partial<Record<keyof FieldMap, string>> {
  const out: Partial<Record<keyof FieldMap, string>> = {};
  const keys = Object.keys(FieldMap.shape) as (keyof FieldMap)[];
  for (const pair of spec.split(",").filter((p) => p.trim() !== "")) {
    const [k, v] = pair.split("=").map((s) => s.trim());
    if (!k || !v || !keys.includes(k as keyof FieldMap)) {
      throw new Error(`bad field mapping "${pair}": expected one of ${keys.join(", ")} = a field name`);
    }
    out[k as keyof FieldMap] = v;
  }
  return out;
}

export function withOverride(override: Partial<Record<keyof FieldMap, string>>): FieldMap {
  const base = FieldMap.parse({});
  for (const [k, v] of Object.entries(override)) {
    const key = k as keyof FieldMap;
    base[key] = [v!, ...base[key].filter((f) => f !== v)];
  }
  return base;
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((s): s is string => s !== undefined);
    return parts.length ? parts.join(", ") : undefined;
  }
  if (value && typeof value === "object" && "name" in value) return asText((value as { name: unknown }).name);
  return undefined;
}

const HTML_START = /^\s*(<!doctype|<html|<body|<div|<p[\s>]|<article|<section|<figure|<h[1-6][\s>])/i;

export interface MappedRecord {
  body: string;
  format: ContentFormat;
  meta: DeclaredMeta;
}

/** Map one JSON article onto body + declared metadata; unmapped fields are kept in `extra`. */
export function mapJsonArticle(obj: Record<string, unknown>, map: FieldMap): MappedRecord | undefined {
  const used = new Set<string>();
  const pick = (names: string[]): string | undefined => {
    for (const n of names) {
      const v = asText(obj[n]);
      if (v !== undefined) {
        used.add(n);
        return v;
      }
    }
    return undefined;
  };
  const body = pick(map.body);
  if (body === undefined) return undefined;
  const bodyField = [...used][0]!;
  const meta: DeclaredMeta = {};
  const title = pick(map.title);
  const date = pick(map.date);
  const author = pick(map.author);
  const url = pick(map.url);
  const source = pick(map.source);
  if (title !== undefined) meta.title = title;
  if (date !== undefined) meta.date = date;
  if (author !== undefined) meta.author = author;
  if (url !== undefined) meta.url = url;
  if (source !== undefined) meta.source = source;
  const extra = Object.fromEntries(Object.entries(obj).filter(([k]) => !used.has(k)));
  if (Object.keys(extra).length) meta.extra = extra;
  const isHtml = /html/i.test(bodyField) || HTML_START.test(body);
  return { body, format: isHtml ? "html" : "text", meta };
}
