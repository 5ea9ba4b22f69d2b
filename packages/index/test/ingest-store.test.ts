import { describe, expect, it } from "vitest";
import { Corpus, documentId, writeFile } from "@wenku/index";
import { record, tempDb } from "./helpers.js";

describe("how the writer stores a document's raw input and removals", () => {
  it("keeps them compressed, gives them back exactly, and still reads indexes that hold them as text", () => {
    const db = tempDb();
    const raw = "<html><body><p>联想液冷服务器出货量同比增长154%。</p>\n<p>Lenovo said so.</p></body></html>\n".repeat(40);
    const withRemoval = (r: ReturnType<typeof record>) => {
      r.clean.removed = [{ start: 0, end: 12, text: "<html><body>", reason: "markup", rule: "html/outside-main" }];
      return r;
    };
    expect(writeFile(db, "/r/page.txt", "h1", 0, [withRemoval(record("/r/page.txt", raw))])).toEqual(["added"]);
    const id = documentId("/r/page.txt", 0);
    const stored = db.prepare("SELECT typeof(raw_text) AS type, length(raw_text) AS bytes, typeof(removed) AS removed FROM documents WHERE id = ?").get(id) as { type: string; bytes: number; removed: string };
    expect(stored.type).toBe("blob");
    expect(stored.removed).toBe("blob");
    // 40 copies of one line: deflate keeps little more than one.
    expect(stored.bytes).toBeLessThan(Buffer.byteLength(raw) / 10);
    const corpus = Corpus.open(db.name);
    expect(corpus.get(id)!.raw.text).toBe(raw);
    expect(corpus.get(id)!.removed).toEqual([{ start: 0, end: 12, text: "<html><body>", reason: "markup", rule: "html/outside-main" }]);
    expect(corpus.stats().removed).toEqual({ spans: 1, chars: 12, byReason: { markup: 1 } });

    // Written again unchanged: recognised as unchanged through the compressed bytes.
    expect(writeFile(db, "/r/page.txt", "h1", 0, [record("/r/page.txt", raw)])).toEqual(["unchanged"]);
    // An index from before compression holds TEXT: read as is, compared as is.
    db.prepare("UPDATE documents SET raw_text = ?, removed = ? WHERE id = ?").run(raw, '[{"start":0,"end":6,"text":"<html>","reason":"markup","rule":"html/outside-main"}]', id);
    expect(corpus.get(id)!.raw.text).toBe(raw);
    expect(corpus.get(id)!.removed.map((r) => r.text)).toEqual(["<html>"]);
    expect(corpus.stats().removed.chars).toBe(6);
    expect(writeFile(db, "/r/page.txt", "h1", 0, [record("/r/page.txt", raw)])).toEqual(["unchanged"]);
    expect(writeFile(db, "/r/page.txt", "h2", 0, [record("/r/page.txt", raw + "<p>更正</p>")])).toEqual(["updated"]);
    expect(corpus.get(id)!.raw.text).toBe(raw + "<p>更正</p>");
    corpus.close();
    db.close();
  });
});
