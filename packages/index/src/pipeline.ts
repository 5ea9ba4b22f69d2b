import type { FieldMap, RawRecord, ReadProblem } from "@wenku/ingest";
import type { DB } from "./db.js";
import { storedFileHash, writeAliases, writeFile, type ProcessedRecord } from "./store.js";
import { rebuildSuggestions } from "./suggest.js";
import { loadThesaurus } from "./thesaurus.js";

export interface IngestOptions {
  fieldMap?: FieldMap;
  /** Extra gazetteer files (JSON, same shape as @wenku/analyze's) to resolve entities with. */
  gazetteers?: string[];
  /** Called for each problem as it happens (the CLI prints them at once). */
  onProblem?: (problem: ReadProblem) => void;
  /** Called after each file. */
  onProgress?: (progress: { done: number; total: number; path: string; documents: number }) => void;
}

export interface IngestSummary {
  files: number;
  filesUnchanged: number;
  documents: { added: number; updated: number; unchanged: number };
  duplicates: number;
  removedSpans: number;
  problems: ReadProblem[];
}

/**
 * Run the whole pipeline over the user's inputs: expand paths, read and decode, clean,
 * analyse, and write each file in its own transaction. Files whose bytes are unchanged since
 * the last run are skipped; a problem with one file is reported and the run goes on.
 */
export async function ingestPaths(db: DB, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  // Loaded here, not at module top: searching must not pay for the cleaner and the segmenter.
  const [{ expandInputs, readInputFile }, { cleanRecord }, { analyze, Gazetteer, defaultGazetteer }] = await Promise.all([
    import("@wenku/ingest"),
    import("@wenku/clean"),
    import("@wenku/analyze"),
  ]);
  const gazetteer = options.gazetteers?.length ? Gazetteer.fromFiles(...options.gazetteers) : defaultGazetteer();
  const summary: IngestSummary = {
    files: 0,
    filesUnchanged: 0,
    documents: { added: 0, updated: 0, unchanged: 0 },
    duplicates: 0,
    removedSpans: 0,
    problems: [],
  };
  const report = (p: ReadProblem) => {
    summary.problems.push(p);
    options.onProblem?.(p);
  };
  const { files, problems } = await expandInputs(inputs);
  problems.forEach(report);
  // Entities are written last so that where a name is both, the entity wins.
  writeAliases(db, [...loadThesaurus(), ...gazetteer.entries()]);

  let done = 0;
  for (const path of files) {
    summary.files++;
    const reading = await readInputFile(path, options.fieldMap ? { fieldMap: options.fieldMap } : {});
    reading.problems.forEach(report);
    if (reading.fileHash && storedFileHash(db, path) === reading.fileHash) {
      summary.filesUnchanged++;
      done++;
      options.onProgress?.({ done, total: files.length, path, documents: 0 });
      continue;
    }
    const processed: ProcessedRecord[] = [];
    for (const raw of reading.records) {
      try {
        processed.push(processRecord(raw, cleanRecord, (text, docDate) => analyze(text, { docDate, gazetteer })));
      } catch (err) {
        report({ path, kind: "bad-record", message: `record ${raw.record}: ${(err as Error).message}` });
      }
    }
    if (reading.fileHash && (processed.length > 0 || reading.problems.length === 0)) {
      const outcomes = writeFile(db, path, reading.fileHash, reading.problems.length, processed);
      for (const o of outcomes) summary.documents[o]++;
      summary.removedSpans += processed.reduce((n, p) => n + p.clean.removed.length, 0);
    }
    done++;
    options.onProgress?.({ done, total: files.length, path, documents: processed.length });
  }
  summary.duplicates = (db.prepare("SELECT count(*) AS n FROM documents WHERE canonical_id IS NOT NULL").get() as { n: number }).n;
  if (summary.documents.added + summary.documents.updated > 0) rebuildSuggestions(db);
  return summary;
}

export function processRecord(
  raw: RawRecord,
  clean: (raw: RawRecord) => ProcessedRecord["clean"],
  analyze: (text: string, docDate: string | null) => ProcessedRecord["analysis"],
): ProcessedRecord {
  const cleaned = clean(raw);
  return { raw, clean: cleaned, analysis: analyze(cleaned.text, cleaned.date) };
}
