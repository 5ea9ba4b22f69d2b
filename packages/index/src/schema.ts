// Plain types and hand-written checks, not zod: importing zod costs ~45 ms, and this module is
// on the path of every one-shot `wenku search` (target 150 ms in all, Node start included).
import { periodRange } from "@wenku/analyze/period-range";

/** What a caller may ask of `search`: the CLI's flags and the library's argument alike. */
export interface SearchRequest {
  query: string;
  /** 1–1000, default 10. */
  limit?: number;
  /** Default 0. */
  offset?: number;
  lang?: string;
  /** Inclusive bounds on the publication date, compared on the given precision (2025, 2025-08, 2025-08-08). */
  from?: string;
  to?: string;
  /** Substring of the source name, path or URL. */
  source?: string;
  /** An entity name or any alias of it. */
  entity?: string;
  sort?: "relevance" | "date";
}

/** A request with its defaults filled in. */
export type CheckedSearchRequest = Required<Pick<SearchRequest, "query" | "limit" | "offset" | "sort">> & Omit<SearchRequest, "query" | "limit" | "offset" | "sort">;

function wholeNumber(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`search: ${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function optionalText(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new TypeError(`search: ${name} must be a string`);
  return value;
}

/** Whether a date bound is a calendar year, month or day written the ISO way: 2025, 2025-08,
 *  2025-08-08 (dates are compared as text on that precision, so 2025-13 would pass unnoticed).
 *  periodRange knows the calendar: a month or day that is not on it has no span. */
export function isDateBound(text: string): boolean {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text) && periodRange(text) !== undefined;
}

export const SearchRequest = {
  /** Check a request and fill in its defaults; a bad field is a TypeError naming it. */
  parse(input: SearchRequest): CheckedSearchRequest {
    if (typeof input !== "object" || input === null) throw new TypeError("search: the request must be an object");
    if (typeof input.query !== "string") throw new TypeError("search: query must be a string");
    const sort = input.sort ?? "relevance";
    if (sort !== "relevance" && sort !== "date") throw new TypeError(`search: sort must be "relevance" or "date", got ${JSON.stringify(sort)}`);
    const out: CheckedSearchRequest = {
      query: input.query,
      limit: wholeNumber(input.limit, "limit", 1, 1000, 10),
      offset: wholeNumber(input.offset, "offset", 0, Number.MAX_SAFE_INTEGER, 0),
      sort,
    };
    for (const key of ["lang", "from", "to", "source", "entity"] as const) {
      const v = optionalText(input[key], key);
      if (v !== undefined) out[key] = v;
    }
    for (const key of ["from", "to"] as const) {
      const v = out[key];
      if (v !== undefined && !isDateBound(v)) throw new TypeError(`search: ${key} must be a date such as 2025, 2025-08 or 2025-08-08, got ${JSON.stringify(v)}`);
    }
    return out;
  },
};

/** One ranked document. */
export interface SearchHit {
  id: string;
  score: number;
  title: string;
  date: string | null;
  lang: string;
  source: string | null;
  url: string | null;
  path: string;
  record: number;
  snippet: string;
  /** Matched spans in the document's clean text (UTF-16 offsets). */
  highlights: { start: number; end: number }[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** True when no document matched the whole query and the hits match only some of its
   *  words (a question typed as a sentence, a long list of words). */
  relaxed?: boolean;
}

export interface Stats {
  documents: number;
  duplicates: number;
  /** Copies recorded as exact (same folded text) or near (MinHash) duplicates. */
  duplicatesByKind: Record<string, number>;
  records: number;
  files: number;
  sources: number;
  languages: Record<string, number>;
  empty: number;
  removed: { spans: number; chars: number; byReason: Record<string, number> };
  entities: number;
  figures: number;
}
