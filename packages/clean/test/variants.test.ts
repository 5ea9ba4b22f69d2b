import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanRecord } from "@wenku/clean";
import { bigramRecall, hasSharedData, raw, readGolden, readGoldenMeta, readSeed, seedNames, sharedData } from "./helpers.js";

const spamSeed = seedNames[2]!;

describe("a generated variant of the spam seed (other decoration, brand, code and name)", () => {
  // Each replaced string occurs only in the injected spam of seed 002, so the golden text
  // stays the expected output.
  const variant = readSeed(spamSeed)
    .replaceAll("◈ღღ★", "ᏃⵣԹ✿")
    .replaceAll("凯发", "鼎盛")
    .replaceAll("k8", "ds9")
    .replaceAll("K8", "DS9")
    .replaceAll("生稻晃子", "北川景子");
  const doc = cleanRecord(raw(variant));

  it("is cleaned to the same golden text and title", () => {
    expect(doc.text).toBe(readGolden(spamSeed));
    expect(doc.title).toBe(readGoldenMeta(spamSeed).title);
    expect(doc.date).toBe(readGoldenMeta(spamSeed).date);
  });

  it("names the new brand and name in the evidence", () => {
    expect(doc.removed.some((r) => r.rule === "spam/brand-compound" && r.detail?.includes("鼎盛"))).toBe(true);
    expect(doc.removed.some((r) => r.rule === "spam/inserted-string" && r.text === "北川景子")).toBe(true);
    for (const r of doc.removed) expect(variant.slice(r.start, r.end)).toBe(r.text);
  });
});

describe("more generated variants: single-char, emoji and dingbat decorations, 3-char brands, no code", () => {
  const cases: Array<[string, string, string, string]> = [
    ["ღ", "永利皇", "yl", "王小二"],
    ["✦⚜", "金沙", "js88", "约翰史密斯"],
    ["🎰🎲", "新葡京", "", "佐藤健"],
  ];
  for (const [deco, brand, code, name] of cases) {
    it(`${deco} / ${brand}${code} / ${name}`, () => {
      const variant = readSeed(spamSeed)
        .replaceAll("◈ღღ★", deco)
        .replaceAll("凯发", brand)
        .replaceAll("k8", code)
        .replaceAll("K8", code.toUpperCase())
        .replaceAll("生稻晃子", name);
      const doc = cleanRecord(raw(variant));
      expect(doc.text).toBe(readGolden(spamSeed));
      expect(doc.title).toBe(readGoldenMeta(spamSeed).title);
    });
  }
});

describe("a Traditional-Chinese spam page", () => {
  const clauses = [
    "台積電公佈第三季財報",
    "營收達新台幣7596億元",
    "年增率超過三成",
    "先進製程佔晶圓營收比重持續上升",
    "公司預期人工智慧相關需求將延續到明年",
    "法人看好資本支出維持高檔",
    "不過匯率波動仍是主要變數",
  ];
  const deco = "ՖՖ☆";
  const body = [
    clauses.slice(0, 4).map((c, i) => `${c}${i === 2 ? "長澤雅美" : ""}${deco}，`).join("") + `完畢${deco}。`,
    clauses.slice(4).map((c, i) => `${c}${i === 1 ? "金冠hk6娛樂官網app" : "長澤雅美"}${deco}，`).join("") + `完畢${deco}。`,
    `${clauses[0]}長澤雅美${deco}。${clauses[6]}${deco}。金冠國際hk6官網登錄手機${deco}。金冠hk6官網入口首頁${deco}，金冠平台靠譜嗎${deco}。`,
  ];
  const text = `金冠hk6娛樂官網app財經快訊:台積電|長澤雅美|營收創新高\n發佈時間：2025-10-16 14:00\n\n${body.join("\n\n")}`;
  const doc = cleanRecord(raw(text));

  it("is detected as zh-Hant and cleaned of decoration, brand and name", () => {
    expect(doc.lang).toBe("zh-Hant");
    expect(doc.title).toBe("財經快訊:台積電營收創新高");
    expect(doc.date).toBe("2025-10-16T14:00:00");
    expect(doc.text).toBe(
      [
        clauses.slice(0, 4).map((c) => `${c}，`).join("") + "完畢。",
        clauses.slice(4).map((c) => `${c}，`).join("") + "完畢。",
        `${clauses[0]}。${clauses[6]}。`,
      ].join("\n\n"),
    );
  });
});

describe.skipIf(!hasSharedData)(`real parasite spam (skipped: ${sharedData} absent)`, () => {
  it("keeps the copied news lines of a GitHub-issue spam excerpt and drops the gambling wrapper", () => {
    const lines = readFileSync(`${sharedData}/spam/github_issue_spam_excerpts.jsonl`, "utf8").trim().split("\n");
    const item = lines.map((l) => JSON.parse(l) as { text: string; title: string }).find((o) => o.text.includes("浙江消防"));
    expect(item).toBeDefined();
    const doc = cleanRecord(raw(item!.text, { meta: { title: item!.title } }));
    const newsLines = item!.text.split("\n").filter((l) => l.trim() && !/百家乐|网址/.test(l));
    expect(newsLines.length).toBeGreaterThanOrEqual(5);
    expect(bigramRecall(newsLines.join(""), doc.text)).toBeGreaterThanOrEqual(0.99);
    for (const bad of ["百家乐", "434", "财源滚滚", "浏览器手动输入", "娱乐城"]) expect(doc.text).not.toContain(bad);
  });
});
