import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Corpus } from "@wenku/index";

const story = (i: number) => `第${i}号报道：某市第${i}个储能项目今天开工，总投资${i * 7 + 3}亿元，预计${2026 + (i % 3)}年建成，可为${i * 11 + 5}万户居民供电。`;
const line = (i: number, body = story(i)) => JSON.stringify({ title: `报道${i}`, body });

describe("incremental and resumable ingest", () => {
  it("adds, then skips an unchanged file, updates changed records and drops records a file lost", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-incr-"));
    const feed = join(dir, "feed.jsonl");
    writeFileSync(feed, [1, 2, 3, 4, 5, 6, 7].map((i) => line(i)).join("\n") + "\n");
    const corpus = Corpus.open(join(dir, "index.db"));
    const opts = { workers: 0, batchSize: 3 };

    const first = await corpus.ingest([dir], opts);
    expect(first.documents).toEqual({ added: 7, updated: 0, unchanged: 0 });

    const again = await corpus.ingest([dir], opts);
    expect(again.filesUnchanged).toBe(1);
    expect(again.documents).toEqual({ added: 0, updated: 0, unchanged: 0 });

    // Record 2 (the third line) edited, lines 6 and 7 gone.
    writeFileSync(feed, [1, 2, 3, 4, 5].map((i) => line(i, i === 3 ? story(33) : story(i))).join("\n") + "\n");
    const changed = await corpus.ingest([dir], opts);
    expect(changed.documents).toEqual({ added: 0, updated: 1, unchanged: 4 });
    expect(corpus.stats().records).toBe(5);
    expect(corpus.search("第33号报道").hits.map((h) => h.record)).toEqual([2]);
    corpus.close();
  });

  it("resumes a file after the last committed record when a run stopped part-way", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-resume-"));
    writeFileSync(join(dir, "feed.jsonl"), [1, 2, 3, 4, 5, 6, 7, 8].map((i) => line(i)).join("\n") + "\n");
    const corpus = Corpus.open(join(dir, "index.db"));
    await corpus.ingest([dir], { workers: 0, batchSize: 3 });
    // What a run killed after its second batch leaves behind: records 0-5 committed, the file
    // marked incomplete at 6. (The real kills are in packages/cli/test/ingest-kill.test.ts.)
    corpus.db.prepare("DELETE FROM documents WHERE record >= 6").run();
    corpus.db.prepare("UPDATE files SET complete = 0, records_done = 6").run();
    const resumed = await corpus.ingest([dir], { workers: 0, batchSize: 3 });
    expect(resumed.filesResumed).toBe(1);
    expect(resumed.documents).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(corpus.stats().records).toBe(8);
    const file = corpus.db.prepare("SELECT complete, records, records_done FROM files").get();
    expect(file).toEqual({ complete: 1, records: 8, records_done: 8 });
    corpus.close();
  });
});
