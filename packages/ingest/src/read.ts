import { byteChunks, hashFile, isGzipError, readWhole, TooLarge } from "./bytes.js";
import { decodeBytes, looksBinary, sniffDeclaredCharset, withDoubleEncodingRepaired, type Decoded } from "./decode.js";
import { FieldMap, mapJsonArticle } from "./fields.js";
import { formatOf, type FormatGuess } from "./format.js";
import { tooDeepHtml as tooDeep } from "./html-depth.js";
import { MAX_DOCUMENT_BYTES, megabytes } from "./limits.js";
import { splitLines } from "./lines.js";
import type { RawRecord, ReadProblem } from "./schema.js";
import { streamSgmlStories } from "./sgml.js";
import { readWarc } from "./warc.js";

export interface ReadOptions {
  fieldMap?: FieldMap;
  /** The file's sha256 when the caller already has it (saves a pass over the bytes). */
  fileHash?: string;
  /** Largest document read, in bytes (default MAX_DOCUMENT_BYTES). */
  maxDocumentBytes?: number;
}

/** What reading a file yields, in order: records and problems as they are met. */
export type ReadEvent = { record: RawRecord } | { problem: ReadProblem };

export interface FileReading {
  path: string;
  fileHash: string;
  records: RawRecord[];
  problems: ReadProblem[];
}

export function errorMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "ENOENT") return "no such file";
  if (e?.code === "EISDIR") return "is a directory";
  if (e?.code === "ELOOP") return "symbolic link loop";
  return e?.message ?? String(err);
}

/** Read one input file into raw records, all in memory. Never throws. Prefer `readRecords`
 *  for files of unknown size. */
export async function readInputFile(path: string, options: ReadOptions = {}): Promise<FileReading> {
  const reading: FileReading = { path, fileHash: "", records: [], problems: [] };
  for await (const e of readRecords(path, options)) {
    if ("record" in e) reading.records.push(e.record);
    else reading.problems.push(e.problem);
  }
  reading.fileHash = reading.records[0]?.fileHash ?? options.fileHash ?? (await hashFile(path).catch(() => ""));
  return reading;
}

/**
 * Read one input file as a stream of records and problems. Never throws. Line- and
 * record-structured files (JSON Lines, WARC, SGML) are streamed, gzip included, so memory
 * stays bounded by the largest single document, which is itself capped.
 */
export async function* readRecords(path: string, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const problem = (kind: ReadProblem["kind"], message: string, line?: number): ReadEvent => ({
    problem: line === undefined ? { path, kind, message } : { path, kind, message, line },
  });
  const format = formatOf(path);
  if (!format) {
    yield problem("unsupported", "unsupported file type (expected .txt .md .html .htm .shtml .json .jsonl .ndjson .warc .sgm, optionally .gz)");
    return;
  }
  let fileHash = options.fileHash;
  if (fileHash === undefined) {
    try {
      fileHash = await hashFile(path);
    } catch (err) {
      yield problem("unreadable", errorMessage(err));
      return;
    }
  }
  const limit = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  let index = 0;
  const record = (text: string, decoded: Pick<Decoded, "encoding" | "replacementChars">, contentFormat: RawRecord["format"], meta: RawRecord["meta"]): ReadEvent => ({
    record: { path, record: index++, container: format.container, format: contentFormat, text, encoding: decoded.encoding, replacementChars: decoded.replacementChars, meta, fileHash: fileHash! },
  });
  try {
    switch (format.container) {
      case "jsonl":
        yield* readJsonLines(path, format, limit, options.fieldMap ?? FieldMap.parse({}), record, problem);
        return;
      case "sgml":
        yield* streamSgmlStories(byteChunks(path, format.gzip), limit, record, problem);
        return;
      case "warc":
        yield* readWarc(path, limit, record, problem);
        return;
    }
    let bytes: Buffer;
    try {
      bytes = await readWhole(path, format.gzip, limit);
    } catch (err) {
      if (err instanceof TooLarge) yield problem("too-large", `over ${megabytes(limit)}, the limit for one document; skipped`);
      else throw err;
      return;
    }
    const checked = checkBytes(bytes);
    if (checked) {
      yield problem(checked.kind, checked.message);
      return;
    }
    const decoded = decodeBytes(bytes, format.container === "html" ? sniffDeclaredCharset(bytes) : undefined);
    if (decoded.note) yield problem("encoding", decoded.note);
    switch (format.container) {
      case "text":
        yield record(decoded.text, decoded, "text", {});
        return;
      case "html": {
        const deep = tooDeep(decoded.text);
        yield deep ? problem("too-deep", deep) : record(decoded.text, decoded, "html", {});
        return;
      }
      case "json":
        yield* readJsonDocument(decoded, options.fieldMap ?? FieldMap.parse({}), record, problem);
        return;
    }
  } catch (err) {
    if (isGzipError(err)) yield problem("corrupt", `not a valid gzip file or cut short (${(err as Error).message})${index ? `; kept the ${index} records before the damage` : ""}`);
    else yield problem("unreadable", errorMessage(err));
  }
}

type Record_ = (text: string, decoded: Pick<Decoded, "encoding" | "replacementChars">, format: RawRecord["format"], meta: RawRecord["meta"]) => ReadEvent;
type Problem = (kind: ReadProblem["kind"], message: string, line?: number) => ReadEvent;

