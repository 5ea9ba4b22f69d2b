import { describe, expect, it } from "vitest";
import type { Figure } from "@wenku/analyze";
import { listFigures, writeAliases, writeFile } from "@wenku/index";
import { record, tempDb } from "./helpers.js";

function withFigures(path: string, text: string, date: string, figures: Omit<Figure, "start" | "end">[]) {
  const r = record(path, text, { date, entities: text.includes("博通") ? [["博通", "Broadcom", "ORG"]] : [] });
  r.analysis.figures = figures.map((f) => {
    const start = text.indexOf(f.text);
    return { ...f, start, end: start + f.text.length };
  });
  return r;
}

describe("listFigures", () => {
  const db = tempDb();
  writeAliases(db, [{ name: "Broadcom", type: "ORG", aliases: ["博通"] }]);
  writeFile(db, "/f/a.txt", "a", 0, [
    withFigures("/f/a.txt", "博通2025财年第三财季营收159.5亿美元，同比增长22%。", "2025-09-05", [
      { text: "2025财年第三财季", kind: "period", value: "FY2025-Q3", unit: "", approx: false, entity: "Broadcom" },
      { text: "159.5亿美元", kind: "money", value: 15950000000, unit: "USD", approx: false, entity: "Broadcom" },
      { text: "22%", kind: "percent", value: 22, unit: "%", approx: false, direction: "up", basis: "yoy" },
    ]),
  ]);
  writeFile(db, "/f/b.txt", "b", 0, [
    withFigures("/f/b.txt", "2024年12月，某公司营收约3亿元。", "2025-01-10", [
      { text: "2024年12月", kind: "date", value: "2024-12", unit: "", approx: false },
      { text: "约3亿元", kind: "money", value: 300000000, unit: "CNY", approx: true },
    ]),
  ]);

  const texts = (f: Parameters<typeof listFigures>[1]) => listFigures(db, f).map((x) => x.text);

  it("filters on kind, unit, value range and entity (any alias)", () => {
    expect(texts({ kind: "money" })).toEqual(["159.5亿美元", "约3亿元"]);
    expect(texts({ kind: "money", min: 1e9 })).toEqual(["159.5亿美元"]);
    expect(texts({ kind: "money", max: 1e9 })).toEqual(["约3亿元"]);
    expect(texts({ unit: "%" })).toEqual(["22%"]);
    expect(texts({ entity: "博通", kind: "money" })).toEqual(["159.5亿美元"]);
  });

  it("compares dates and periods as calendar spans, whatever their notation", () => {
    expect(texts({ kind: "period", from: "2025-06" })).toEqual(["2025财年第三财季"]);
    expect(texts({ kind: "period", to: "2024" })).toEqual([]);
    expect(texts({ kind: "date", to: "2024-12-31" })).toEqual(["2024年12月"]);
    expect(texts({ kind: "date", from: "2025" })).toEqual([]);
    // Other figures take their document's date.
    expect(texts({ kind: "money", from: "2025-02" })).toEqual(["159.5亿美元"]);
    expect(texts({ kind: "money", from: "2025", to: "2025", limit: 1 })).toEqual(["159.5亿美元"]);
  });
});
