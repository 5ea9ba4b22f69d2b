import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { prng, writeCorpus } from "./ingest-corpus.js";
import { wenku } from "./run.js";

const BIN = fileURLToPath(new URL("../bin/wenku.js", import.meta.url));

/** Everything a run leaves in the index that must not depend on how often it was killed. */
function state(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }),
      documents: db.prepare("SELECT id, path, record, title, date, url, lang, text, content_hash, canonical_id, duplicate_kind, encoding, removed FROM documents ORDER BY id").all(),
      mentions: db.prepare("SELECT d.id, m.name, m.start, m.end FROM mentions m JOIN documents d ON d.rowid = m.doc_rowid ORDER BY d.id, m.start, m.name").all(),
      figures: db.prepare("SELECT d.id, f.kind, f.value_num, f.start FROM figures f JOIN documents d ON d.rowid = f.doc_rowid ORDER BY d.id, f.start, f.kind").all(),
      searchable: db.prepare("SELECT d.id FROM documents d WHERE d.rowid IN (SELECT rowid FROM fts) ORDER BY d.id").all(),
      nearKeys: (db.prepare("SELECT count(*) AS n FROM near_keys").get() as { n: number }).n,
      files: db.prepare("SELECT path, hash, records, complete FROM files ORDER BY path").all(),
    };
  } finally {
    db.close();
  }
}

function documentCount(dbPath: string): number {
  try {
    const db = new Database(dbPath, { readonly: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // killed before the schema was created
  }
}

/** Run `wenku ingest` to the end, watching the index: when the first batch was committed
 *  (start-up: loading the cleaner and the segmenter in each thread) and when it finished. */
function timedIngest(args: string[], dbPath: string): Promise<{ firstCommitMs: number; totalMs: number; status: number | null }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let firstCommitMs = 0;
    const child = spawn(process.execPath, [BIN, "ingest", ...args], { stdio: "ignore" });
    const poll = setInterval(() => {
      if (!firstCommitMs && documentCount(dbPath) > 0) firstCommitMs = performance.now() - t0;
    }, 40);
    child.on("exit", (status) => {
      clearInterval(poll);
      const totalMs = performance.now() - t0;
      resolve({ firstCommitMs: firstCommitMs || totalMs, totalMs, status });
    });
  });
}

/** Start `wenku ingest` and SIGKILL it once `due(elapsedMs)` says so (checked every 10 ms);
 *  resolves with whether it was still running then. */
function ingestAndKill(args: string[], due: (elapsedMs: number) => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, "ingest", ...args], { stdio: "ignore" });
    let killed = false;
    const timer = setInterval(() => {
      if (!killed && due(performance.now() - t0)) killed = child.kill("SIGKILL");
    }, 10);
    child.on("exit", () => {
      clearInterval(timer);
      resolve(killed);
    });
  });
}

describe("ingest killed with SIGKILL at random moments", () => {
  it("leaves a sound index every time, and finishing gives exactly the uninterrupted result", { timeout: 120_000 }, async () => {
    const seed = Date.now() % 100000;
    const dir = mkdtempSync(join(tmpdir(), "wenku-kill-"));
    const corpus = writeCorpus(join(dir, "corpus"), 7);
    const reference = join(dir, "reference.db");
    // The reference and the killed runs use one thread (less start-up per run on two cores);
    // the run that finishes uses two (batches complete out of order): the final states must
    // still be identical.
    const timing = await timedIngest(["--db", reference, "--workers", "1", "--batch", "4", corpus.dir], reference);
    expect(timing.status).toBe(0);
    expect(documentCount(reference)).toBe(corpus.records);

    const db = join(dir, "killed.db");
    const rand = prng(seed);
    const counts: number[] = [];
    let interrupted = 0;
    for (let i = 0; i < 20; i++) {
      // One kill in four at a random moment of start-up (opening the index, loading the
      // segmenter); the others once the run has written a random share of what is left (at most its share of the kills still to come), which
      // under any machine load lands while batches are being processed and committed.
      const before = counts[counts.length - 1] ?? 0;
      const args = ["--db", db, "--workers", "1", "--batch", "4", corpus.dir];
      const due =
        rand() < 0.25
          ? ((at: number) => (ms: number) => ms >= at)(rand() * timing.firstCommitMs * 0.9)
          : ((target: number) => () => documentCount(db) >= target)(before + 1 + Math.floor((rand() * (corpus.records - before)) / (20 - i)));
      if (await ingestAndKill(args, due)) interrupted++;
      counts.push(documentCount(db));
      // A kill before the index file was created leaves nothing to check.
      if (!existsSync(db)) continue;
      const db_ = new Database(db, { readonly: true });
      try {
        expect(db_.pragma("integrity_check", { simple: true }), `after kill ${i + 1} (seed ${seed})`).toBe("ok");
      } catch (err) {
        if (!/no such table|file is not a database/.test(String(err))) throw err;
      } finally {
        db_.close();
      }
    }
    console.log(`kill test (seed ${seed}): reference run ${Math.round(timing.totalMs)} ms, first commit at ${Math.round(timing.firstCommitMs)} ms; ${interrupted}/20 kills interrupted a run; documents after each kill: ${counts.join(" ")}`);
    // The kills must really have cut runs short with part of the corpus written.
    expect(interrupted, `seed ${seed}`).toBeGreaterThanOrEqual(15);
    expect(counts.some((n) => n > 0 && n < corpus.records), `document counts after each kill: ${counts.join(" ")} (seed ${seed})`).toBe(true);

    // Finishing with a different number of threads than the reference used: the result must
    // not depend on it either.
    const last = wenku(["ingest", "--db", db, "--json", "--workers", "2", "--batch", "4", corpus.dir]);
    expect(last.status, last.stderr).toBe(0);
    const finished = state(db);
    const expected = state(reference);
    expect(finished.integrity).toBe("ok");
    expect(finished.documents).toHaveLength(corpus.records);
    expect(new Set(finished.documents.map((d) => (d as { id: string }).id)).size).toBe(corpus.records);
    expect(finished).toEqual(expected);
    // The corpus holds one exact copy and one repost: both found, whatever the kills did.
    const kinds = finished.documents.map((d) => (d as { duplicate_kind: string | null }).duplicate_kind).filter(Boolean).sort();
    expect(kinds).toEqual(["exact", "near"]);
  });
});
