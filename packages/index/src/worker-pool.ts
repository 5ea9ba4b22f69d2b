import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { RawRecord } from "@wenku/ingest";
import { createProcessor, lineSet, type BatchReply, type BatchRequest, type ProcessOutcome, type ProcessorSettings, type WorkerSetup } from "./pipeline-worker.js";

/** Runs batches of records through clean + analyse, in worker threads or in process. */
export interface RecordPool {
  /** `boilerplate[i]`: fingerprints of lines known to repeat across record i's source. */
  process(records: RawRecord[], boilerplate?: string[][]): Promise<ProcessOutcome[]>;
  close(): Promise<void>;
}

/** The compiled worker script. From the sources (tests, tsx) that is the package's dist build:
 *  worker threads cannot load TypeScript. */
function workerScript(): URL | undefined {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith(".js")) return new URL("./pipeline-worker.js", here);
  const built = new URL("../dist/pipeline-worker.js", here);
  return existsSync(built) ? built : undefined;
}

export async function startPool(workers: number, settings: ProcessorSettings): Promise<RecordPool> {
  const script = workers > 0 ? workerScript() : undefined;
  if (!script) return inlinePool(settings);
  return new ThreadPool(script, workers, { wenkuPipelineWorker: true, ...settings });
}

async function inlinePool(settings: ProcessorSettings): Promise<RecordPool> {
  const processRecord = await createProcessor(settings);
  return {
    process: async (records, boilerplate) => {
      const sets = new Map<string[], Set<string>>();
      return records.map((raw, i) => processRecord(raw, lineSet(sets, boilerplate?.[i])));
    },
    close: async () => {},
  };
}

/** Old-generation heap per thread; a batch of the largest documents (32 MB each, capped in
 *  @wenku/ingest) still fits. */
const WORKER_HEAP_MB = 384;

/** Young-generation heap per thread. V8's default for a worker let each thread's RSS swell with
 *  short-lived strings (cleaned text, tokens) between scavenges: 8 MB took 100 MB off a
 *  2-thread run (1005 → 902 MB peak RSS on 3,622 documents; 4 MB: 914, 16 MB: 941) at no
 *  measurable cost in time. */
const WORKER_YOUNG_MB = 8;

interface Pending {
  resolve: (o: ProcessOutcome[]) => void;
  size: number;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** One writer (the caller), N processing threads; each batch goes to the least busy thread.
 *  A thread that dies fails only its own batches (their records are reported) and is replaced. */
class ThreadPool implements RecordPool {
  private slots: Slot[] = [];
  private nextId = 0;
  private closing = false;
  /** Threads that died before finishing a single batch: they cannot load, and respawning
   *  them would loop for ever. */
  private stillborn = 0;
  private fatal: string | undefined;

  constructor(private readonly script: URL, size: number, private readonly setup: WorkerSetup) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // A tighter old-generation limit than V8's default makes each thread collect garbage
    // sooner: RSS stays near what the thread really uses (jieba's dictionary alone is ~250 MB
    // of native memory per thread), which is what keeps a 2-thread run under 1 GB.
    const worker = new Worker(this.script, { workerData: this.setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot & { answered?: boolean } = { worker, pending: new Map() };
    slot.worker.on("message", (reply: BatchReply) => {
      slot.answered = true;
      const p = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      p?.resolve(reply.outcomes);
    });
    const fail = (why: string) => {
      if (this.closing) return;
      for (const p of slot.pending.values()) p.resolve(Array.from({ length: p.size }, () => ({ error: `worker thread died (${why})` })));
      slot.pending.clear();
      if (!slot.answered && ++this.stillborn >= 3) this.fatal = why;
      const i = this.slots.indexOf(slot);
      if (i !== -1 && !this.fatal) this.slots[i] = this.spawn();
    };
    slot.worker.on("error", (err) => fail(err.message));
    slot.worker.on("exit", (code) => fail(`exit code ${code}`));
    return slot;
  }

  process(records: RawRecord[], boilerplate?: string[][]): Promise<ProcessOutcome[]> {
    if (this.fatal) return Promise.reject(new Error(`worker threads cannot start: ${this.fatal}`));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, { resolve, size: records.length });
      // Records of one source share one array: the message carries it once.
      slot.worker.postMessage({ id, records, ...(boilerplate ? { boilerplate } : {}) } satisfies BatchRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
