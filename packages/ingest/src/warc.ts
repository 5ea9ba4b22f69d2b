import { createReadStream } from "node:fs";
import { checkBytesForWarc } from "./warc-body.js";
import type { DeclaredMeta } from "./schema.js";

type RecordEvent<E> = (text: string, decoded: { encoding: string; replacementChars: number }, format: "html" | "text", meta: DeclaredMeta) => E;
type ProblemEvent<E> = (kind: "corrupt" | "too-large" | "too-deep" | "encoding" | "empty" | "binary", message: string) => E;

/**
 * Response records of a WARC file (plain or gzip, warcio detects which) whose payload is HTML
 * or text: one document each, decoded with the HTTP charset when given, its URL from
 * WARC-Target-URI. Request, metadata and revisit records and non-text payloads (images,
 * scripts) are not documents and are passed over silently. Bodies are read one record at a
 * time, each capped at `limit` bytes.
 */
export async function* readWarc<E>(path: string, limit: number, record: RecordEvent<E>, problem: ProblemEvent<E>): AsyncGenerator<E> {
  // Loaded on first use: the index imports this package and searching must not pay for it.
  const { WARCParser } = await import("warcio");
  const parser = new WARCParser(createReadStream(path, { highWaterMark: 1 << 20 }));
  let records = 0;
  for await (const rec of parser) {
    records++;
    const statusline = rec.warcHeaders.statusline ?? "";
    if (!statusline.startsWith("WARC/")) {
      yield problem("corrupt", `record ${records} does not start with a WARC version line (found "${statusline.slice(0, 40)}"); stopped reading`);
      return;
    }
    if (rec.warcType !== "response") continue;
    const contentType = rec.httpHeaders?.headers.get("content-type") ?? "";
    if (!/html|text\/plain|xml/i.test(contentType)) {
      await rec.skipFully();
      continue;
    }
    const url = rec.warcTargetURI ?? undefined;
    const where = url ? `record ${records} (${url})` : `record ${records}`;
    if (rec.warcContentLength > limit) {
      await rec.skipFully();
      yield problem("too-large", `${where} is over ${limit} bytes; skipped`);
      continue;
    }
    const body = await rec.readFully(true);
    const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1];
    const meta: DeclaredMeta = { ...(url ? { url } : {}) };
    const extra: Record<string, unknown> = { contentType };
    if (rec.warcDate) extra.crawled = rec.warcDate;
    const status = rec.httpHeaders?.statusCode;
    if (status) extra.httpStatus = status;
    const lastModified = rec.httpHeaders?.headers.get("last-modified");
    if (lastModified) extra.lastModified = lastModified;
    meta.extra = extra;
    const outcome = checkBytesForWarc(body, charset, /html|xml/i.test(contentType) ? "html" : "text");
    if ("problem" in outcome) {
      yield problem(outcome.problem.kind, `${where}: ${outcome.problem.message}`);
      continue;
    }
    if (outcome.note) yield problem("encoding", `${where}: ${outcome.note}`);
    yield record(outcome.text, outcome, outcome.format, meta);
  }
  if (records === 0) yield problem("corrupt", "no WARC records found");
}
