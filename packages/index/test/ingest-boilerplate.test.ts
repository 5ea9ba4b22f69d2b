import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Corpus } from "@wenku/index";
import { LearntBoilerplate, type SourceTotals } from "../src/boilerplate-evidence.js";
import { boilerplateOf, type FileEvidence } from "../src/store.js";

// A furniture line none of the cleaner's built-in patterns (copyright, ICP, 责任编辑, share
// prompts…) matches: only corpus-level evidence can tell it is not part of the article.
const FOOTER = "本报热线电话与读者来信请寄至示例路一号新闻大厦";
const body = (site: string, i: number, footer: boolean) =>
  `${site}第${i}号报道：某市第${i}个储能项目今天开工，总投资${i * 7 + 3}亿元，预计${2026 + (i % 3)}年建成，可为${i * 11 + 5}万户居民供电。` +
  `项目由第${i + 40}建设公司承建，占地${i * 13 + 9}亩。` +
  (footer ? `\n\n${FOOTER}` : "");
const feed = (site: string, n: number, withFooter: (i: number) => boolean) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ title: `${site}报道${i}`, url: `https://${site}.example/news/${i}.html`, body: body(site, i, withFooter(i)) })).join("\n") + "\n";

describe("corpus-level boilerplate in ingest", () => {
  it("cuts a line repeated across a source's documents, keeps it where it is rare, per source, and reuses the evidence later", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-boilerplate-"));
    writeFileSync(join(dir, "a.jsonl"), feed("alpha", 30, () => true));
    writeFileSync(join(dir, "b.jsonl"), feed("beta", 30, (i) => i === 4 || i === 17));
    writeFileSync(join(dir, "c.jsonl"), feed("gamma", 5, (i) => i === 2));
    const corpus = Corpus.open(join(dir, "index.db"));
    await corpus.ingest([dir], { workers: 0 });
    const docs = corpus.db.prepare("SELECT id, url, text FROM documents ORDER BY url").all() as { id: string; url: string; text: string }[];
    const of = (site: string) => docs.filter((d) => d.url.startsWith(`https://${site}.`));
    expect(docs).toHaveLength(65);

    // alpha: all 30 carry it → cut from each, recorded with its reason and rule. The articles
    // themselves are one template with different figures (alike once digits are collapsed, as
    // line fingerprints do): they are content and stay.
    for (const d of of("alpha")) {
      expect(d.text).not.toContain(FOOTER);
      expect(d.text).toMatch(/^alpha第\d+号报道/);
      const removed = corpus.get(d.id)!.removed.filter((r) => r.rule === "boilerplate/known-line");
      expect(removed.map((r) => [r.text.trim(), r.reason])).toEqual([[FOOTER, "boilerplate"]]);
    }
    // beta: 2 of 30 (below 3 documents) → kept; gamma carries alpha's footer once → kept.
    expect(of("beta").filter((d) => d.text.includes(FOOTER)).map((d) => d.url)).toEqual(["https://beta.example/news/17.html", "https://beta.example/news/4.html"]);
    expect(of("gamma").filter((d) => d.text.includes(FOOTER)).map((d) => d.url)).toEqual(["https://gamma.example/news/2.html"]);

    // The evidence is in the index: the footer (its fingerprint is itself: no spaces, digits
    // or capitals) counted per source: 30 alpha documents, 2 beta, and 1 gamma (a file of
    // fewer than 20 documents keeps even its once-seen lines, for sources spread over files).
    expect(corpus.db.prepare("SELECT source, sum(documents) AS n FROM boilerplate_lines WHERE fingerprint = ? GROUP BY source ORDER BY source").all(FOOTER)).toEqual([
      { source: "alpha.example", n: 30 },
      { source: "beta.example", n: 2 },
      { source: "gamma.example", n: 1 },
    ]);

    // A later run with one more alpha article: alpha's stored evidence cuts the footer there too.
    writeFileSync(join(dir, "d.jsonl"), JSON.stringify({ title: "alpha新稿", url: "https://alpha.example/news/99.html", body: body("alpha", 99, true) }) + "\n");
    const later = await corpus.ingest([dir], { workers: 0 });
    expect(later.filesUnchanged).toBe(3);
    const added = corpus.db.prepare("SELECT text FROM documents WHERE url = ?").get("https://alpha.example/news/99.html") as { text: string };
    expect(added.text).toContain("第99号报道");
    expect(added.text).not.toContain(FOOTER);

    // a.jsonl changes (one more article): its evidence replaces what it had, never adds to it:
    // 31 alpha documents of a.jsonl and the 1 of d.jsonl carry the footer.
    writeFileSync(join(dir, "a.jsonl"), feed("alpha", 31, () => true));
    await corpus.ingest([dir], { workers: 0 });
    expect(corpus.db.prepare("SELECT sum(documents) AS n FROM boilerplate_lines WHERE fingerprint = ? AND source = 'alpha.example'").get(FOOTER)).toEqual({ n: 32 });
    expect(corpus.db.prepare("SELECT sum(documents) AS n FROM boilerplate_sources WHERE source = 'alpha.example'").get()).toEqual({ n: 32 });
    const newest = corpus.db.prepare("SELECT text FROM documents WHERE url = ?").get("https://alpha.example/news/30.html") as { text: string };
    expect(newest.text).toContain("第30号报道");
    expect(newest.text).not.toContain(FOOTER);
    corpus.close();
  });
});

