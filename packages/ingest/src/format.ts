import type { ContainerFormat } from "./schema.js";

const BY_EXTENSION: Record<string, ContainerFormat> = {
  ".txt": "text",
  ".md": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".shtml": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".warc": "warc",
  ".sgm": "sgml",
  ".sgml": "sgml",
};

export interface FormatGuess {
  container: ContainerFormat;
  gzip: boolean;
}

/** Container format from the file name; `.gz` wraps any of them. */
export function formatOf(path: string): FormatGuess | undefined {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith(".gz");
  const base = gzip ? lower.slice(0, -3) : lower;
  const dot = base.lastIndexOf(".");
  if (dot === -1 || base.lastIndexOf("/") > dot) return undefined;
  const container = BY_EXTENSION[base.slice(dot)];
  return container ? { container, gzip } : undefined;
}

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);
