import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Corpus, staleFullText } from "@wenku/index";

// Ten short English stories that share words in different measure, so BM25 weighs them apart.
const TOPICS = ["solar", "wind", "grid", "battery", "hydro", "nuclear", "coal", "gas", "tidal", "storage"];
const story = (i: number, edition: number) =>
  `The ${TOPICS[i]} project report, edition ${edition}: the council says the ${TOPICS[i]} plan and the grid link ` +
  `will ${i % 2 ? "raise" : "cut"} costs; ${"power ".repeat(1 + (i % 4))}demand rose in ${2020 + i}.`;
const feed = (editions: number[]) => editions.map((e, i) => JSON.stringify({ title: `${TOPICS[i]} power report`, body: story(i, e) })).join("\n") + "\n";

async function ingested(versions: number[][]): Promise<{ corpus: Corpus; rebuilt: boolean[] }> {
  const dir = mkdtempSync(join(tmpdir(), "wenku-stale-"));
  const corpus = Corpus.open(join(dir, "index.db"));
  const rebuilt: boolean[] = [];
  for (const editions of versions) {
    writeFileSync(join(dir, "feed.jsonl"), feed(editions));
    rebuilt.push((await corpus.ingest([dir], { workers: 0 })).fullTextRebuilt);
  }
  return { corpus, rebuilt };
}

const ranking = (corpus: Corpus, query: string) => corpus.search({ query, limit: 10 }).hits.map((h) => `${h.record}:${h.score}`);
const QUERIES = ["power grid", "solar", "costs demand", "report council"];

describe("BM25 counts the documents as they are, whatever was re-ingested before", () => {
  const first = Array(10).fill(1);
  const oneChanged = first.map((e, i) => (i === 3 ? 2 : e));
  const twoChanged = oneChanged.map((e, i) => (i === 7 ? 2 : e));
  const halfChanged = first.map((e, i) => (i % 2 ? 2 : e));

  it("a document re-ingested with another text still counts twice until the tables are built again", async () => {
    const { corpus, rebuilt } = await ingested([first, oneChanged]);
    const { corpus: fresh } = await ingested([oneChanged]);
    expect(rebuilt).toEqual([false, false]);
    expect(staleFullText(corpus.db)).toEqual({ stale: 1, documents: 10, due: false });
    // FTS5 (contentless_delete) keeps the deleted row in its totals: the scores differ.
    expect(ranking(corpus, "power grid")).not.toEqual(ranking(fresh, "power grid"));
    corpus.close();
    fresh.close();
  });

  it("once a fifth of the documents were replaced, the run ends by building them again", async () => {
    const { corpus, rebuilt } = await ingested([first, oneChanged, twoChanged]);
    const { corpus: fresh } = await ingested([twoChanged]);
    expect(rebuilt).toEqual([false, false, true]);
    expect(staleFullText(corpus.db)).toEqual({ stale: 0, documents: 10, due: false });
    for (const q of QUERIES) expect(ranking(corpus, q), q).toEqual(ranking(fresh, q));
    expect(ranking(corpus, "power grid")).toHaveLength(10);
    corpus.close();
    fresh.close();
  });

  it("a feed half re-written ranks as the same feed ingested afresh", async () => {
    const { corpus, rebuilt } = await ingested([first, halfChanged]);
    const { corpus: fresh } = await ingested([halfChanged]);
    expect(rebuilt).toEqual([false, true]);
    for (const q of QUERIES) expect(ranking(corpus, q), q).toEqual(ranking(fresh, q));
    expect(corpus.search("edition").total).toBe(10);
    corpus.close();
    fresh.close();
  });
});
