import { z } from "zod";

/** The file formats `ingest` recognises, by extension (after stripping `.gz`). */
export const ContainerFormat = z.enum(["text", "html", "jsonl", "json", "warc", "sgml"]);
export type ContainerFormat = z.infer<typeof ContainerFormat>;

/** What one record's content is, once split out of its container. */
export const ContentFormat = z.enum(["text", "html"]);
export type ContentFormat = z.infer<typeof ContentFormat>;

/** Metadata a container declared for a record (JSON fields, WARC/HTTP headers, SGML tags). */
export const DeclaredMeta = z
  .object({
    title: z.string().optional(),
    date: z.string().optional(),
    author: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    /** Fields we do not map, kept verbatim so nothing a scraper recorded is lost. */
    extra: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type DeclaredMeta = z.infer<typeof DeclaredMeta>;

/** One document as read from disk: decoded, not yet cleaned. The index keeps it so a
 *  document can be re-cleaned later without its source file. */
export const RawRecord = z.object({
  /** Input path as the user gave it (a file found inside a directory: joined onto it). */
  path: z.string(),
  /** 0-based index of the record inside its file; 0 for one-document files. */
  record: z.number().int().nonnegative(),
  container: ContainerFormat,
  format: ContentFormat,
  /** Decoded content (HTML source or plain text). Offsets from `clean` index this string. */
  text: z.string(),
  /** The encoding the bytes were decoded with, e.g. "utf-8", "gb18030", "big5". */
  encoding: z.string(),
  /** U+FFFD replacement characters produced by decoding: a mojibake signal. */
  replacementChars: z.number().int().nonnegative(),
  meta: DeclaredMeta,
  /** sha256 (hex) of the whole input file's bytes; lets a re-run skip unchanged files. */
  fileHash: z.string(),
});
export type RawRecord = z.infer<typeof RawRecord>;

/** A problem with one input: reported on one line, and the run goes on. */
export const ReadProblem = z.object({
  path: z.string(),
  /** Line number (1-based) inside the file when the problem is one line of it. */
  line: z.number().int().positive().optional(),
  /** `encoding` is a warning (the document was kept, with replacement characters or a
   *  charset other than the declared one); every other kind means something was skipped. */
  kind: z.enum(["unreadable", "unsupported", "binary", "empty", "corrupt", "bad-record", "too-large", "too-deep", "encoding"]),
  message: z.string(),
});
export type ReadProblem = z.infer<typeof ReadProblem>;

/** A problem that cost nothing: the input was still ingested. */
export function isWarning(p: ReadProblem): boolean {
  return p.kind === "encoding";
}
