import { dirname, resolve } from "node:path";
import type { RawRecord } from "@wenku/ingest";
import type { FileEvidence } from "./store.js";

// Corpus-level boilerplate evidence: which short lines recur across the documents of one
// source. Counted here in a pre-pass over each file (CCNet-style), stored per source and file
// by store.ts, and handed to the cleaner as CleanOptions.boilerplateLines by pipeline.ts.

/**
 * The source a record's boilerplate is learnt over: the site (host of its URL) when known;
 * else the folder of a one-document file (saved pages of a site sit together); else the
 * input file (a dump from one scraper run).
 */
export function boilerplateSource(raw: RawRecord): string {
  if (raw.meta.url) {
    try {
      const host = new URL(raw.meta.url).host.toLowerCase();
      if (host) return host;
    } catch {
      // not a URL: fall through to where the record came from
    }
  }
  const file = resolve(raw.path);
  return raw.container === "html" || raw.container === "text" ? dirname(file) : file;
}

/** Longer lines are content, never furniture (BoilerplateLearner's maxLineChars). */
const MAX_BOILERPLATE_LINE = 200;
/** Figures (digit runs) a furniture line may hold: "© 2025", "电话 010-12345678". */
const MAX_FURNITURE_FIGURES = 3;
/** Lossy counting: every this many documents of a source, lines seen only once are dropped, so
 *  a dump of a million articles is counted in bounded memory. A line that is really furniture
 *  (≥ 5% of documents) is seen again long before it could be dropped. */
const EVIDENCE_PRUNE_EVERY = 1000;

/** The visible lines of a page, roughly: block tags become line breaks, other tags vanish.
 *  Cheap on purpose (this runs over every page before cleaning); the cleaner's own extraction
 *  produces the same lines for the short furniture lines that matter here. */
function roughPageText(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, "\n")
    .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|pre|dd|dt|dl|form|hr)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/&lt;/gi, "<")
    .replace(/&gt;/gi, ">")
    .replace(/&quot;/gi, '"')
    .replace(/&copy;/gi, "©");
}

/** Count one record's short lines, once each, for its source (see boilerplateSource). */
export function addEvidence(evidence: FileEvidence, raw: RawRecord, fingerprint: (line: string) => string): void {
  const source = boilerplateSource(raw);
  let e = evidence.get(source);
  if (!e) evidence.set(source, (e = { documents: 0, lines: new Map() }));
  e.documents++;
  const seen = new Set<string>();
  for (const line of (raw.format === "html" ? roughPageText(raw.text) : raw.text).split("\n")) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.length > 2 * MAX_BOILERPLATE_LINE || [...trimmed].length > MAX_BOILERPLATE_LINE) continue;
    // The fingerprint collapses digits, so templated items (a fund's dividend notice, a daily
    // price line) would look alike: a line stating several figures is content, not furniture.
    if ((trimmed.match(/\d+/g)?.length ?? 0) >= MAX_FURNITURE_FIGURES) continue;
    const fp = fingerprint(trimmed);
    if ((fp.match(/\p{L}/gu)?.length ?? 0) < 2 || seen.has(fp)) continue;
    seen.add(fp);
    e.lines.set(fp, (e.lines.get(fp) ?? 0) + 1);
  }
  if (e.documents % EVIDENCE_PRUNE_EVERY === 0) for (const [fp, n] of e.lines) if (n === 1) e.lines.delete(fp);
}
