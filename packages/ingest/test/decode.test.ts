import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBytes, looksBinary, sniffDeclaredCharset } from "@wenku/ingest";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const ORIGINAL = "联想集团公布第二财季业绩，营收同比增长百分之十五，创下历史新高。";

describe("decodeBytes", () => {
  it("detects undeclared GBK", () => {
    const d = decodeBytes(fixture("article-gbk.txt"));
    expect(d.encoding).toBe("gb18030");
    expect(d.text.startsWith(ORIGINAL)).toBe(true);
    expect(d.replacementChars).toBe(0);
  });

  it("detects undeclared Big5", () => {
    const d = decodeBytes(fixture("article-big5.txt"));
    expect(d.encoding).toBe("big5");
    expect(d.text.startsWith("聯想集團公布第二財季業績")).toBe(true);
  });

  it("honours a UTF-16 byte-order mark", () => {
    const d = decodeBytes(fixture("article-utf16.txt"));
    expect(d.encoding).toBe("utf-16le");
    expect(d.text.startsWith(ORIGINAL)).toBe(true);
  });

  it("uses a declared charset, but not when the bytes are valid UTF-8 that contradicts it", () => {
    expect(decodeBytes(fixture("article-gbk.txt"), "gb2312").text.startsWith(ORIGINAL)).toBe(true);
    const utf8 = new TextEncoder().encode(ORIGINAL);
    const d = decodeBytes(utf8, "gbk");
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe(ORIGINAL);
  });

  it("counts replacement characters in text that is broken in every encoding", () => {
    const broken = new Uint8Array([...new TextEncoder().encode("联想"), 0xff, 0xfe, 0xff, ...new TextEncoder().encode("液冷")]);
    const d = decodeBytes(broken, "utf-8");
    expect(d.replacementChars).toBeGreaterThan(0);
  });

  it("sniffs meta charset declarations", () => {
    const html = new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>');
    expect(sniffDeclaredCharset(html)).toBe("gb2312");
    expect(sniffDeclaredCharset(new TextEncoder().encode('<meta charset="big5">'))).toBe("big5");
    expect(sniffDeclaredCharset(new TextEncoder().encode("<p>none</p>"))).toBeUndefined();
  });

  it("tells binary data from text", () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]))).toBe(true);
    expect(looksBinary(fixture("article-gbk.txt"))).toBe(false);
  });
});
