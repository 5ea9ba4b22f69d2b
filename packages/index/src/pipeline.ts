import { availableParallelism } from "node:os";
import type { FieldMap, RawRecord, ReadProblem } from "@wenku/ingest";
import type { DB } from "./db.js";
import { fileState, writeBatch, writeAliases, type BatchItem, type FileInProgress, type ProcessedRecord } from "./store.js";
import { rebuildSuggestions } from "./suggest.js";
import { loadThesaurus } from "./thesaurus.js";
import { startPool } from "./worker-pool.js";

export interface IngestOptions {
  fieldMap?: FieldMap;
  /** Extra gazetteer files (JSON, same shape as @wenku/analyze's) to resolve entities with. */
  gazetteers?: string[];
  /** ISO code a bare 元 stands for in these inputs (HKD for a Hong Kong source); CNY if unset. */
  yuanCurrency?: string;
  /** Threads that clean and analyse (default: the machine's cores); 0 runs them in process. */
  workers?: number;
  /** Records per committed batch (default 64). A kill loses at most the batches in flight. */
  batchSize?: number;
  /** Called for each problem as it happens (the CLI prints them at once). */
  onProblem?: (problem: ReadProblem) => void;
  /** Called after each committed batch and each skipped file: files done so far, and the
   *  documents this step wrote. */
  onProgress?: (progress: { done: number; total: number; path: string; documents: number }) => void;
}

export interface IngestSummary {
  files: number;
  filesUnchanged: number;
  /** Files picked up part-way through, after an interrupted run. */
  filesResumed: number;
  documents: { added: number; updated: number; unchanged: number };
  /** Copies recorded against a canonical document in the whole index (exact or near). */
  duplicates: number;
  /** Of which found in this run, by kind. */
  newDuplicates: { exact: number; near: number };
  removedSpans: number;
  /** Documents whose decoding produced replacement characters, and how many in all. */
  mojibake: { documents: number; replacementChars: number };
  encodings: Record<string, number>;
  problems: ReadProblem[];
  problemsByKind: Record<string, number>;
  /** Seconds this (the writer) thread spent committing batches: when it nears the wall time,
   *  more worker threads cannot help. */
  writerSeconds: number;
}

/** Largest amount of raw text in one batch, so a batch of huge pages stays small in memory. */
const BATCH_CHARS = 2_000_000;

/**
 * Run the whole pipeline over the user's inputs: expand paths, stream each file's records,
 * clean and analyse them in worker threads, and write them from this thread in batches, each
 * one transaction that also records how far into its file the run got. Unchanged files
 * (same sha256) are skipped; a file an interrupted run left half-done resumes after its last
 * committed record; a problem with one file is reported and the run goes on.
 */
