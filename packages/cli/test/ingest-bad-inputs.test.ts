import { chmodSync, closeSync, copyFileSync, mkdtempSync, openSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { wenku, type Run } from "./run.js";

const asRoot = process.getuid?.() === 0;
const GBK_ARTICLE = fileURLToPath(new URL("../../ingest/test/fixtures/article-gbk.txt", import.meta.url));

/**
 * One directory holding every kind of bad input the issue lists, next to good documents.
 * Expected counts are worked out from what is written here.
 */
describe("wenku ingest on a corpus of bad inputs", () => {
  let dir: string;
  let db: string;
  let run: Run;
  let errors: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "wenku-badinputs-"));
    const w = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
    // Good documents: 2 files.
    w("good.txt", "联想液冷\n\n联想发布了新的液冷服务器，数据中心能效大幅提升，PUE降至1.1。\n");
    w("good.html", "<html><head><meta charset=\"utf-8\"><title>台积电扩产</title></head><body><article><h1>台积电扩产</h1><p>台积电宣布在高雄扩建先进制程工厂，预计明年投产。</p></article></body></html>");
    // Unreadable (permission denied): root reads anything, so that case is skipped as root.
    w("locked.txt", "秘密文件的内容。");
    chmodSync(join(dir, "locked.txt"), 0o000);
    // Binary data under a text extension.
    w("photo.txt", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    // Truncated gzip: a complete first member with 2 records, then half of a second member.
    const member = (lines: object[]) => gzipSync(lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const second = member([{ title: "丢失", body: "这一段在截断之后，读不到。".repeat(50) }]);
    w("feed.jsonl.gz", Buffer.concat([
      member([{ title: "一", body: "宁德时代发布新一代储能电池。" }, { title: "二", body: "比亚迪在匈牙利建设工厂。" }]),
      second.subarray(0, second.length >> 1),
    ]));
    // Invalid UTF-8: Chinese UTF-8 text with two stray bytes (two U+FFFD); the document is kept.
    w("broken-utf8.txt", Buffer.concat([Buffer.from("小米汽车交付量创新高，"), Buffer.from([0xff, 0xfe]), Buffer.from("同比增长明显。\n")]));
    // Declares GBK, is UTF-8: decoded as UTF-8, reported.
    w("wrong-charset.html", "<html><head><meta charset=\"gbk\"><title>华为</title></head><body><p>华为发布了新款手机，市场反应热烈。</p></body></html>");
    // Declares nothing, is GBK: detected, not reported.
    copyFileSync(GBK_ARTICLE, join(dir, "gbk.txt"));
    // Empty.
    w("empty.md", "");
    // JSON Lines with broken lines 2 and 4: lines 1, 3 and 5 are kept.
    w("lines.jsonl", [
      JSON.stringify({ title: "甲", body: "英伟达发布新一代芯片。" }),
      "{\"title\": \"乙\", \"body\": ",
      JSON.stringify({ title: "丙", body: "腾讯云降价百分之二十。" }),
      "not json at all",
      JSON.stringify({ title: "丁", body: "阿里巴巴调整组织架构。" }),
    ].join("\n") + "\n");
    // A 200 MB file on one line, written in 1 MB pieces.
    const fd = openSync(join(dir, "huge.jsonl"), "w");
    const piece = Buffer.alloc(1 << 20, "a");
    writeSync(fd, "{\"body\": \"");
    for (let i = 0; i < 200; i++) writeSync(fd, piece);
    writeSync(fd, "\"}");
    closeSync(fd);
    // HTML nested 100,000 divs deep inside html and body: 100,002 levels.
    w("deep.html", "<html><body>" + "<div>".repeat(100_000) + "深" + "</div>".repeat(100_000) + "</body></html>");
    // A symbolic link pointing at itself.
    symlinkSync("loop.txt", join(dir, "loop.txt"));

    db = join(dir, "index.db");
    run = wenku(["ingest", "--db", db, "--json", "--workers", "1", dir]);
    errors = run.stderr.trim().split("\n");
  }, 120_000);

  const lineFor = (name: string) => errors.filter((l) => l.includes(`/${name}`));

  it("exits 1 and ingests every good document", () => {
    expect(run.status).toBe(1);
    // good.txt, good.html, 2 records before the gzip damage, broken-utf8.txt,
    // wrong-charset.html, gbk.txt, lines 1/3/5 of lines.jsonl (+ locked.txt when root).
    const expected = 2 + 2 + 1 + 1 + 1 + 3 + (asRoot ? 1 : 0);
    expect(run.lines()[0].documents.added).toBe(expected);
    const index = new Database(db, { readonly: true });
    const titles = (index.prepare("SELECT title FROM documents").all() as { title: string }[]).map((r) => r.title);
    index.close();
    expect(titles).toEqual(expect.arrayContaining(["甲", "丙", "丁", "一", "二"]));
    expect(titles).not.toContain("丢失");
  });

  it("reports each bad input on one line naming the file and the reason", () => {
    expect(lineFor("photo.txt")[0]).toMatch(/binary/);
    expect(lineFor("feed.jsonl.gz")[0]).toMatch(/corrupt: .*gzip.*kept the 2 records/);
    expect(lineFor("broken-utf8.txt")[0]).toMatch(/encoding: invalid UTF-8: 2 byte sequences replaced/);
    expect(lineFor("wrong-charset.html")[0]).toMatch(/encoding: declared charset gbk does not fit the bytes; decoded as UTF-8/);
    expect(lineFor("gbk.txt")).toEqual([]);
    expect(lineFor("empty.md")[0]).toMatch(/empty/);
    expect(lineFor("lines.jsonl:2")[0]).toMatch(/bad-record: invalid JSON/);
    expect(lineFor("lines.jsonl:4")[0]).toMatch(/bad-record: invalid JSON/);
    expect(lineFor("huge.jsonl:1")[0]).toMatch(/too-large: line is 200 MB/);
    expect(lineFor("deep.html")[0]).toMatch(/too-deep: HTML elements nested 100002 deep/);
    expect(lineFor("loop.txt")[0]).toMatch(/symbolic link loop/);
    for (const l of errors) expect(l).toMatch(/^wenku: \/\S+: [a-z-]+: /);
  });

  it.skipIf(asRoot)("reports a file it may not read as permission denied", () => {
    expect(lineFor("locked.txt")[0]).toMatch(/unreadable: permission denied/);
  });
  it.runIf(asRoot)("(running as root: chmod 000 does not stop root reading, so locked.txt is ingested like any file)", () => {
    expect(lineFor("locked.txt")).toEqual([]);
  });

  it("keeps the text of the damaged and mislabelled documents, with the damage counted", () => {
    const index = new Database(db, { readonly: true });
    const doc = (file: string) => index.prepare("SELECT text, encoding, replacement_chars FROM documents WHERE path LIKE ?").get(`%/${file}`) as { text: string; encoding: string; replacement_chars: number };
    const broken = doc("broken-utf8.txt");
    const wrong = doc("wrong-charset.html");
    const gbk = doc("gbk.txt");
    index.close();
    expect(broken.encoding).toBe("utf-8");
    expect(broken.replacement_chars).toBe(2);
    expect(wrong.encoding).toBe("utf-8");
    expect(wrong.text).toContain("华为发布了新款手机");
    expect(gbk.encoding).toBe("gb18030");
    expect(gbk.text).toContain("液冷技术收入大幅增长");
  });

  it("a second run reports the still-bad files again and re-reads nothing that was ingested", () => {
    const again = wenku(["ingest", "--db", db, "--json", "--workers", "1", dir]);
    const summary = again.lines()[0];
    expect(summary.documents).toEqual({ added: 0, updated: 0, unchanged: 0 });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/photo\.txt: binary/);
  });
});
