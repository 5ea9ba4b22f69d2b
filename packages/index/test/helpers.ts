import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Analysis, Entity } from "@wenku/analyze";
import type { CleanDoc } from "@wenku/clean";
import { textRecord } from "@wenku/ingest";
import { openDatabase, type ProcessedRecord } from "@wenku/index";

export function tempDb() {
  const dir = mkdtempSync(join(tmpdir(), "wenku-index-"));
  return openDatabase(join(dir, "test.db"));
}

/** A record as the earlier stages would hand it over, built by hand so index tests do not
 *  depend on the cleaner's or the analyser's behaviour. */
export function record(
  path: string,
  text: string,
  extra: { record?: number; title?: string; date?: string | null; lang?: CleanDoc["lang"]; source?: string; entities?: [string, string, Entity["type"]][] } = {},
): ProcessedRecord {
  const raw = textRecord(text, { path, record: extra.record ?? 0, fileHash: "h" });
  const clean: CleanDoc = {
    path,
    record: raw.record,
    title: extra.title ?? "",
    originalTitle: extra.title ?? "",
    titleRemoved: [],
    date: extra.date ?? null,
    author: null,
    source: extra.source ?? null,
    url: null,
    lang: extra.lang ?? "zh-Hans",
    text,
    removed: [],
    segments: [],
    empty: text ? null : "no text",
  };
  const entities: Entity[] = (extra.entities ?? []).map(([surface, name, type]) => {
    const start = text.indexOf(surface);
    return { text: surface, start, end: start + surface.length, type, name, source: "gazetteer" };
  });
  const analysis: Analysis = { words: [], entities, figures: [] };
  return { raw, clean, analysis };
}
