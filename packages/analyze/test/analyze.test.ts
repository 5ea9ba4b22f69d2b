import { describe, expect, it } from "vitest";
import { analyze, findFigures } from "@wenku/analyze";

describe("analyze", () => {
  it("returns words, entities and figures of one text with offsets into it", () => {
    const s = "聯想集團第二季度營收達到１４６４億元人民幣，同比增長１５％。";
    const a = analyze(s);
    for (const item of [...a.words, ...a.entities, ...a.figures]) expect(s.slice(item.start, item.end)).toBe(item.text);
    expect(a.entities.map((e) => [e.text, e.name])).toEqual([["聯想集團", "Lenovo"]]);
    expect(a.figures.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ["第二季度", "period", "Q2", ""],
      ["１４６４億元人民幣", "money", 146_400_000_000, "CNY"],
      ["１５％", "percent", 15, "%"],
    ]);
    const pct = a.figures[2]!;
    expect([pct.direction, pct.basis, pct.entity]).toEqual(["up", "yoy", "Lenovo"]);
  });

  it("links a figure to the one organisation its sentence names before it, and none when two are named", () => {
    const a = analyze("博通实现营业收入159.5亿美元。Meta与AMD宣布合作，总价值约为600亿美元。");
    const byText = new Map(a.figures.map((f) => [f.text, f]));
    expect(byText.get("159.5亿美元")?.entity).toBe("Broadcom");
    expect(byText.get("600亿美元")?.entity).toBeUndefined();
  });

  it("reads a bare 元 in the source's currency when told (Hong Kong text)", () => {
    const s = "每兩周900元，另撥500億元人民幣";
    const hk = findFigures(s, { yuanCurrency: "HKD" });
    expect(hk.map((f) => [f.text, f.unit])).toEqual([
      ["900元", "HKD"],
      ["500億元人民幣", "CNY"],
    ]);
    expect(findFigures("每兩周900元").map((f) => f.unit)).toEqual(["CNY"]);
  });

  it("uses docDate for month-day dates inside analyze", () => {
    const a = analyze("2月24日，Meta与AMD联合宣布", { docDate: "2026-02-27T13:01:41" });
    expect(a.figures.map((f) => [f.text, f.value])).toEqual([["2月24日", "2026-02-24"]]);
  });
});
