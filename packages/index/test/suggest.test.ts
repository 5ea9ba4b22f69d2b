import { describe, expect, it } from "vitest";
import { rebuildSuggestions, suggest, writeAliases, writeFile } from "@wenku/index";
import { record, tempDb } from "./helpers.js";

function corpus() {
  const db = tempDb();
  writeAliases(db, [
    { name: "Lenovo", type: "ORG", aliases: ["联想", "聯想", "Lenovo Group"] },
    { name: "Legend Holdings", type: "ORG", aliases: ["联想控股"] },
    { name: "Nvidia", type: "ORG", aliases: ["英伟达"] },
  ]);
  // Lenovo is mentioned in two documents, Legend Holdings in one, Nvidia in none.
  writeFile(db, "/s/1.txt", "1", 0, [record("/s/1.txt", "联想发布液冷服务器", { title: "数据中心液冷技术走向成熟", entities: [["联想", "Lenovo", "ORG"]] })]);
  writeFile(db, "/s/2.txt", "2", 0, [record("/s/2.txt", "联想集团业绩", { title: "Liquid cooling reaches the mainstream", lang: "en", entities: [["联想", "Lenovo", "ORG"]] })]);
  writeFile(db, "/s/3.txt", "3", 0, [record("/s/3.txt", "联想控股公告", { title: "液冷服务器出货量翻番", entities: [["联想控股", "Legend Holdings", "ORG"]] })]);
  rebuildSuggestions(db);
  return db;
}

const texts = (list: { text: string }[]) => list.map((s) => s.text);

describe("suggest", () => {
  it("suggests names and aliases of mentioned entities by the start of any of their words, in any script", () => {
    const db = corpus();
    const len = suggest(db, "len");
    expect(texts(len.filter((s) => s.kind === "entity"))).toEqual(expect.arrayContaining(["Lenovo", "Lenovo Group"]));
    expect(len.find((s) => s.text === "Lenovo Group")!.ref).toBe("Lenovo");
    // "gro" is the start of the second word of "Lenovo Group".
    expect(texts(suggest(db, "gro"))).toContain("Lenovo Group");
    // Traditional input meets Simplified names.
    expect(texts(suggest(db, "聯想"))).toEqual(expect.arrayContaining(["联想", "聯想"]));
    // Never mentioned in the corpus: not suggested.
    expect(texts(suggest(db, "英伟"))).not.toContain("英伟达");
    expect(texts(suggest(db, "nvid"))).toEqual([]);
  });

  it("puts the entity more documents mention first", () => {
    const db = corpus();
    const names = suggest(db, "联想").filter((s) => s.kind === "entity").map((s) => s.ref);
    expect(names[0]).toBe("Lenovo");
    expect(names).toContain("Legend Holdings");
    expect(names.indexOf("Lenovo")).toBeLessThan(names.indexOf("Legend Holdings"));
  });

  it("suggests titles by words anywhere in them, the last word half-typed, those starting with it first", () => {
    const db = corpus();
    const titles = (q: string) => texts(suggest(db, q).filter((s) => s.kind === "title"));
    // Mid-title Chinese: 液冷 is inside the first title and starts the third.
    expect(titles("液冷")).toEqual(["液冷服务器出货量翻番", "数据中心液冷技术走向成熟"]);
    // A half-typed English word, even though the index holds "cooling" by its stem.
    expect(titles("liquid cooli")).toEqual(["Liquid cooling reaches the mainstream"]);
    expect(titles("mainst")).toEqual(["Liquid cooling reaches the mainstream"]);
    expect(titles("服务器出")).toEqual(["液冷服务器出货量翻番"]);
    expect(titles("量子")).toEqual([]);
  });

  it("knows titles written after the last rebuild, and keeps no title in its persisted index", () => {
    const db = corpus();
    writeFile(db, "/s/4.txt", "4", 0, [record("/s/4.txt", "正文", { title: "冷板式液冷方案" })]);
    expect(texts(suggest(db, "冷板"))).toEqual(["冷板式液冷方案"]);
    const stored = (db.prepare("SELECT group_concat(value, ' ') AS v FROM meta WHERE key LIKE 'suggest:%'").get() as { v: string }).v;
    expect(stored).toContain("Lenovo");
    expect(stored).not.toContain("走向成熟");
  });

  it("answers an empty or punctuation-only prefix with nothing, and a limit with at most that many", () => {
    const db = corpus();
    expect(suggest(db, "  ")).toEqual([]);
    expect(suggest(db, "？！")).toEqual([]);
    expect(suggest(db, "联", 2)).toHaveLength(2);
  });
});
