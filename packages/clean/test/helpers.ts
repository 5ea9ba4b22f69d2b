import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { textRecord, type RawRecord } from "@wenku/ingest";
import { SHARED_DATA } from "../../../support/data.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const seedsDir = `${repoRoot}fixtures/seeds/`;
export const goldenDir = `${repoRoot}fixtures/golden/`;
export const sharedData = SHARED_DATA;
export const hasSharedData = existsSync(`${sharedData}/spam/github_issue_spam_excerpts.jsonl`);

export function raw(text: string, extra: Partial<RawRecord> = {}): RawRecord {
  return textRecord(text, { path: "test.txt", ...extra });
}

export function html(text: string): RawRecord {
  return raw(text, { path: "test.html", container: "html", format: "html" });
}

export const seedNames = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

export const readSeed = (name: string) => readFileSync(`${seedsDir}${name}.txt`, "utf8");
export const readGolden = (name: string) => readFileSync(`${goldenDir}${name}.clean.txt`, "utf8").replace(/\n$/, "");
export const readGoldenMeta = (name: string) =>
  JSON.parse(readFileSync(`${goldenDir}${name}.meta.json`, "utf8")) as { title: string; date: string | null; author: string | null; source: string | null };

/** Share of the reference's character bigrams (whitespace dropped) found in the candidate. */
export function bigramRecall(reference: string, candidate: string): number {
  const grams = (s: string) => {
    const t = [...s.replace(/\s+/g, "")];
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i++) m.set(t[i]! + t[i + 1]!, (m.get(t[i]! + t[i + 1]!) ?? 0) + 1);
    return m;
  };
  const ref = grams(reference);
  const cand = grams(candidate);
  let hit = 0;
  let total = 0;
  for (const [g, n] of ref) {
    total += n;
    hit += Math.min(n, cand.get(g) ?? 0);
  }
  return total ? hit / total : 1;
}

/** A short news article of complete sentences, for HTML pages built in tests. */
export const ARTICLE_ZH = [
  "市统计局昨日公布数据，一季度全市地区生产总值同比增长百分之五点八，增速比去年全年加快零点六个百分点。",
  "分行业看，工业增加值增长百分之六点一，服务业增加值增长百分之五点四，消费和投资同步回升。",
  "统计局有关负责人表示，下一阶段将继续加强经济运行监测，为稳增长政策提供及时准确的数据支撑。",
];
export const ARTICLE_EN = [
  "The city council voted on Tuesday to expand the bus network, adding four routes that will serve the eastern suburbs, the airport and two hospitals.",
  "Officials said the plan, which will cost about $40 million over five years, would be paid for by a mix of state grants, fares and a small parking levy.",
  "Residents who spoke at the meeting were largely supportive, although several asked the council to publish a timetable before the routes open next spring.",
  "The first of the new buses is expected to arrive in March, and drivers will begin training in April, according to the transit authority.",
];
/** The sentences as <p> paragraphs. */
export const paras = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join("");
