import { availableParallelism } from "node:os";
import type { FieldMap, RawRecord, ReadProblem } from "@wenku/ingest";
import type { DB } from "./db.js";
import { addEvidence, boilerplateSource, LearntBoilerplate } from "./boilerplate-evidence.js";
import { rebuildFullText, staleFullText } from "./fts.js";
import { boilerplateOf, fileKey, fileState, sourceTotals, storableEvidence, storedEvidence, writeBatch, writeAliases, type BatchItem, type FileEvidence, type FileInProgress } from "./store.js";
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
  /** Records per committed transaction (default DEFAULT_BATCH_SIZE). A kill loses at most the
   *  records not yet committed; they are processed again by the next run. */
  batchSize?: number;
  /** Called for each problem as it happens (the CLI prints them at once). */
  onProblem?: (problem: ReadProblem) => void;
  /** Called after each committed batch and each skipped file: files done so far, and the
   *  documents this step wrote. */
  onProgress?: (progress: { done: number; total: number; path: string; documents: number }) => void;
  /** Called before the full-text tables are built again at the end of a run, because the rows
   *  deleted since they were built (documents re-ingested, removed, or given other headlines)
   *  reached a fifth of the documents, and FTS5 still counts them in BM25 (fts.ts). */
  onFullTextRebuild?: (stale: { stale: number; documents: number }) => void;
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
  /** Seconds this thread spent on corpus-level boilerplate that the pipeline waited for:
   *  counting a file's lines when that was not done ahead (the first file) and reading the
   *  evidence (storing it is part of the writer's batches, in writerSeconds). */
  boilerplateSeconds: number;
  /** Peak resident memory of the whole process (main thread, worker threads, SQLite, native
   *  dictionaries) in MB: once every batch was written, and at the very end (after the
   *  suggestion index was rebuilt). */
  peakRssMb: { batches: number; end: number };
  /** Whether the run ended by building the full-text tables again (onFullTextRebuild). */
  fullTextRebuilt: boolean;
}

/** Records per committed transaction unless the caller says otherwise. Fewer, larger
 *  transactions cost the writer less (FTS5 writes one segment per transaction, and every
 *  commit rewrites the same hot index pages): 64 → 256 cut its CPU time by about a tenth
 *  (bench/ingest/writer.ts), and 512 or 1024 measured no better than 256 while holding more
 *  records in memory until their commit. */
export const DEFAULT_BATCH_SIZE = 256;

/** Raw characters waiting to be committed beyond which the writer commits early: hundreds of
 *  saved portal pages (100–300 KB each) would otherwise sit in memory with their clean text
 *  and full-text tokens. 256 records of the JSON Lines dumps hold 0.2–0.7 M characters, so only
 *  folders of saved pages commit early; with this and CHUNK_CHARS at 1 M and 0.5 M (were 3 M and
 *  2 M) ingesting the five HTML folders peaked 30 MB lower (928 → 898 MB). */
const COMMIT_CHARS = 1_000_000;

/** The kernel's high-water mark of this process's resident memory, in MB. */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Records per message to a worker thread: small, so both threads stay busy and a message
 *  stays small in memory, whatever the commit size. */
const WORKER_CHUNK = 64;

