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

// Tests written to stop at the first answer: this runs on every line of every input file.
/** MAX_FURNITURE_FIGURES (3) separate digit runs. */
const MANY_FIGURES = /\d\D+\d+\D+\d/;
const TWO_LETTERS = /\p{L}[^]*\p{L}/u;
/** [...s].length without the array: code units less one per surrogate pair. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
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
    if (!trimmed || (trimmed.length > MAX_BOILERPLATE_LINE && codePoints(trimmed) > MAX_BOILERPLATE_LINE)) continue;
    // The fingerprint collapses digits, so templated items (a fund's dividend notice, a daily
    // price line) would look alike: a line stating several figures is content, not furniture.
    if (MANY_FIGURES.test(trimmed)) continue;
    const fp = fingerprint(trimmed);
    if (!TWO_LETTERS.test(fp) || seen.has(fp)) continue;
    seen.add(fp);
    e.lines.set(fp, (e.lines.get(fp) ?? 0) + 1);
  }
  if (e.documents % EVIDENCE_PRUNE_EVERY === 0) for (const [fp, n] of e.lines) if (n === 1) e.lines.delete(fp);
}

/** A source's evidence summed over every file: its documents, and per line fingerprint how many
 *  of them carry it. */
export interface SourceTotals {
  documents: number;
  lines: Map<string, number>;
}

/** Fingerprints held in running totals before the least recently used sources' are dropped
 *  (read back from the index if needed again): a few MB. */
const MAX_HELD_FINGERPRINTS = 50_000;

/** What the index holds: a source's totals over every committed file, and one file's evidence. */
export interface StoredEvidence {
  totals(source: string): SourceTotals;
  evidence(file: string): FileEvidence;
}

/** Add (sign 1) or take away (sign -1) one file's evidence for a source; returns the change in
 *  the number of fingerprints held. */
function apply(t: SourceTotals, e: { documents: number; lines: Map<string, number> }, sign: 1 | -1): number {
  let held = 0;
  t.documents += sign * e.documents;
  for (const [fp, n] of e.lines) {
    const total = (t.lines.get(fp) ?? 0) + sign * n;
    if (total > 0) {
      if (!t.lines.has(fp)) held++;
      t.lines.set(fp, total);
    } else if (t.lines.delete(fp)) held--;
  }
  return held;
}

/**
 * The boilerplate lines of each source as the run goes: what `linesOf` makes of the source's
 * totals over every file read so far. The totals of recently used sources are kept and updated
 * as each file's evidence comes in, instead of being summed again from the index for every
 * file: a folder of N saved pages gives N files' evidence for one source, and summing the
 * stored rows again after each page made the pre-pass quadratic (27 ms a page by the 300th page
 * of one folder; 10 of the 48 s of ingesting the five HTML folders).
 *
 * A file's evidence reaches the index later, with the file's first records (the writer commits
 * it in their batch): until then it is pending here, and totals read from the index are
 * completed with it, so what a record is cleaned with never depends on when batches commit.
 */
export class LearntBoilerplate {
  private readonly learnt = new Map<string, string[]>();
  /** Most recently used last. */
  private readonly totals = new Map<string, SourceTotals>();
  private held = 0;
  /** Evidence replaced but not committed yet, in the order it was replaced, by write token. */
  private readonly pending = new Map<object, { file: string; before: FileEvidence; after: FileEvidence }>();

  constructor(
    private readonly index: StoredEvidence,
    private readonly linesOf: (totals: SourceTotals) => string[],
  ) {}

  /** The source's learnt lines (the same array until the source's evidence changes). */
  linesFor(source: string): string[] {
    let lines = this.learnt.get(source);
    if (!lines) this.learnt.set(source, (lines = this.linesOf(this.totalsOf(source))));
    return lines;
  }

  /** `file`'s evidence, as it will be stored, replaces what the file had (nothing the first
   *  time it is read). `token` stands for the write until `stored(token)` says it is committed. */
  replace(token: object, file: string, after: FileEvidence): void {
    let before: FileEvidence | undefined;
    for (const p of this.pending.values()) if (p.file === file) before = p.after;
    before ??= this.index.evidence(file);
    this.pending.set(token, { file, before, after });
    for (const [source, e] of before) this.change(source, e, -1);
    for (const [source, e] of after) this.change(source, e, 1);
  }

  /** The write `token` stood for is committed: the index has it now. */
  stored(token: object): void {
    this.pending.delete(token);
  }

  private change(source: string, e: { documents: number; lines: Map<string, number> }, sign: 1 | -1): void {
    this.learnt.delete(source);
    // Totals not held are read from the index (and pending writes) when next needed.
    const t = this.totals.get(source);
    if (t) this.held += apply(t, e, sign);
  }

  private totalsOf(source: string): SourceTotals {
    let t = this.totals.get(source);
    if (t) {
      this.totals.delete(source);
      this.totals.set(source, t);
      return t;
    }
    t = this.index.totals(source);
    for (const p of this.pending.values()) {
      const before = p.before.get(source);
      const after = p.after.get(source);
      if (before) apply(t, before, -1);
      if (after) apply(t, after, 1);
    }
    this.totals.set(source, t);
    this.held += t.lines.size;
    for (const [oldest, o] of this.totals) {
      if (this.held <= MAX_HELD_FINGERPRINTS || oldest === source) break;
      this.totals.delete(oldest);
      this.held -= o.lines.size;
    }
    return t;
  }
}
