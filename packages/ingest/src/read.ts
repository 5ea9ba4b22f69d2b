import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { decodeBytes, looksBinary, sniffDeclaredCharset, type Decoded } from "./decode.js";
import { FieldMap, mapJsonArticle } from "./fields.js";
import { formatOf } from "./format.js";
import type { ContainerFormat, RawRecord, ReadProblem } from "./schema.js";
import { splitSgml } from "./sgml.js";

export interface ReadOptions {
  fieldMap?: FieldMap;
}

export interface FileReading {
  path: string;
  fileHash: string;
  records: RawRecord[];
  problems: ReadProblem[];
}

function errorMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "ENOENT") return "no such file";
  if (e?.code === "EISDIR") return "is a directory";
  if (e?.code === "ELOOP") return "symbolic link loop";
  return e?.message ?? String(err);
}

/** Read one input file into raw records. Never throws: problems are returned, one per line
 *  of trouble, and whatever records could be read are kept. */
export async function readInputFile(path: string, options: ReadOptions = {}): Promise<FileReading> {
  const reading: FileReading = { path, fileHash: "", records: [], problems: [] };
  const problem = (kind: ReadProblem["kind"], message: string, line?: number) =>
    reading.problems.push(line === undefined ? { path, kind, message } : { path, kind, message, line });

  const format = formatOf(path);
  if (!format) {
    problem("unsupported", "unsupported file type (expected .txt .md .html .htm .shtml .json .jsonl .ndjson .warc .sgm, optionally .gz)");
    return reading;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    problem("unreadable", errorMessage(err));
    return reading;
  }
  reading.fileHash = createHash("sha256").update(bytes).digest("hex");
  if (format.gzip) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      problem("corrupt", `not a valid gzip file (${(err as Error).message})`);
      return reading;
    }
  }
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    problem("empty", "file is empty");
    return reading;
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes)) {
    problem("binary", "binary data, not text");
    return reading;
  }
  const declared = format.container === "html" ? sniffDeclaredCharset(bytes) : undefined;
  const decoded = decodeBytes(bytes, declared);
  const base = { path, fileHash: reading.fileHash, encoding: decoded.encoding, container: format.container };

  const push = (text: string, contentFormat: RawRecord["format"], meta: RawRecord["meta"], replacementChars: number) =>
    reading.records.push({ ...base, record: reading.records.length, format: contentFormat, text, meta, replacementChars });

  switch (format.container) {
    case "text":
      push(decoded.text, "text", {}, decoded.replacementChars);
      break;
    case "html":
      push(decoded.text, "html", {}, decoded.replacementChars);
      break;
    case "json":
    case "jsonl":
      splitJson(decoded, format.container, options.fieldMap ?? FieldMap.parse({}), push, problem);
      break;
    case "sgml":
      for (const story of splitSgml(decoded.text)) push(story.body, "text", story.meta, countFffd(story.body));
      if (reading.records.length === 0) problem("corrupt", "no <REUTERS> records found");
      break;
    case "warc":
      problem("unsupported", "WARC reading is not implemented yet");
      break;
  }
  return reading;
}

function countFffd(s: string): number {
  return s.split("\ufffd").length - 1;
}

type Push = (text: string, format: RawRecord["format"], meta: RawRecord["meta"], replacementChars: number) => void;
type Problem = (kind: ReadProblem["kind"], message: string, line?: number) => void;

function splitJson(decoded: Decoded, container: ContainerFormat, map: FieldMap, push: Push, problem: Problem): void {
  const take = (value: unknown, line?: number) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      problem("bad-record", "not a JSON object", line);
      return;
    }
    const mapped = mapJsonArticle(value as Record<string, unknown>, map);
    if (!mapped) {
      problem("bad-record", `no body field (looked for ${map.body.join(", ")})`, line);
      return;
    }
    push(mapped.body, mapped.format, mapped.meta, countFffd(mapped.body));
  };
  if (container === "json") {
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (err) {
      problem("corrupt", `invalid JSON (${(err as Error).message})`);
      return;
    }
    for (const item of Array.isArray(value) ? value : [value]) take(item);
    return;
  }
  // Split on \n only: some dumps carry U+2028 inside string values.
  const lines = decoded.text.split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      problem("bad-record", `invalid JSON (${(err as Error).message})`, i + 1);
      return;
    }
    take(value, i + 1);
  });
}
