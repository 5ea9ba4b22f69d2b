import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes, readInputFile, repairDoubleEncoding } from "@wenku/ingest";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** What a tool that read UTF-8 bytes with the wrong charset and saved the result produced. */
const misread = (s: string, charset: string) => new TextDecoder(charset).decode(utf8(s));

// 46 characters: 138 UTF-8 bytes, which pair up as 69 GBK characters, none of them invalid
// (checked below: a pair GBK does not define would have been lost as U+FFFD).
const NEWS = "联想集团今天发布第三季度财报，营业收入同比增长百分之十五，净利润达到十亿元人民币，股价上涨了";

describe("double-encoded text (UTF-8 read as another charset, saved again)", () => {
  it("repairs the Latin-1/Windows-1252 shape and records it in the encoding and a note", () => {
    const d = decodeBytes(utf8(misread(NEWS, "windows-1252")));
    expect(d.text).toBe(NEWS);
    expect(d.encoding).toBe("utf-8(repaired:latin1→utf-8)");
    expect(d.replacementChars).toBe(0);
    expect(d.note).toMatch(/double-encoded text \(UTF-8 read as Latin-1\) repaired/);
  });

  it("repairs hand-written Latin-1 mojibake, keeping a character the first decoding lost as U+FFFD", () => {
    // 金 E9 87 91 → é ‡ ‘; 融 E8 9E 8D → è ž and 8D (undefined in Windows-1252) → �; 市 E5 B8 82 →
    // å ¸ ‚; 场 E5 9C BA → å œ º; 大 E5 A4 A7 → å ¤ §; 幅 E5 B9 85 → å ¹ …; 上 E4 B8 8A → ä ¸ Š;
    // 涨 E6 B6 A8 → æ ¶ ¨.
    const r = repairDoubleEncoding("行情：é‡‘èž�å¸‚åœºå¤§å¹…ä¸Šæ¶¨");
    expect(r?.text).toBe("行情：金\ufffd市场大幅上涨");
    expect(r?.readAs).toBe("latin1");
    expect(r?.lostChars).toBe(1);
    expect(decodeBytes(utf8("行情：é‡‘èž�å¸‚åœºå¤§å¹…ä¸Šæ¶¨")).replacementChars).toBe(1);
  });

  it("repairs Traditional Chinese as well (common characters counted in Big5's frequent set)", () => {
    const hant = "香港立法會今日三讀通過《國家安全條例》，議員歷時十一日審議，政府表示會盡快刊憲實施。";
    expect(repairDoubleEncoding(misread(hant, "windows-1252"))?.text).toBe(hant);
  });

  it("repairs the GBK shape", () => {
    expect(misread(NEWS, "gb18030")).not.toContain("\ufffd");
    const d = decodeBytes(utf8(misread(NEWS, "gb18030")));
    expect(d.text).toBe(NEWS);
    expect(d.encoding).toBe("utf-8(repaired:gbk→utf-8)");
    expect(d.note).toMatch(/UTF-8 read as GBK/);
  });

  it("keeps U+FFFD for a last character the GBK reading had already destroyed (odd byte count)", () => {
    // One more character, 。 (E3 80 82): 141 bytes, so its last byte had no partner and the GBK
    // decoder replaced it.
    const odd = NEWS + "。";
    const r = repairDoubleEncoding(misread(odd, "gb18030"));
    expect(r?.text).toBe(odd.slice(0, -1) + "\ufffd");
    expect(r?.lostChars).toBe(1);
  });

  it("repairs hand-written GBK mojibake", () => {
    // 金融市场 = E9 87 91 E8 9E 8D E5 B8 82 E5 9C BA; read two bytes at a time as GBK:
    // E987 閲, 91E8 戣, 9E8D 瀺, E5B8 甯, 82E5 傚, 9CBA 満.
    expect(repairDoubleEncoding("閲戣瀺甯傚満")?.text).toBe("金融市场");
  });

  it("leaves ordinary text alone: Chinese in either script, accented Latin, mixtures", () => {
    for (const text of [
      NEWS,
      "香港立法會今日三讀通過《國家安全條例》，議員歷時十一日審議。",
      "Le café de la Größe naïve — “quoted” … 2025 © Société Générale",
      "中文与English混合，包括é和ü。Müller先生说：“这很好”。",
      "鍏徃", // too short to decide: two characters could be anything
    ]) {
      expect(repairDoubleEncoding(text)).toBeUndefined();
      expect(decodeBytes(utf8(text)).text).toBe(text);
    }
  });

  it("repairs double-encoded JSON Lines records and names the lines in a warning", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-mojibake-"));
    const file = join(dir, "feed.jsonl");
    const lines = [
      { title: "正常", body: "这是一篇正常的中文报道，没有任何问题。" },
      { title: misread("财报", "windows-1252"), body: misread(NEWS, "windows-1252") },
      { title: "另一篇", body: misread(NEWS, "gb18030") },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const r = await readInputFile(file);
    expect(r.records.map((x) => x.text)).toEqual(["这是一篇正常的中文报道，没有任何问题。", NEWS, NEWS]);
    expect(r.records.map((x) => x.encoding)).toEqual(["utf-8", "utf-8(repaired:latin1→utf-8)", "utf-8(repaired:gbk→utf-8)"]);
    expect(r.records[1]!.meta.title).toBe("财报");
    expect(r.problems.map((p) => [p.kind, p.message])).toEqual([["encoding", expect.stringMatching(/2 lines .*double-encoded.*lines 2, 3/)]]);
  });
});
