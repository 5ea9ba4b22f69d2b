import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { RawRecord } from "@wenku/ingest";
import { contentHash, type ProcessedRecord } from "./store.js";

/** How records are processed: the same in every worker of a run. */
export interface ProcessorSettings {
  /** Extra gazetteer files; empty for the built-in gazetteer. */
  gazetteers: string[];
  /** ISO code a bare 元 stands for in this input (HKD for a Hong Kong source); CNY if unset. */
  yuanCurrency?: string;
}

/** What a worker is started with. */
export interface WorkerSetup extends ProcessorSettings {
  wenkuPipelineWorker: true;
}

export type ProcessOutcome = { processed: ProcessedRecord } | { error: string };

export type RecordProcessor = (raw: RawRecord) => ProcessOutcome;

/**
 * The CPU-heavy part of ingest for one record: clean, analyse, and the fingerprints the writer
 * needs (exact-content hash, MinHash band keys and shingles for near-duplicates). Runs in a
 * worker thread, or in process with `workers: 0`. Loads the cleaner, the segmenter (jieba's
 * dictionary: about a second) and the gazetteer once per thread.
 *
 * Per-source evidence (a corpus-level boilerplate learner from @wenku/clean, issue #3) would
 * be passed to cleanRecord here, next to the record.
 */
export async function createProcessor({ gazetteers, yuanCurrency }: ProcessorSettings): Promise<RecordProcessor> {
  const [{ cleanRecord }, { analyze, Gazetteer, defaultGazetteer }, { shingles, minhashSignature, bandKeys }] = await Promise.all([
    import("@wenku/clean"),
    import("@wenku/analyze"),
    import("@wenku/ingest"),
  ]);
  const gazetteer = gazetteers.length ? Gazetteer.fromFiles(...gazetteers) : defaultGazetteer();
  return (raw) => {
    try {
      const cleaned = cleanRecord(raw);
      const analysis = analyze(cleaned.text, { docDate: cleaned.date, gazetteer, yuanCurrency: yuanCurrency ?? null });
      const set = shingles(cleaned.text);
      const sig = minhashSignature(set);
      const processed: ProcessedRecord = { raw, clean: cleaned, analysis, contentHash: contentHash(cleaned.text) };
      if (sig) processed.near = { keys: bandKeys(sig), shingles: set };
      return { processed };
    } catch (err) {
      return { error: (err as Error).message };
    }
  };
}

export interface BatchRequest {
  id: number;
  records: RawRecord[];
}
export interface BatchReply {
  id: number;
  outcomes: ProcessOutcome[];
}

if (!isMainThread && (workerData as WorkerSetup | undefined)?.wenkuPipelineWorker) {
  const setup = workerData as WorkerSetup;
  const port = parentPort!;
  const ready = createProcessor(setup);
  port.on("message", async (req: BatchRequest) => {
    const process = await ready;
    // The writer stores entities and figures, not the word list, and already holds the raw
    // record: sending them back would double the copying and the main thread's memory.
    const outcomes = req.records.map((raw) => {
      const o = process(raw);
      if ("processed" in o) o.processed = { ...o.processed, raw: undefined as unknown as RawRecord, analysis: { ...o.processed.analysis, words: [] } };
      return o;
    });
    port.postMessage({ id: req.id, outcomes } satisfies BatchReply);
  });
}
