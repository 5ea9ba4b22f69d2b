import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { WARCRecord, WARCSerializer } from "warcio";
import { describe, expect, it } from "vitest";
import { htmlNestingDepth, readInputFile, readRecords, splitLines, type ReadEvent } from "@wenku/ingest";

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const tmp = () => mkdtempSync(join(tmpdir(), "wenku-stream-"));

async function* chunksOf(...parts: string[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("splitLines", () => {
  it("splits across chunk boundaries, drops \\r, numbers lines, and skips a line over the limit without holding it", async () => {
    const lines = await collect(splitLines(chunksOf("ab", "c\r\nde", "f\n", "0123456789", "0123\nlast"), 8));
    expect(lines.map((l) => [l.number, l.bytes?.toString(), l.tooLong])).toEqual([
      [1, "abc", undefined],
      [2, "def", undefined],
      [3, undefined, 14],
      [4, "last", undefined],
    ]);
  });
});

describe("readRecords streaming", () => {
  it("reads gzipped JSON Lines line by line and reports an over-long line by number, keeping the rest", async () => {
    const dir = tmp();
    const f = join(dir, "feed.jsonl.gz");
    const long = JSON.stringify({ title: "long", body: "x".repeat(5000) });
    writeFileSync(f, gzipSync([JSON.stringify({ title: "a", body: "第一篇" }), long, JSON.stringify({ title: "c", body: "第三篇" })].join("\n")));
    const events: ReadEvent[] = await collect(readRecords(f, { maxDocumentBytes: 1000 }));
    const records = events.flatMap((e) => ("record" in e ? [e.record] : []));
    const problems = events.flatMap((e) => ("problem" in e ? [e.problem] : []));
    expect(records.map((r) => [r.record, r.meta.title, r.text])).toEqual([
      [0, "a", "第一篇"],
      [1, "c", "第三篇"],
    ]);
    expect(problems).toEqual([{ path: f, line: 2, kind: "too-large", message: expect.stringMatching(/^line is 0\.0 MB, over the 0\.0 MB limit/) }]);
  });

  it("decodes a JSON Lines line that is not UTF-8 on its own and says which line", async () => {
    const dir = tmp();
    const f = join(dir, "mixed.jsonl");
    const gbkBody = readFileSync(fixture("article-gbk.txt")).subarray(0, 60); // whole GBK characters: 2 bytes each, ASCII-free
    writeFileSync(f, Buffer.concat([Buffer.from('{"body": "utf-8 line"}\n{"body": "'), gbkBody, Buffer.from('"}\n')]));
    const r = await readInputFile(f);
    expect(r.records).toHaveLength(2);
    expect(r.records[1]!.text).toContain("联想集团");
    expect(r.problems).toEqual([{ path: f, kind: "encoding", message: "1 lines are not UTF-8 (lines 2); decoded as gb18030" }]);
  });

  it("streams SGML stories and says when the last one is cut off", async () => {
    const dir = tmp();
    const whole = readFileSync(fixture("reuters-sample.sgm"), "latin1");
    const f = join(dir, "cut.sgm.gz");
    const cut = whole.slice(0, whole.lastIndexOf("</REUTERS>"));
    writeFileSync(f, gzipSync(Buffer.from(cut, "latin1")));
    const r = await readInputFile(f);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.meta.title).toBe("COCOA EXPORTS <HIGHER> THIS SEASON");
    expect(r.problems.map((p) => p.kind)).toEqual(["corrupt"]);
  });
});

describe("WARC", () => {
  async function writeWarc(path: string) {
    const gbkPage = Buffer.concat([Buffer.from("<html><head><title>t</title></head><body><p>"), readFileSync(fixture("article-gbk.txt")), Buffer.from("</p></body></html>")]);
    const records = [
      WARCRecord.createWARCInfo({ filename: "crawl.warc.gz", warcVersion: "WARC/1.1" }, { software: "test" }),
      WARCRecord.create({ url: "https://a.example/news/1", type: "request", warcVersion: "WARC/1.1", httpHeaders: { Host: "a.example" }, statusline: "GET /news/1 HTTP/1.1" }, [Buffer.from("")]),
      WARCRecord.create({ url: "https://a.example/news/1", date: "2025-03-01T08:00:00Z", type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": "text/html; charset=GBK" }, statusline: "HTTP/1.1 200 OK" }, [gbkPage]),
      WARCRecord.create({ url: "https://a.example/logo.png", type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": "image/png" }, statusline: "HTTP/1.1 200 OK" }, [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])]),
      WARCRecord.create({ url: "https://b.example/en", type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": "text/html" }, statusline: "HTTP/1.1 200 OK" }, [Buffer.from("<html><head><meta charset=\"utf-8\"></head><body><p>Lenovo’s liquid cooling revenue rose.</p></body></html>")]),
    ];
    const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(r, { gzip: true })));
    writeFileSync(path, Buffer.concat(parts));
  }

  it("yields one HTML document per response record, decoded with the HTTP charset, with its URL; skips requests and images", async () => {
    const f = join(tmp(), "crawl.warc.gz");
    await writeWarc(f);
    const r = await readInputFile(f);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.record, x.container, x.format, x.encoding, x.meta.url])).toEqual([
      [0, "warc", "html", "gb18030", "https://a.example/news/1"],
      [1, "warc", "html", "utf-8", "https://b.example/en"],
    ]);
    expect(r.records[0]!.text).toContain("液冷技术收入大幅增长");
    expect(r.records[0]!.meta.extra).toMatchObject({ crawled: "2025-03-01T08:00:00Z", httpStatus: 200 });
    expect(r.records[1]!.text).toContain("Lenovo’s liquid cooling");
  });

  it("reports a file that is not WARC at all", async () => {
    const f = join(tmp(), "fake.warc");
    writeFileSync(f, "this is not a warc file\n");
    const r = await readInputFile(f);
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => p.kind)).toEqual(["corrupt"]);
    expect(r.problems[0]!.message).toMatch(/does not start with a WARC version line/);
  });
});

describe("htmlNestingDepth", () => {
  it("counts element levels, not void elements, optional end tags, comments or script content", () => {
    expect(htmlNestingDepth("<div><section><p>a<p>b<br><img src=x></section></div>")).toBe(2);
    expect(htmlNestingDepth("<div><!-- <div><div><div> --><script>if (a<b) '<div><div>'</script></div>")).toBe(1);
    expect(htmlNestingDepth("<span/><span/><b><i>x</i></b>")).toBe(2);
  });
});

describe("expandInputs with symbolic links", () => {
  it("reads a file reached through a looping directory link once and reports links that loop", async () => {
    const { mkdirSync, symlinkSync } = await import("node:fs");
    const { expandInputs } = await import("@wenku/ingest");
    const dir = tmp();
    mkdirSync(join(dir, "d"));
    writeFileSync(join(dir, "d", "a.txt"), "正文");
    symlinkSync("..", join(dir, "d", "up")); // d/up/d/up/… : a directory cycle
    symlinkSync("self.txt", join(dir, "self.txt"));
    const r = await expandInputs([dir, join(dir, "self.txt")]);
    expect(r.files).toEqual([join(dir, "d", "a.txt")]);
    expect(r.problems).toEqual([{ path: join(dir, "self.txt"), kind: "unreadable", message: "symbolic link loop" }]);
  });
});