export async function ingestPaths(db: DB, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  // Loaded here, not at module top: searching must not pay for the reader and its deps.
  const { expandInputs, readRecords, hashFile, isWarning, errorMessage } = await import("@wenku/ingest");
  const summary: IngestSummary = {
    files: 0,
    filesUnchanged: 0,
    filesResumed: 0,
    documents: { added: 0, updated: 0, unchanged: 0 },
    duplicates: 0,
    newDuplicates: { exact: 0, near: 0 },
    removedSpans: 0,
    mojibake: { documents: 0, replacementChars: 0 },
    encodings: {},
    problems: [],
    problemsByKind: {},
    writerSeconds: 0,
  };
  const report = (p: ReadProblem) => {
    summary.problems.push(p);
    summary.problemsByKind[p.kind] = (summary.problemsByKind[p.kind] ?? 0) + 1;
    options.onProblem?.(p);
  };
  const { files, problems } = await expandInputs(inputs);
  problems.forEach(report);

  const gazetteers = options.gazetteers ?? [];
  const workers = options.workers ?? availableParallelism();
  const batchSize = Math.max(1, options.batchSize ?? 64);
  // Entities are written last so that where a name is both, the entity wins.
  const { Gazetteer, defaultGazetteer } = await import("@wenku/analyze");
  const gazetteer = gazetteers.length ? Gazetteer.fromFiles(...gazetteers) : defaultGazetteer();
  writeAliases(db, [...loadThesaurus(), ...gazetteer.entries()]);
  const pool = await startPool(workers, { gazetteers, ...(options.yuanCurrency ? { yuanCurrency: options.yuanCurrency } : {}) });

  // Batches are processed concurrently but written strictly in the order they were read, so
  // which copy of a duplicate becomes canonical never depends on thread timing.
  const inFlight: Promise<BatchItem[]>[] = [];
  const maxInFlight = Math.max(2, workers * 2);
  let batch: BatchItem[] = [];
  let batchRecords = 0;
  let batchChars = 0;
  let filesDone = 0;

  const write = (items: BatchItem[]) => {
    const t0 = performance.now();
    const result = writeBatch(db, items);
    summary.writerSeconds += (performance.now() - t0) / 1000;
    for (const o of result.outcomes) summary.documents[o]++;
    summary.newDuplicates.exact += result.duplicates.exact;
    summary.newDuplicates.near += result.duplicates.near;
    let docs = 0;
    for (const item of items) {
      if (item.kind === "end") filesDone++;
      else if (item.processed) {
        docs++;
        const p = item.processed;
        summary.removedSpans += p.clean.removed.length;
        summary.encodings[p.raw.encoding] = (summary.encodings[p.raw.encoding] ?? 0) + 1;
        if (p.raw.replacementChars > 0) {
          summary.mojibake.documents++;
          summary.mojibake.replacementChars += p.raw.replacementChars;
        }
      }
    }
    const last = items[items.length - 1];
    options.onProgress?.({ done: filesDone, total: files.length, path: last?.file.path ?? "", documents: docs });
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    batchRecords = 0;
    batchChars = 0;
    const raws = items.filter((i): i is BatchItem & { raw: RawRecord } => i.kind === "record").map((i) => i.raw);
    inFlight.push(
      (raws.length ? pool.process(raws) : Promise.resolve([])).then((outcomes) => {
        let k = 0;
        for (const item of items) {
          if (item.kind !== "record") continue;
          const outcome = outcomes[k++]!;
          if ("processed" in outcome) item.processed = { ...outcome.processed, raw: item.raw };
          else report({ path: item.raw.path, kind: "bad-record", message: `record ${item.raw.record}: ${outcome.error}` });
        }
        return items;
      }),
    );
    while (inFlight.length >= maxInFlight) write(await inFlight.shift()!);
  };
  const push = async (item: BatchItem) => {
    batch.push(item);
    if (item.kind === "record") {
      batchRecords++;
      batchChars += item.raw.text.length;
    }
    if (batchRecords >= batchSize || batchChars >= BATCH_CHARS) await flush();
  };

  try {
    for (const path of files) {
      summary.files++;
      let hash: string;
      try {
        hash = await hashFile(path);
      } catch (err) {
        report({ path, kind: "unreadable", message: errorMessage(err) });
        continue;
      }
      const stored = fileState(db, path);
      if (stored?.hash === hash && stored.complete) {
        summary.filesUnchanged++;
        filesDone++;
        options.onProgress?.({ done: filesDone, total: files.length, path, documents: 0 });
        continue;
      }
      const resumeFrom = stored?.hash === hash ? stored.recordsDone : 0;
      if (resumeFrom > 0) summary.filesResumed++;
      const file: FileInProgress = { path, hash, records: 0, problems: 0 };
      for await (const event of readRecords(path, { fileHash: hash, ...(options.fieldMap ? { fieldMap: options.fieldMap } : {}) })) {
        if ("problem" in event) {
          report(event.problem);
          if (!isWarning(event.problem)) file.problems++;
          continue;
        }
        file.records = event.record.record + 1;
        if (event.record.record < resumeFrom) continue;
        await push({ kind: "record", file, raw: event.record });
      }
      // A file that yielded nothing but problems is not recorded: the next run tries it again.
      if (file.records > 0 || file.problems === 0) await push({ kind: "end", file });
    }
    await flush();
    while (inFlight.length) write(await inFlight.shift()!);
  } finally {
    await pool.close();
  }
  summary.duplicates = (db.prepare("SELECT count(*) AS n FROM documents WHERE canonical_id IS NOT NULL").get() as { n: number }).n;
  if (summary.documents.added + summary.documents.updated > 0) rebuildSuggestions(db);
  return summary;
}
