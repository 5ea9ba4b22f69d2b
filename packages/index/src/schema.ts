import { z } from "zod";

/** What a caller may ask of `search`: the CLI's flags and the library's argument alike. */
export const SearchRequest = z.object({
  query: z.string(),
  limit: z.number().int().min(1).max(1000).default(10),
  offset: z.number().int().min(0).default(0),
  lang: z.string().optional(),
  /** Inclusive bounds on the publication date, compared on the given precision (2025, 2025-08, 2025-08-08). */
  from: z.string().optional(),
  to: z.string().optional(),
  /** Substring of the source name, path or URL. */
  source: z.string().optional(),
  /** An entity name or any alias of it. */
  entity: z.string().optional(),
  sort: z.enum(["relevance", "date"]).default("relevance"),
});
export type SearchRequest = z.input<typeof SearchRequest>;

export const SearchHit = z.object({
  id: z.string(),
  score: z.number(),
  title: z.string(),
  date: z.string().nullable(),
  lang: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  path: z.string(),
  record: z.number().int(),
  snippet: z.string(),
  /** Matched spans in the document's clean text (UTF-16 offsets). */
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  total: z.number().int(),
  hits: z.array(SearchHit),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const Stats = z.object({
  documents: z.number().int(),
  duplicates: z.number().int(),
  records: z.number().int(),
  files: z.number().int(),
  sources: z.number().int(),
  languages: z.record(z.string(), z.number().int()),
  empty: z.number().int(),
  removed: z.object({ spans: z.number().int(), chars: z.number().int(), byReason: z.record(z.string(), z.number().int()) }),
  entities: z.number().int(),
  figures: z.number().int(),
});
export type Stats = z.infer<typeof Stats>;
