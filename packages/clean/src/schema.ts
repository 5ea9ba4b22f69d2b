import { z } from "zod";

/** Why a span was cut. Each family names a class of inputs, not a site. */
export const RemovalReason = z.enum([
  "spam-decoration", // symbol/dingbat/foreign-script runs injected at clause boundaries
  "spam-keyword", // promotional keywords (gambling, adult, pharmacy…) injected into the text
  "spam-insertion", // an out-of-place string recurring at many clause boundaries
  "spam-block", // keyword-stuffed header, nav or footer blocks planted around the article
  "boilerplate", // site furniture: nav rows, copyright/ICP lines, share prompts, editor lines
  "teaser", // related-content / hot-news lists of other articles
  "metadata", // header lines (title, date, author, source) lifted into fields
  "markup", // HTML outside the main content: scripts, nav, hidden elements, footers
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

/** One cut, in the vocabulary of unified's vfile messages: what, where, why, by which rule. */
export const Removal = z.object({
  /** UTF-16 offsets into the decoded input (RawRecord.text). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  reason: RemovalReason,
  /** Stable rule id, e.g. "spam/decoration-run", "boilerplate/teaser-list". */
  rule: z.string(),
  /** A short human explanation of the evidence. */
  detail: z.string().optional(),
  /** Set when the removed text is not verbatim in the input (HTML entities, synthesized
   *  breaks): then start/end only locate the source node and raw.slice(start,end) !== text. */
  approximate: z.boolean().optional(),
});
export type Removal = z.infer<typeof Removal>;

/** A run of the clean text copied verbatim from the input: clean[cleanStart, +length)
 *  equals input[inputStart, +length). Text produced by normalisation is not covered. */
export const Segment = z.object({
  cleanStart: z.number().int().nonnegative(),
  inputStart: z.number().int().nonnegative(),
  length: z.number().int().positive(),
});
export type Segment = z.infer<typeof Segment>;

export const Lang = z.enum(["zh-Hans", "zh-Hant", "en", "mixed"]);
export type Lang = z.infer<typeof Lang>;

export const CleanDoc = z.object({
  path: z.string(),
  record: z.number().int().nonnegative(),
  title: z.string(),
  /** The title as the source stated it (declared by the container, the page's og:title /
   *  h1 / <title>, or a dump's header line), before any cut. */
  originalTitle: z.string(),
  /** Pieces cut from the title (site suffix, spam brand, lure segment, injected prefix, the
   *  whole title): same shape as `removed`, but start/end are UTF-16 offsets into
   *  `originalTitle`, so originalTitle.slice(start, end) === text. */
  titleRemoved: z.array(Removal),
  /** ISO 8601 local time as printed by the source ("2026-02-27T13:01:41"), or a date. */
  date: z.string().nullable(),
  author: z.string().nullable(),
  /** Site or column name when the source states one. */
  source: z.string().nullable(),
  url: z.string().nullable(),
  lang: Lang,
  /** Clean main text: paragraphs separated by "\n\n". */
  text: z.string(),
  removed: z.array(Removal),
  segments: z.array(Segment),
  /** Set when the input yielded no article, with the reason (empty page, binary junk…). */
  empty: z.string().nullable(),
});
export type CleanDoc = z.infer<typeof CleanDoc>;
