import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { RawRecord } from "@wenku/ingest";
import { ftsRow } from "./fts.js";
import { contentHash, packRecord, type ProcessedRecord } from "./store.js";

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

/** `boilerplateLines`: fingerprints of lines repeated across the record's source. */
export type RecordProcessor = (raw: RawRecord, boilerplateLines?: Set<string>) => ProcessOutcome;

/** The Set for an array of fingerprints, made once per array (records of a source share one). */
export function lineSet(sets: Map<string[], Set<string>>, lines: string[] | undefined): Set<string> | undefined {
  if (!lines?.length) return undefined;
  let set = sets.get(lines);
  if (!set) sets.set(lines, (set = new Set(lines)));
  return set;
}

/**
 * The CPU-heavy part of ingest for one record: clean, analyse, and the fingerprints the writer
 * needs (exact-content hash, MinHash band keys and shingles for near-duplicates). Runs in a
 * worker thread, or in process with `workers: 0`. Loads the cleaner, the segmenter (jieba's
 * dictionary: about a second) and the gazetteer once per thread.
 * Lines learnt to repeat across the record's source (corpus-level boilerplate, see
 * pipeline.ts) go to cleanRecord, which cuts them with rule boilerplate/known-line.
 */
export async function createProcessor({ gazetteers, yuanCurrency }: ProcessorSettings): Promise<RecordProcessor> {
  const [{ cleanRecord }, { analyze, Gazetteer, defaultGazetteer }, { shingles, minhashSignature, bandKeys }] = await Promise.all([
    import("@wenku/clean"),
    import("@wenku/analyze"),
    import("@wenku/ingest"),
  ]);
  const gazetteer = gazetteers.length ? Gazetteer.fromFiles(...gazetteers) : defaultGazetteer();
  return (raw, boilerplateLines) => {
    try {
      const cleaned = cleanRecord(raw, boilerplateLines ? { boilerplateLines } : undefined);
      // The word list is not stored (the writer keeps entities and figures): not built. The
      // cleaner's language is that of the clean text, unless it had none and used the title.
      const analysis = analyze(cleaned.text, {
        docDate: cleaned.date,
        gazetteer,
        yuanCurrency: yuanCurrency ?? null,
        words: false,
        ...(cleaned.text ? { lang: cleaned.lang } : {}),
      });
      const set = shingles(cleaned.text);
      const sig = minhashSignature(set);
      // Everything the writer would otherwise compute itself (the full-text tokens, the
      // compressed raw text) is done here: there is one writer and several of these.
      const processed: ProcessedRecord = {
        raw,
        clean: cleaned,
        analysis,
        contentHash: contentHash(cleaned.text),
        fts: ftsRow(cleaned.title, cleaned.text, analysis.entities.map((e) => e.name)),
        packed: packRecord(raw, cleaned),
      };
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
  boilerplate?: string[][];
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
    const sets = new Map<string[], Set<string>>();
    const outcomes = req.records.map((raw, i) => {
      const o = process(raw, lineSet(sets, req.boilerplate?.[i]));
      // The removals travel compressed (packed.removed) with their count; as objects they hold
      // the text of every cut span, most of an HTML page.
      if ("processed" in o) {
        const p = o.processed;
        o.processed = { ...p, raw: undefined as unknown as RawRecord, analysis: { ...p.analysis, words: [] }, clean: { ...p.clean, removed: [] }, removedSpans: p.clean.removed.length };
      }
      return o;
    });
    port.postMessage({ id: req.id, outcomes } satisfies BatchReply);
  });
}
