import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { expandInputs, formatOf, parseFieldMapOverride, readInputFile, withOverride } from "@wenku/ingest";

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

describe("formatOf", () => {
  it("maps extensions, including gzip-wrapped ones", () => {
    expect(formatOf("a/b.shtml")).toEqual({ container: "html", gzip: false });
    expect(formatOf("x.jsonl.gz")).toEqual({ container: "jsonl", gzip: true });
    expect(formatOf("r/reut2-000.sgm.gz")).toEqual({ container: "sgml", gzip: true });
    expect(formatOf("notes.docx")).toBeUndefined();
    expect(formatOf("dir.d/README")).toBeUndefined();
  });
});

describe("readInputFile", () => {
  it("reads JSON Lines, maps scraper fields, keeps unknown fields and reports broken lines by number", async () => {
    const r = await readInputFile(fixture("scraper.jsonl"));
    expect(r.records.map((x) => x.record)).toEqual([0, 1]);
    const [a, b] = r.records;
    expect(a!.meta).toMatchObject({ title: "Lenovo liquid cooling revenue up 154%", url: "https://example.com/a", date: "2025-11-20", author: "Staff" });
    expect(a!.meta.extra).toEqual({ section: "tech" });
    expect(a!.format).toBe("text");
    expect(b!.meta.author).toBe("张三, 李四");
    expect(r.problems.map((p) => [p.line, p.kind])).toEqual([
      [2, "bad-record"],
      [3, "bad-record"],
    ]);
    expect(r.problems[0]!.message).toMatch(/no body field/);
  });

  it("honours a field-map override", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-"));
    const f = join(dir, "x.jsonl");
    writeFileSync(f, JSON.stringify({ head: "Real title", title: "Site name", story: "Body text here." }) + "\n");
    const r = await readInputFile(f, { fieldMap: withOverride(parseFieldMapOverride("title=head,body=story")) });
    expect(r.records[0]!.meta.title).toBe("Real title");
    expect(r.records[0]!.text).toBe("Body text here.");
    expect(() => parseFieldMapOverride("titel=head")).toThrow(/bad field mapping/);
  });

  it("splits Reuters SGML into stories with ISO dates and without control entities", async () => {
    const r = await readInputFile(fixture("reuters-sample.sgm"));
    expect(r.records).toHaveLength(2);
    expect(r.records[0]!.meta.title).toBe("COCOA EXPORTS <HIGHER> THIS SEASON");
    expect(r.records[0]!.meta.date).toBe("1987-02-26T15:01:01");
    expect(r.records[0]!.text).toBe("Cocoa exports rose 12 pct this season, traders said.\n Reuter");
    expect(r.records[1]!.meta.date).toBe("1987-03-02T09:10:00");
    expect(r.records[0]!.meta.extra).toMatchObject({ NEWID: "1", topics: ["cocoa"] });
  });

  it("reports empty, binary, corrupt gzip and unsupported files instead of throwing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-"));
    const write = (name: string, data: Uint8Array | string) => (writeFileSync(join(dir, name), data), join(dir, name));
    const cases: [string, string][] = [
      [write("empty.txt", ""), "empty"],
      [write("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 1, 2])), "binary"],
      [write("cut.txt.gz", gzipSync("hello world, a long enough text").subarray(0, 12)), "corrupt"],
      [write("doc.pdf", "%PDF-1.4"), "unsupported"],
      [join(dir, "missing.txt"), "unreadable"],
    ];
    for (const [path, kind] of cases) {
      const r = await readInputFile(path);
      expect(r.records, path).toHaveLength(0);
      expect(r.problems.map((p) => p.kind), path).toEqual([kind]);
    }
  });

  it("hashes the file bytes so unchanged inputs can be recognised", async () => {
    const a = await readInputFile(fixture("article-gbk.txt"));
    const b = await readInputFile(fixture("article-gbk.txt"));
    expect(a.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.fileHash).toBe(b.fileHash);
    expect(a.records[0]!.encoding).toBe("gb18030");
  });
});

describe("expandInputs", () => {
  it("walks directories recursively, skips hidden and ignored entries, and reports missing paths", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-"));
    mkdirSync(join(dir, "sub"));
    mkdirSync(join(dir, "golden"));
    mkdirSync(join(dir, ".cache"));
    for (const f of ["a.txt", "sub/b.html", "sub/c.jsonl.gz", "golden/g.txt", ".cache/h.txt", "notes.docx"]) writeFileSync(join(dir, f), "x");
    writeFileSync(join(dir, ".wenkuignore"), "# expectations, not articles\ngolden/\n");
    const r = await expandInputs([dir, join(dir, "nope.txt")]);
    expect(r.files).toEqual([join(dir, "a.txt"), join(dir, "sub/b.html"), join(dir, "sub/c.jsonl.gz")]);
    expect(r.problems).toEqual([{ path: join(dir, "nope.txt"), kind: "unreadable", message: "no such file or directory" }]);
    const g = await expandInputs([join(dir, "sub/*.html")]);
    expect(g.files).toEqual([join(dir, "sub/b.html")]);
  });
});

describe("textRecord", () => {
  it("makes a record for text that came from no file, hashing the text and counting U+FFFD", async () => {
    const { textRecord } = await import("@wenku/ingest");
    const r = textRecord("联想\ufffd液冷", { format: "html", path: "stdin" });
    expect(r).toMatchObject({ path: "stdin", record: 0, container: "html", format: "html", text: "联想\ufffd液冷", encoding: "utf-8", replacementChars: 1 });
    expect(r.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(textRecord("联想\ufffd液冷").fileHash).toBe(r.fileHash);
    expect(textRecord("other").fileHash).not.toBe(r.fileHash);
  });
});
