import { createHash } from "node:crypto";
import type { RawRecord } from "./schema.js";

/** A raw record for text that did not come from a file ingest read: standard input, a
 *  string a library user already has, a test. The hash is of the text itself. */
export function textRecord(text: string, fields: Partial<Omit<RawRecord, "text">> = {}): RawRecord {
  const format = fields.format ?? "text";
  return {
    path: "-",
    record: 0,
    container: format,
    format,
    encoding: "utf-8",
    replacementChars: text.split("\ufffd").length - 1,
    meta: {},
    fileHash: createHash("sha256").update(text).digest("hex"),
    ...fields,
    text,
  };
}
