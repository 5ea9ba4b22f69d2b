import { describe, expect, it } from "vitest";
import { segment } from "@wenku/analyze";

const texts = (s: string) => segment(s).map((w) => w.text);

describe("segment", () => {
  it("keeps mixed Latin/number tokens whole", () => {
    const cases = [
      "Q2", "FY2025/26", "FY26Q2", "24Q2", "25H2", "154%", "6GW", "1.6T", "GB300", "NVL72",
      "H100", "PM2.5", "C919", "DeepSeek-V3.1", "AC-DC", "146.4", "1,000",
    ];
    for (const token of cases) {
      expect(texts(`在${token}中`), token).toEqual(["在", token, "中"]);
    }
  });

  it("splits a number and its unit across a space into two words", () => {
    expect(texts("目前5.5 KW电源")).toEqual(["目前", "5.5", "KW", "电源"]);
  });

  it("does not glue sentence punctuation or list commas into tokens", () => {
    expect(texts("revenue of 146.4 billion RMB, up 15%.")).toEqual(["revenue", "of", "146.4", "billion", "RMB", "up", "15%"]);
    expect(texts("2025,2026")).toEqual(["2025", "2026"]);
  });

  it("keeps domain and company words whole (user dictionary)", () => {
    const words = texts("英伟达、台积电、博通、中芯国际和字节跳动都在扩大算力，液冷和光模块需求上升");
    for (const w of ["英伟达", "台积电", "博通", "中芯国际", "字节跳动", "算力", "液冷", "光模块"]) expect(words).toContain(w);
  });

  it("segments Traditional text on its Simplified copy and returns the original characters", () => {
    const s = "聯想集團與輝達合作";
    const words = segment(s);
    expect(words.map((w) => w.text).join("")).toBe(s);
    expect(words.map((w) => w.text)).toContain("聯想集團");
    for (const w of words) expect(s.slice(w.start, w.end)).toBe(w.text);
  });

  it("gives each word a kind and leaves out whitespace and punctuation", () => {
    const words = segment("联想 Lenovo 2025, H100!");
    expect(words.map((w) => [w.text, w.kind])).toEqual([
      ["联想", "han"],
      ["Lenovo", "latin"],
      ["2025", "number"],
      ["H100", "mixed"],
    ]);
  });

  it("splits Han from digits (2025年 → 2025 / 年)", () => {
    expect(texts("2025年")).toEqual(["2025", "年"]);
  });
});