/** Why a document's bytes are not text worth decoding, if they are not. */
export function checkBytes(bytes: Uint8Array): { kind: "empty" | "binary"; message: string } | undefined {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return { kind: "empty", message: "file is empty" };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes)) return { kind: "binary", message: "binary data, not text" };
  return undefined;
}


function countFffd(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\ufffd"); i !== -1; i = s.indexOf("\ufffd", i + 1)) n++;
  return n;
}

function* takeArticle(value: unknown, map: FieldMap, decoded: Pick<Decoded, "encoding">, record: Record_, problem: Problem, line?: number): Generator<ReadEvent> {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    yield problem("bad-record", "not a JSON object", line);
    return;
  }
  const mapped = mapJsonArticle(value as Record<string, unknown>, map);
  if (!mapped) {
    yield problem("bad-record", `no body field (looked for ${map.body.join(", ")})`, line);
    return;
  }
  const deep = mapped.format === "html" ? tooDeep(mapped.body) : undefined;
  if (deep) {
    yield problem("too-deep", deep, line);
    return;
  }
  yield record(mapped.body, { encoding: decoded.encoding, replacementChars: countFffd(mapped.body) }, mapped.format, mapped.meta);
}

function* readJsonDocument(decoded: Decoded, map: FieldMap, record: Record_, problem: Problem): Generator<ReadEvent> {
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    yield problem("corrupt", `invalid JSON (${(err as Error).message})`);
    return;
  }
  for (const item of Array.isArray(value) ? value : [value]) yield* takeArticle(item, map, decoded, record, problem);
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** JSON Lines, one line at a time. A UTF-16 file (BOM) cannot be split on the byte 0x0a, so it
 *  is read whole, under the same size limit. */
async function* readJsonLines(path: string, format: FormatGuess, limit: number, map: FieldMap, record: Record_, problem: Problem): AsyncGenerator<ReadEvent> {
  const chunks = byteChunks(path, format.gzip);
  const first = await peek(chunks);
  if (!first.head) {
    yield problem("empty", "file is empty");
    return;
  }
  const checked = checkBytes(first.head.subarray(0, 8192));
  if (checked?.kind === "binary") {
    yield problem("binary", "binary data, not text");
    return;
  }
  const utf16 = (first.head[0] === 0xff && first.head[1] === 0xfe) || (first.head[0] === 0xfe && first.head[1] === 0xff);
  if (utf16) {
    let whole: Buffer;
    try {
      whole = await readWhole(path, format.gzip, limit);
    } catch (err) {
      if (err instanceof TooLarge) yield problem("too-large", `UTF-16 JSON Lines over ${megabytes(limit)}; skipped`);
      else throw err;
      return;
    }
    const decoded = decodeBytes(whole);
    let n = 0;
    for (const line of decoded.text.split("\n")) {
      n++;
      if (line.trim() === "") continue;
      yield* parseLine(line, n, decoded);
    }
    return;
  }
  let any = false;
  const damagedLines: number[] = [];
  const repairedLines: number[] = [];
  const otherEncodings = new Map<string, number[]>();
  for await (const line of splitLines(first.rest, limit)) {
    if (line.tooLong !== undefined) {
      yield problem("too-large", `line is ${megabytes(line.tooLong)}, over the ${megabytes(limit)} limit for one document; skipped`, line.number);
      continue;
    }
    let bytes = line.bytes!;
    if (line.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    any = true;
    let decoded: Decoded;
    try {
      decoded = withDoubleEncodingRepaired({ text: UTF8.decode(bytes), encoding: "utf-8", replacementChars: 0 });
      if (decoded.note) repairedLines.push(line.number);
    } catch {
      // Not UTF-8: the line is decoded on its own (detection, GB18030, Big5…) and flagged.
      decoded = decodeBytes(bytes);
      if (decoded.note) damagedLines.push(line.number);
      else otherEncodings.set(decoded.encoding, [...(otherEncodings.get(decoded.encoding) ?? []), line.number]);
    }
    yield* parseLine(decoded.text, line.number, decoded);
  }
  const listed = (lines: number[]) => lines.slice(0, 10).join(", ") + (lines.length > 10 ? ` and ${lines.length - 10} more` : "");
  if (damagedLines.length) yield problem("encoding", `${damagedLines.length} lines are not valid UTF-8 (lines ${listed(damagedLines)}); decoded with replacement characters`);
  if (repairedLines.length) yield problem("encoding", `${repairedLines.length} lines held double-encoded text (UTF-8 read as another charset and saved again), repaired (lines ${listed(repairedLines)})`);
  for (const [encoding, lines] of otherEncodings) yield problem("encoding", `${lines.length} lines are not UTF-8 (lines ${listed(lines)}); decoded as ${encoding}`);
  if (!any) yield problem("empty", "file is empty");

  function* parseLine(text: string, number: number, decoded: Decoded): Generator<ReadEvent> {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield problem("bad-record", `invalid JSON (${(err as Error).message})`, number);
      return;
    }
    yield* takeArticle(value, map, decoded, record, problem, number);
  }
}

/** The first non-empty chunk of a stream, and the stream with it put back. */
async function peek(chunks: AsyncIterable<Buffer>): Promise<{ head: Buffer | undefined; rest: AsyncIterable<Buffer> }> {
  const it = chunks[Symbol.asyncIterator]();
  let head: Buffer | undefined;
  for (let r = await it.next(); !r.done; r = await it.next()) {
    if (r.value.length) {
      head = r.value;
      break;
    }
  }
  const rest: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      if (head) yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  return { head, rest };
}