/** Largest amount of raw text in one worker chunk, so a chunk of huge pages stays small in memory. */
const CHUNK_CHARS = 500_000;

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
    boilerplateSeconds: 0,
    peakRssMb: { batches: 0, end: 0 },
    fullTextRebuilt: false,
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
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  // Entities are written last so that where a name is both, the entity wins.
  const { Gazetteer, defaultGazetteer } = await import("@wenku/analyze");
  const { lineFingerprint } = await import("@wenku/clean");
  // Boilerplate lines learnt per source: from the index's evidence when a chunk first needs
  // them, then kept up to date as each file adds its own.
  const learnt = new LearntBoilerplate({ totals: (source) => sourceTotals(db, source), evidence: (file) => storedEvidence(db, file) }, boilerplateOf);
  const linesFor = (source: string) => {
    const t0 = performance.now();
    const lines = learnt.linesFor(source);
    summary.boilerplateSeconds += (performance.now() - t0) / 1000;
    return lines;
  };
  const gazetteer = gazetteers.length ? Gazetteer.fromFiles(...gazetteers) : defaultGazetteer();
  writeAliases(db, [...loadThesaurus(), ...gazetteer.entries()]);
  const pool = await startPool(workers, { gazetteers, ...(options.yuanCurrency ? { yuanCurrency: options.yuanCurrency } : {}) });

  // Chunks are processed concurrently but written strictly in the order they were read, so
  // which copy of a duplicate becomes canonical never depends on thread timing. The writer
  // gathers processed chunks and commits them batchSize records at a time.
  const inFlight: Promise<BatchItem[]>[] = [];
  const maxInFlight = Math.max(2, workers * 2);
  const chunkSize = Math.min(batchSize, WORKER_CHUNK);
  let chunk: BatchItem[] = [];
  let chunkRecords = 0;
  let chunkChars = 0;
  // The boilerplate lines of each record in the chunk, taken when the record was read: by the
  // time the chunk is sent, the next file's pre-pass may have added evidence, and what a
  // record is cleaned with must not depend on where chunks happen to end.
  let chunkLines: string[][] = [];
  let toWrite: BatchItem[] = [];
  let toWriteRecords = 0;
  let toWriteChars = 0;
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
      else if (item.kind === "evidence") learnt.stored(item);
      else if (item.processed) {
        docs++;
        const p = item.processed;
        summary.removedSpans += p.removedSpans ?? p.clean.removed.length;
        summary.encodings[p.raw.encoding] = (summary.encodings[p.raw.encoding] ?? 0) + 1;
        if (p.raw.replacementChars > 0) {
          summary.mojibake.documents++;
          summary.mojibake.replacementChars += p.raw.replacementChars;
        }
      }
    }
    const last = items[items.length - 1];
    options.onProgress?.({ done: filesDone, total: files.length, path: (last?.kind === "evidence" ? last.path : last?.file.path) ?? "", documents: docs });
  };
  /** A processed chunk, in read order: committed once batchSize records are waiting. */
  const processed = (items: BatchItem[], final = false) => {
    for (const item of items) {
      toWrite.push(item);
      if (item.kind !== "record") continue;
      toWriteRecords++;
      toWriteChars += item.raw.text.length;
    }
    if (toWrite.length && (final || toWriteRecords >= batchSize || toWriteChars >= COMMIT_CHARS)) {
      const batch = toWrite;
      toWrite = [];
      toWriteRecords = 0;
      toWriteChars = 0;
      write(batch);
    }
  };
  const flush = async () => {
    if (chunk.length === 0) return;
    const items = chunk;
    chunk = [];
    chunkRecords = 0;
    chunkChars = 0;
    const raws = items.filter((i): i is BatchItem & { raw: RawRecord } => i.kind === "record").map((i) => i.raw);
    const boilerplate = chunkLines;
    chunkLines = [];
    inFlight.push(
      (raws.length ? pool.process(raws, boilerplate) : Promise.resolve([])).then((outcomes) => {
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
    // Backpressure: reading waits while the threads hold maxInFlight chunks.
    while (inFlight.length >= maxInFlight) processed(await inFlight.shift()!);
  };
  const push = async (item: BatchItem) => {
    chunk.push(item);
    if (item.kind === "record") {
      chunkRecords++;
      chunkChars += item.raw.text.length;
      chunkLines.push(linesFor(boilerplateSource(item.raw)));
    }
    if (chunkRecords >= chunkSize || chunkChars >= CHUNK_CHARS) await flush();
  };

  try {
    const readOptions = (hash: string) => ({ fileHash: hash, ...(options.fieldMap ? { fieldMap: options.fieldMap } : {}) });
    // Pre-pass: a file's line evidence, so its own records are cleaned knowing their source's
    // furniture. It is counted (in memory) for the next file while this one's records are read
    // and processed, so the threads never wait for it; it is used (LearntBoilerplate) only when
    // that file's turn comes, so no record is cleaned with evidence from a file read after it,
    // and reaches the index in the transaction of the file's first records.
    const countEvidence = async (path: string, hash: string): Promise<FileEvidence> => {
      const evidence: FileEvidence = new Map();
      for await (const event of readRecords(path, readOptions(hash))) if ("record" in event) addEvidence(evidence, event.record, lineFingerprint);
      return evidence;
    };
    const lookAhead = (path: string | undefined) => {
      if (path === undefined) return undefined;
      const work = (async () => {
        const hash = await hashFile(path);
        const stored = fileState(db, path);
        if (stored?.hash === hash && stored.complete) return undefined; // skipped: nothing to count
        return { hash, evidence: await countEvidence(path, hash) };
      })().catch(() => undefined); // the main loop reads the file again and reports what fails
      return { path, work };
    };
    let ahead: ReturnType<typeof lookAhead>;
    for (const [i, path] of files.entries()) {
      summary.files++;
      const counted = ahead?.path === path ? await ahead.work : undefined;
      ahead = undefined;
      let hash: string;
      try {
        hash = counted?.hash ?? (await hashFile(path));
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
      const waited = performance.now();
      const evidence = storableEvidence(counted?.evidence ?? (await countEvidence(path, hash)));
      // Written by the writer ahead of the file's records, in the transaction of the first of them.
      const evidenceItem: BatchItem = { kind: "evidence", path, evidence };
      learnt.replace(evidenceItem, fileKey(path), evidence);
      summary.boilerplateSeconds += (performance.now() - waited) / 1000;
      await push(evidenceItem);
      ahead = lookAhead(files[i + 1]);
      const file: FileInProgress = { path, hash, records: 0, problems: 0 };
      for await (const event of readRecords(path, readOptions(hash))) {
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
    while (inFlight.length) processed(await inFlight.shift()!);
    processed([], true);
  } finally {
    await pool.close();
  }
  summary.peakRssMb.batches = peakRssMb();
  summary.duplicates = (db.prepare("SELECT count(*) AS n FROM documents WHERE canonical_id IS NOT NULL").get() as { n: number }).n;
  const stale = staleFullText(db);
  if (stale.due) {
    options.onFullTextRebuild?.({ stale: stale.stale, documents: stale.documents });
    db.transaction(() => rebuildFullText(db))();
    summary.fullTextRebuilt = true;
  }
  if (summary.documents.added + summary.documents.updated > 0) rebuildSuggestions(db);
  summary.peakRssMb.end = peakRssMb();
  return summary;
}
