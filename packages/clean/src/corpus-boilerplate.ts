import { lineFingerprint } from "./boilerplate.js";
import { isBlank, splitLines } from "./text/lines.js";

export interface BoilerplateLearnerOptions {
  /** A line is boilerplate once this many documents of its source carry it. Default 3. */
  minDocuments?: number;
  /** …and at least this share of the source's documents. Default 0.05. */
  minShare?: number;
  /** Longer lines are never learnt: repeated paragraphs are duplicates, not furniture. Default 200. */
  maxLineChars?: number;
}

/**
 * Corpus-level boilerplate, CCNet-style: a line repeated across many documents of one source
 * (a site, a feed, a dump file) is furniture of that source: its slogan, its copyright line,
 * its "点击进入" rows, a disclaimer. The ingest pipeline feeds each document's lines, then
 * passes `linesFor(source)` to `cleanRecord` as `CleanOptions.boilerplateLines`.
 *
 * Lines are counted once per document by `lineFingerprint` (whitespace dropped, lower case,
 * digits collapsed), so "© 2024" and "© 2025" are one line. Written here rather than taken
 * from a library: the rule is a few lines and no npm package does per-source line counting.
 */
export class BoilerplateLearner {
  private readonly minDocuments: number;
  private readonly minShare: number;
  private readonly maxLineChars: number;
  private readonly sources = new Map<string, { documents: number; lines: Map<string, number> }>();

  constructor(options: BoilerplateLearnerOptions = {}) {
    this.minDocuments = options.minDocuments ?? 3;
    this.minShare = options.minShare ?? 0.05;
    this.maxLineChars = options.maxLineChars ?? 200;
  }

  /** Count one document of `source` (its text as the cleaner will see it: plain text, or the
   *  extracted text of an HTML page). */
  add(source: string, text: string): void {
    const s = this.sources.get(source) ?? { documents: 0, lines: new Map<string, number>() };
    s.documents++;
    const seen = new Set<string>();
    for (const line of splitLines(text)) {
      if (isBlank(line.text)) continue;
      const trimmed = line.text.trim();
      if ([...trimmed].length > this.maxLineChars) continue;
      const fp = lineFingerprint(trimmed);
      // A line without two letters ("---", "1.") says nothing about a source.
      if ((fp.match(/\p{L}/gu)?.length ?? 0) < 2 || seen.has(fp)) continue;
      seen.add(fp);
      s.lines.set(fp, (s.lines.get(fp) ?? 0) + 1);
    }
    this.sources.set(source, s);
  }

  /** Documents counted for `source`. */
  documents(source: string): number {
    return this.sources.get(source)?.documents ?? 0;
  }

  /** Fingerprints of the lines repeated across many documents of `source`. */
  linesFor(source: string): Set<string> {
    const s = this.sources.get(source);
    const out = new Set<string>();
    if (!s) return out;
    const needed = Math.max(this.minDocuments, Math.ceil(this.minShare * s.documents));
    for (const [fp, n] of s.lines) if (n >= needed) out.add(fp);
    return out;
  }
}
