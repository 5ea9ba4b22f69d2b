import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDatabase, searchIndex, writeFile } from "@wenku/index";
import { record } from "./helpers.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BUILT = existsSync(join(ROOT, "packages/index/dist/index.js"));

function dbPath(): string {
  return join(mkdtempSync(join(tmpdir(), "wenku-wal-")), "corpus.db");
}

describe("searching while an ingest is running (WAL)", () => {
  it("a reader is not blocked by an open write transaction, and sees documents once committed", () => {
    const path = dbPath();
    const writer = openDatabase(path);
    writeFile(writer, "/w/old.txt", "o", 0, [record("/w/old.txt", "早已收录的液冷报道。")]);
    const reader = openDatabase(path, { readonly: true });
    expect(searchIndex(reader, { query: "液冷" }).total).toBe(1);

    writer.exec("BEGIN IMMEDIATE");
    writeFile(writer, "/w/new.txt", "n", 0, [record("/w/new.txt", "正在写入的液冷新闻。")]);
    // The write is not committed: the reader answers at once from the last committed state.
    const during = searchIndex(reader, { query: "液冷" });
    expect(during.hits.map((h) => h.path)).toEqual(["/w/old.txt"]);
    writer.exec("COMMIT");

    const after = searchIndex(reader, { query: "液冷" });
    expect(after.hits.map((h) => h.path).sort()).toEqual(["/w/new.txt", "/w/old.txt"]);
    reader.close();
    writer.close();
  });

  it.skipIf(!BUILT)("another process ingesting file after file: every search succeeds and sees each committed file", async () => {
    const path = dbPath();
    openDatabase(path).close();
    const FILES = 60;
    // The writer is a separate Node process using the built library, one transaction a file.
    const script = `
      import { openDatabase, writeFile } from "@wenku/index";
      const db = openDatabase(${JSON.stringify(path)});
      for (let i = 0; i < ${FILES}; i++) {
        const p = "/c/" + i + ".txt";
        const text = "第" + i + "篇液冷报道。" + "填充文字。".repeat(200);
        writeFile(db, p, "h" + i, 0, [{
          raw: { path: p, record: 0, container: "text", format: "text", text, encoding: "utf-8", replacementChars: 0, meta: {}, fileHash: "h" + i },
          clean: { path: p, record: 0, title: "", originalTitle: "", titleRemoved: [], date: null, author: null, source: null, url: null, lang: "zh-Hans", text, removed: [], segments: [], empty: null },
          analysis: { words: [], entities: [], figures: [] },
        }]);
        await new Promise((r) => setTimeout(r, 5));
      }
      db.close();
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let running = true;
    void exited.then(() => (running = false));

    const reader = openDatabase(path, { readonly: true });
    const seen: number[] = [];
    while (running) {
      seen.push(searchIndex(reader, { query: "液冷" }).total);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(await exited, stderr).toBe(0);
    // Searches ran during the ingest, saw it grow, and never went backwards.
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.some((n) => n > 0 && n < FILES)).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(searchIndex(reader, { query: "液冷" }).total).toBe(FILES);
    reader.close();
  });
});
