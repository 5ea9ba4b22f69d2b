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
