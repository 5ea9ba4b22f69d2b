import type { CheerioAPI } from "cheerio";
import { findDate, normaliseDate } from "../text/date.js";
import { isPersonName } from "./author.js";
import type { Cut } from "../view.js";

export interface HtmlMeta {
  title: string | null;
  /** The title as the page states it, before its site suffix was dropped. */
  rawTitle: string | null;
  date: string | null;
  author: string | null;
  source: string | null;
}

const SITE_SEPARATOR = /\s*(?:_|\s[-–—|]\s|\s?[|｜]\s?)\s*/gu;

/** stripSiteSuffix as cuts (title/site-suffix), so the dropped site name is recorded:
 *  everything before and after the longest part goes. */
export function siteSuffixCuts(title: string): Cut[] {
  const parts: Array<{ start: number; end: number }> = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const s = title.slice(start, end);
    const lead = s.length - s.trimStart().length;
    const t = s.trim();
    if (t) parts.push({ start: start + lead, end: start + lead + t.length });
  };
  for (const m of title.matchAll(SITE_SEPARATOR)) {
    push(from, m.index!);
    from = m.index! + m[0].length;
  }
  push(from, title.length);
  if (parts.length <= 1) return [];
  const cps = (p: { start: number; end: number }) => [...title.slice(p.start, p.end)].length;
  const keep = parts.reduce((a, b) => (cps(b) > cps(a) ? b : a));
  const cut = (start: number, end: number): Cut => ({ start, end, reason: "boilerplate", rule: "title/site-suffix", detail: "a site or column name beside the headline" });
  const out: Cut[] = [];
  if (keep.start > 0) out.push(cut(0, keep.start));
  if (keep.end < title.length) out.push(cut(keep.end, title.length));
  return out;
}

/** "标题_新浪网", "标题 - 网易", "标题 | Site": keep the longest part. */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(/\s*(?:_|\s[-–—|]\s|\s?[|｜]\s?)\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return title.trim();
  return parts.reduce((a, b) => ([...b].length > [...a].length ? b : a));
}

function metaContent($: CheerioAPI, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const v = $(sel).first().attr("content")?.trim();
    if (v) return v;
  }
  return undefined;
}

function jsonLd($: CheerioAPI): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      const v: unknown = JSON.parse($(el).text());
      const items = Array.isArray(v) ? v : [v];
      for (const it of items) {
        if (it && typeof it === "object") {
          out.push(it as Record<string, unknown>);
          const graph = (it as Record<string, unknown>)["@graph"];
          if (Array.isArray(graph)) for (const g of graph) if (g && typeof g === "object") out.push(g as Record<string, unknown>);
        }
      }
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
  });
  return out;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === "object" && "name" in v) return nameOf((v as { name: unknown }).name);
  return undefined;
}

const VISIBLE_DATE = /(?:发布时间|发布日期|发表时间|時間|时间|日期|published|updated)?\s*[:：]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/iu;
const VISIBLE_AUTHOR = /(?:作者|記者|记者|文)\s*[:：|]\s*([\p{Script=Han}A-Za-z·. ]{2,20}?)(?=\s|$|[，,。|/　])/u;
const VISIBLE_SOURCE = /(?:来源|來源)\s*[:：]\s*([\p{Script=Han}A-Za-z0-9·]{2,20})/u;

/** A <time datetime> element: the article's own (itemprop/pubdate) first, else the first. */
function timeElementDate($: CheerioAPI): string | undefined {
  const own = $('time[itemprop="datePublished"][datetime], time[pubdate][datetime], [itemprop="datePublished"][datetime]').first().attr("datetime");
  return (own ?? $("time[datetime]").first().attr("datetime"))?.trim() || undefined;
}

/** The page's own address, as it declares it. */
function pageUrl($: CheerioAPI): string | undefined {
  return $('link[rel="canonical"]').attr("href") ?? metaContent($, ['meta[property="og:url"]']);
}

/** /2019/11/18/, /2019-11/18/, /20191118/ or -2019-11-18- in a URL path: the day the CMS filed
 *  the article under. The weakest evidence, for pages that print no date at all. */
const URL_DATE = /[/_-]((?:19|20)\d{2})([/_-]?)(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
export function urlDate(url: string | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url, "http://x").pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  return m ? `${m[1]}-${m[3]}-${m[4]}` : null;
}

/** Title, date, author, source from meta tags, JSON-LD and visible bylines (in that order). */
export interface PrintedFields {
  /** The date printed nearest the article and how far from it (see visibleDate). */
  date?: { iso: string; distance: number } | null;
  /** The author printed in the byline or closing the article (see visibleAuthor). */
  author?: string | null;
}

export function htmlMeta($: CheerioAPI, bylineText: string, printed: PrintedFields = {}, declaredUrl?: string): HtmlMeta {
  const pageDate = printed.date;
  const ld = jsonLd($);
  const ldArticle = ld.find((x) => typeof x["headline"] === "string" || typeof x["datePublished"] === "string");
  const rawTitle =
    metaContent($, ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]']) ??
    ($("h1").first().text().trim() || undefined) ??
    (typeof ldArticle?.["headline"] === "string" ? (ldArticle["headline"] as string) : undefined) ??
    ($("title").first().text().trim() || undefined);
  const dateRaw =
    metaContent($, [
      'meta[property="article:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="PubDate"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[property="og:release_date"]',
      'meta[name="citation_publication_date"]',
      'meta[name="citation_date"]',
      'meta[name="DC.date"]',
      'meta[name="dc.date"]',
    ]) ??
    (typeof ldArticle?.["datePublished"] === "string" ? (ldArticle["datePublished"] as string) : undefined) ??
    timeElementDate($);
  const visibleDate = VISIBLE_DATE.exec(bylineText)?.[1];
  // A date printed next to the article beats a meta tag: CMSs fill meta dates with the
  // template's or the crawl's time more often than they misprint the visible byline.
  const near = pageDate && pageDate.distance < 600 ? pageDate.iso : undefined;
  const date =
    near ??
    (dateRaw ? normaliseDate(dateRaw) : visibleDate ? (findDate(visibleDate)?.iso ?? null) : (pageDate?.iso ?? urlDate(pageUrl($) ?? declaredUrl) ?? null));
  // Declared authors first when they name a person (CMSs fill them with the site's name,
  // a user id or a URL as often as not), then the printed byline.
  const declared = [metaContent($, ['meta[name="author"]', 'meta[property="article:author"]']), nameOf(ldArticle?.["author"])];
  const author = declared.find((a): a is string => a !== undefined && isPersonName(a)) ?? printed.author ?? VISIBLE_AUTHOR.exec(bylineText)?.[1]?.trim() ?? null;
  const source =
    metaContent($, ['meta[property="og:site_name"]', 'meta[name="source"]']) ?? VISIBLE_SOURCE.exec(bylineText)?.[1] ?? null;
  return { title: rawTitle ? stripSiteSuffix(rawTitle) : null, rawTitle: rawTitle ?? null, date, author: author && !/^https?:/.test(author) ? author : null, source };
}