describe("learnt boilerplate lines kept up to date as files come in", () => {
  // A stand-in for the index: committed evidence per file, summed per source on demand.
  const committed = new Map<string, FileEvidence>();
  const index = {
    evidence: (file: string): FileEvidence => committed.get(file) ?? new Map(),
    totals: (source: string): SourceTotals => {
      const t: SourceTotals = { documents: 0, lines: new Map() };
      for (const ev of committed.values()) {
        const e = ev.get(source);
        if (!e) continue;
        t.documents += e.documents;
        for (const [fp, n] of e.lines) t.lines.set(fp, (t.lines.get(fp) ?? 0) + n);
      }
      return t;
    },
  };
  const evidence = (documents: number, lines: Record<string, number>): FileEvidence => new Map([["site", { documents, lines: new Map(Object.entries(lines)) }]]);
  // What a run that read everything from the index (plus what is still pending) would learn.
  const fresh = (pending: [object, string, FileEvidence][]) => {
    const l = new LearntBoilerplate(index, boilerplateOf);
    for (const [token, file, ev] of pending) l.replace(token, file, ev);
    return l.linesFor("site");
  };

  it("adds a new file, replaces a re-read one (pending or committed) and agrees with the index", () => {
    committed.clear();
    committed.set("/a", evidence(40, { header: 3, menu: 2 }));
    const learnt = new LearntBoilerplate(index, boilerplateOf);
    // 40 documents: a line needs max(3, 5% of 40 = 2) = 3 of them; only "header" has 3.
    expect(learnt.linesFor("site")).toEqual(["header"]);

    // A second file, 10 more documents, one carrying "menu": 50 documents, "menu" in 3 → learnt.
    const t1 = {};
    const b = evidence(10, { menu: 1 });
    learnt.replace(t1, "/b", b);
    expect(learnt.linesFor("site")).toEqual(["header", "menu"]);
    expect(fresh([[t1, "/b", b]])).toEqual(["header", "menu"]);

    // The same file read again before its evidence was committed, now without "menu": the
    // pending count is replaced, not added to ("menu" back to 2 of 50).
    const t2 = {};
    const b2 = evidence(10, {});
    learnt.replace(t2, "/b", b2);
    expect(learnt.linesFor("site")).toEqual(["header"]);

    // The first write commits, then the second: the index and the running totals agree.
    committed.set("/b", b);
    learnt.stored(t1);
    expect(fresh([[t2, "/b", b2]])).toEqual(["header"]);
    committed.set("/b", b2);
    learnt.stored(t2);
    expect(fresh([])).toEqual(["header"]);

    // A committed file read again with fewer carriers: its old counts are taken away ("header"
    // 3 → 1 of 50 documents), nothing is learnt any more.
    const t3 = {};
    const a2 = evidence(40, { header: 1 });
    learnt.replace(t3, "/a", a2);
    expect(learnt.linesFor("site")).toEqual([]);
    expect(fresh([[t3, "/a", a2]])).toEqual([]);
  });
});
