import { describe, expect, it } from "vitest";
import { CleanDoc, cleanRecord } from "@wenku/clean";
import { raw, readGolden, readGoldenMeta, readSeed, seedNames } from "./helpers.js";

describe("seed documents against the hand-made golden files", () => {
  it("finds the three seeds", () => {
    expect(seedNames).toHaveLength(3);
  });

  for (const name of seedNames) {
    describe(name, () => {
      const input = readSeed(name);
      const doc = cleanRecord(raw(input, { path: `${name}.txt` }));

      it("matches the schema", () => {
        expect(CleanDoc.safeParse(doc).success).toBe(true);
      });

      it("gives exactly the golden clean text", () => {
        expect(doc.text).toBe(readGolden(name));
        expect(doc.empty).toBeNull();
      });

      it("lifts title, date, author and source", () => {
        const meta = readGoldenMeta(name);
        expect({ title: doc.title, date: doc.date, author: doc.author, source: doc.source }).toEqual(meta);
      });

      it("records every removal with offsets into the input", () => {
        expect(doc.removed.length).toBeGreaterThan(0);
        for (const r of doc.removed) {
          expect(r.approximate).toBeUndefined();
          expect(input.slice(r.start, r.end)).toBe(r.text);
        }
      });

      it("has segments that copy the input verbatim and cover the whole clean text", () => {
        let covered = 0;
        for (const s of doc.segments) {
          expect(doc.text.slice(s.cleanStart, s.cleanStart + s.length)).toBe(input.slice(s.inputStart, s.inputStart + s.length));
          covered += s.length;
        }
        // Only the "\n\n" paragraph joins are not copied.
        const joins = (doc.text.match(/\n\n/g) ?? []).length * 2;
        expect(covered).toBe(doc.text.length - joins);
      });

      it("removes nothing twice and loses no input text silently", () => {
        const sorted = [...doc.removed].sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
        // Every non-whitespace input char is either in a segment or in a removal.
        const accounted = new Uint8Array(input.length);
        for (const r of doc.removed) accounted.fill(1, r.start, r.end);
        for (const s of doc.segments) accounted.fill(1, s.inputStart, s.inputStart + s.length);
        let unaccounted = "";
        for (let i = 0; i < input.length; i++) if (!accounted[i] && !/\s|\u00a0|\u3000/.test(input[i]!)) unaccounted += input[i];
        expect(unaccounted).toBe("");
      });
    });
  }

  it("seed 000 is English, 001 and 002 Simplified Chinese", () => {
    const langs = seedNames.map((n) => cleanRecord(raw(readSeed(n))).lang);
    expect(langs).toEqual(["en", "zh-Hans", "zh-Hans"]);
  });

  it("seed 002: no decoration, brand, code or inserted name survives, in text or title", () => {
    const doc = cleanRecord(raw(readSeed(seedNames[2]!)));
    for (const bad of ["◈", "ღ", "★", "凯发", "生稻晃子", "k8", "K8", "|"]) {
      expect(doc.text).not.toContain(bad);
      expect(doc.title).not.toContain(bad);
    }
    // The two real sentences that open the stuffed last paragraph stay.
    expect(doc.text.endsWith("液冷散热在散热能力及空间利用率方面优势显著。水的热容量为空气的4000。")).toBe(true);
    // Genuine words that recur dozens of times, often before commas, are all kept.
    const count = (s: string, w: string) => s.split(w).length - 1;
    const input = readSeed(seedNames[2]!);
    for (const w of ["英伟达", "算力", "博通", "阿里"]) {
      expect(count(doc.text, w)).toBeGreaterThan(5);
      expect(count(doc.text, w)).toBe(count(input, w) - count(input.split("\n")[4]!, w));
    }
    const rules = new Set(doc.removed.map((r) => r.rule));
    for (const r of ["spam/decoration-run", "spam/brand-compound", "spam/inserted-string", "spam/title-pipe-name", "spam/nav-row", "spam/dense-sentence"]) {
      expect(rules.has(r)).toBe(true);
    }
  });

  it("seed 001: the related-content block is cut as teaser", () => {
    const doc = cleanRecord(raw(readSeed(seedNames[1]!)));
    const teasers = doc.removed.filter((r) => r.reason === "teaser");
    expect(teasers.map((r) => r.text)).toContain("热门资讯");
    expect(teasers.length).toBe(7);
    expect(doc.text).not.toContain("...");
  });
});
