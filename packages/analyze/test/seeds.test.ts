import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze, Analysis, type Figure } from "@wenku/analyze";

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/seeds/${name}`, import.meta.url)), "utf8");
const SEEDS = ["000_5be93f938e3081d4.txt", "001_b43fb908365746bf.txt", "002_30eaa08ce56590b5.txt"];

describe("acceptance: seed 000 (English Lenovo report)", () => {
  const text = seed("000_5be93f938e3081d4.txt");
  const { figures } = analyze(text);
  const find = (kind: string, value: number | string, unit?: string): Figure | undefined =>
    figures.find((f) => f.kind === kind && f.value === value && (unit === undefined || f.unit === unit));

  it("finds the headline figures with exact spans", () => {
    const expected: [string, number, string, string][] = [
      ["money", 146_400_000_000, "CNY", "146.4 billion RMB"],
      ["percent", 15, "%", "15%"],
      ["percent", 154, "%", "154%"],
      ["percentage_point", 0.3, "pp", "0.3 percentage points"],
      ["percentage_point", 1.2, "pp", "1.2 percentage points"],
      ["ratio", 1.1, "", "1.1"],
      ["ratio", 1.035, "", "1.035"],
    ];
    for (const [kind, value, unit, surface] of expected) {
      const f = find(kind, value, unit);
      expect(f, `${kind} ${value}`).toBeDefined();
      expect(f!.text).toBe(surface);
      expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    }
  });

  it("links the revenue to Lenovo and reads the fiscal period", () => {
    expect(find("money", 146_400_000_000)?.entity).toBe("Lenovo");
    expect(find("period", "FY2025/26-Q2")?.text).toBe("Q2 of FY2025/26");
    expect(find("money", 29_300_000_000, "CNY")?.approx).toBe(true);
  });

  it("takes no figure from the [1] / [2] citation markers", () => {
    for (const f of figures) expect(f.text).not.toMatch(/^\[?\d\]?$/);
  });
});

describe("seed 002 (Chinese analyst report)", () => {
  const text = seed("002_30eaa08ce56590b5.txt");
  const { figures, entities } = analyze(text, { docDate: "2025-10-07T22:02:17" });
  const has = (kind: string, value: number | string, unit: string, surface: string) =>
    figures.some((f) => f.kind === kind && f.value === value && f.unit === unit && f.text === surface);

  it("finds the report's figures", () => {
    expect(has("money", 15_950_000_000, "USD", "159.5亿美元")).toBe(true);
    expect(has("power", 700, "W", "700瓦")).toBe(true);
    expect(has("power", 5500, "W", "5.5 KW")).toBe(true);
    expect(has("quantity", 800, "V", "800V")).toBe(true);
    expect(has("power", 1e6, "W", "1 MW")).toBe(true);
    expect(has("period", "FY2026-Q2", "", "FY26Q2")).toBe(true);
    expect(has("period", "2025-Q2", "", "2025Q2")).toBe(true);
    expect(has("period", "2025-H2", "", "25H2")).toBe(true);
    expect(has("date", "2025-08-08", "", "2025年8月8日")).toBe(true);
    expect(has("date", "2025-08-13", "", "8月13日")).toBe(true);
    const g = figures.find((f) => f.text === "22%")!;
    expect([g.direction, g.basis, g.entity]).toEqual(["up", "yoy", "Broadcom"]);
  });

  it("finds the companies and people", () => {
    const byName = new Set(entities.map((e) => e.name));
    for (const n of ["Broadcom", "NVIDIA", "Alibaba", "Tencent", "Huawei", "Hock Tan", "Eddie Wu", "Martin Lau", "State Council", "CSC Financial"]) {
      expect(byName.has(n), n).toBe(true);
    }
  });
});

describe("offsets over all seeds", () => {
  for (const name of SEEDS) {
    it(`${name}: every word, entity and figure slices back to its text`, () => {
      const text = seed(name);
      const result = analyze(text, { docDate: "2026-02-27T13:01:41" });
      expect(Analysis.safeParse(result).success).toBe(true);
      expect(result.words.length).toBeGreaterThan(100);
      expect(result.entities.length).toBeGreaterThan(5);
      expect(result.figures.length).toBeGreaterThan(5);
      for (const item of [...result.words, ...result.entities, ...result.figures]) {
        expect(text.slice(item.start, item.end)).toBe(item.text);
      }
      // Words are non-overlapping and in order, and none is whitespace.
      let last = 0;
      for (const w of result.words) {
        expect(w.start).toBeGreaterThanOrEqual(last);
        expect(w.text.trim()).toBe(w.text);
        expect(w.text.length).toBeGreaterThan(0);
        last = w.end;
      }
    });
  }
});
