import type { RawRecord } from "@wenku/ingest";
import type { Page } from "./sets.js";

/** A data-set page as the record the ingest stage would give the cleaner. */
export function htmlRecord(page: Page): RawRecord {
  return { path: page.path, record: 0, container: "html", format: "html", text: page.html, encoding: "utf-8", replacementChars: 0, meta: page.url ? { url: page.url } : {}, fileHash: "" };
}
