import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isNearDuplicate, shingles } from "@wenku/ingest";
import { Corpus } from "@wenku/index";
import { SHARED_DATA } from "../../../support/data.js";

const DATA = `${SHARED_DATA}/`;
const PAGES = join(DATA, "html/cctv");
const XWLB = join(DATA, "corpus/cctv-xwlb.jsonl.gz");
const haveData = existsSync(PAGES) && existsSync(XWLB);

describe("near-duplicate rule", () => {
  const body = "宁德时代今天发布新一代储能电池，能量密度提高百分之二十，循环寿命超过一万次，预计明年第三季度量产，首批产品将供应欧洲市场的大型储能电站项目。";
  const doc = (text: string) => ({ text, shingles: shingles(text) });

  it("takes a repost with a different header and footer for the same article", () => {
    expect(isNearDuplicate(doc(`本报讯 ${body} 责任编辑：王五`), doc(`转载自财经网。${body}（完）`))).toBe(true);
  });

  it("keeps apart two items of one template that state different figures", () => {
    const a = "某基金宣布月度分红每份0.071元，与上月持平，三月三十一日派发，登记日为三月十六日。该基金主要投资于免税市政债券，由富兰克林公司管理。";
    const b = a.replace(/0\.071/g, "0.061");
    expect(isNearDuplicate(doc(a), doc(b))).toBe(false);
  });

  it("keeps apart two articles on the same subject", () => {
    const other = "宁德时代的竞争对手比亚迪也在今天宣布扩大储能业务，计划在匈牙利新建工厂，年产能达到二十吉瓦时，产品主要面向欧洲的家庭储能市场。";
    expect(isNearDuplicate(doc(body), doc(other))).toBe(false);
  });
});

/**
 * Real repeated articles: tv.cctv.com article pages (page chrome, navigation, recommendation
 * blocks) and the same 新闻联播 stories in the CCTV transcript dump (markdown, 央视网消息
 * header, repaste markers). Which page is which transcript is decided by the title alone, read
 * from both inputs; every other transcript of the same days is a different story, often on the
 * same subject (meetings, policies, the same leaders), and must stay apart.
 */
describe.skipIf(!haveData)("near-duplicates in real CCTV pages and transcripts", () => {
  it("links pages to their transcripts and merges no two different stories", { timeout: 120_000 }, async () => {
    const pages = readdirSync(PAGES).filter((f) => f.startsWith("VIDE")).sort().slice(0, 40);
    const titleOf = (f: string) => /<title>\[视频\]([^<]+)/.exec(readFileSync(join(PAGES, f), "utf8"))?.[1]?.trim();
    const pageTitles = new Map(pages.map((f) => [titleOf(f), f] as const).filter((e): e is [string, string] => !!e[0]));
    // Pass 1: the day on which each page's story was broadcast. Recurring titles (国内联播快讯)
    // name a different story every day: those pages are left out.
    const daysOf = new Map<string, Set<string>>();
    for await (const line of createInterface({ input: createReadStream(XWLB).pipe(createGunzip()) })) {
      const r = JSON.parse(line) as { date: string; title: string };
      if (pageTitles.has(r.title)) daysOf.set(r.title, (daysOf.get(r.title) ?? new Set()).add(r.date));
    }
    for (const [title, d] of daysOf) if (d.size > 1) pageTitles.delete(title);
    const days = new Set([...daysOf].filter(([t]) => pageTitles.has(t)).flatMap(([, d]) => [...d]));
    // Pass 2: every transcript of those days.
    const dir = mkdtempSync(join(tmpdir(), "wenku-dedup-"));
    const lines: string[] = [];
    for await (const line of createInterface({ input: createReadStream(XWLB).pipe(createGunzip()) })) {
      if (days.has((JSON.parse(line) as { date: string }).date)) lines.push(line);
    }
    writeFileSync(join(dir, "xwlb.jsonl"), lines.join("\n") + "\n");
    for (const f of pageTitles.values()) symlinkSync(join(PAGES, f), join(dir, f));

    const corpus = Corpus.open(join(dir, "index.db"));
    await corpus.ingest([dir], { workers: 1 });
    const docs = corpus.db.prepare("SELECT id, path, record, canonical_id, duplicate_kind, raw_meta FROM documents").all() as { id: string; path: string; record: number; canonical_id: string | null; duplicate_kind: string | null; raw_meta: string }[];
    corpus.close();
    const storyOf = (d: (typeof docs)[number]) =>
      d.path.endsWith(".jsonl") ? `t:${(JSON.parse(d.raw_meta) as { title?: string }).title}` : `t:${[...pageTitles].find(([, f]) => d.path.endsWith(f))?.[0] ?? d.path}`;
    const byId = new Map(docs.map((d) => [d.id, d]));
    const links = docs.filter((d) => d.canonical_id).map((d) => [d, byId.get(d.canonical_id!)!] as const);
    const wrong = links.filter(([a, b]) => storyOf(a) !== storyOf(b)).map(([a, b]) => `${storyOf(a)} ≠ ${storyOf(b)}`);
    const pagePairs = [...pageTitles.keys()].filter((t) => lines.some((l) => (JSON.parse(l) as { title: string }).title === t));
    const found = pagePairs.filter((t) => links.some(([a, b]) => storyOf(a) === `t:${t}` && storyOf(b) === `t:${t}` && a.path.endsWith(".jsonl") !== b.path.endsWith(".jsonl")));
    console.log(`CCTV near-duplicates: ${found.length}/${pagePairs.length} page/transcript pairs linked; ${links.length} links among ${docs.length} documents; ${wrong.length} false merges`);
    expect(wrong).toEqual([]);
    expect(pagePairs.length).toBeGreaterThanOrEqual(25);
    expect(found.length / pagePairs.length).toBeGreaterThanOrEqual(0.8);
  });
});
