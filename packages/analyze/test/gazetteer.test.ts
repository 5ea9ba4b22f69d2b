import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_GAZETTEER_PATH, Gazetteer, defaultGazetteer, foldForSearch } from "@wenku/analyze";

describe("Gazetteer", () => {
  const g = defaultGazetteer();

  it("resolves Lenovo in any script, case and width to one entry", () => {
    const forms = ["联想", "聯想", "lenovo", "Lenovo", "Lenovo Group", "LENOVO GROUP", "联想集团", "聯想集團", "ＬＥＮＯＶＯ"];
    for (const f of forms) expect(g.resolve(f)?.name, f).toBe("Lenovo");
    expect(new Set(forms.map((f) => g.resolve(f)))).toHaveProperty("size", 1);
    expect(g.resolve("联想")?.type).toBe("ORG");
  });

  it("resolves other bilingual names", () => {
    expect(g.resolve("輝達")?.name).toBe("NVIDIA");
    expect(g.resolve("英伟达")?.name).toBe("NVIDIA");
    expect(g.resolve("台積電")?.name).toBe("TSMC");
    expect(g.resolve("黄仁勋")?.name).toBe("Jensen Huang");
    expect(g.resolve("臺灣")?.name).toBe("Taiwan");
    expect(g.resolve("AWS")?.name).toBe("Amazon Web Services");
    expect(g.resolve("亚马逊")?.name).toBe("Amazon");
    expect(g.resolve("no such company")).toBeUndefined();
  });

  it("has at least 150 entries of every type, aliases including the name", () => {
    const entries = g.entries();
    expect(entries.length).toBeGreaterThanOrEqual(150);
    for (const t of ["ORG", "PERSON", "PLACE", "PRODUCT"]) expect(entries.some((e) => e.type === t)).toBe(true);
    for (const e of entries) expect(e.aliases).toContain(e.name);
  });

  it("every alias in the data file resolves back to its own entry (no alias shared by two entries)", () => {
    const raw = JSON.parse(readFileSync(DEFAULT_GAZETTEER_PATH, "utf8")) as {
      sources: string;
      entries: { name: string; type: string; aliases: string[] }[];
    };
    expect(typeof raw.sources).toBe("string");
    const owner = new Map<string, string>();
    for (const e of raw.entries) {
      for (const alias of [e.name, ...e.aliases]) {
        const key = foldForSearch(alias).text;
        const prev = owner.get(key);
        expect(prev === undefined || prev === e.name, `${alias} is listed for ${prev} and ${e.name}`).toBe(true);
        owner.set(key, e.name);
        const resolved = g.resolve(alias);
        expect(resolved?.name, alias).toBe(e.name);
        expect(resolved?.type, alias).toBe(e.type);
      }
    }
  });

  it("loads a user gazetteer on top of the built-in one and rejects an alias claimed twice", () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-gaz-"));
    const mine = join(dir, "mine.json");
    writeFileSync(
      mine,
      JSON.stringify([
        { name: "Inspur", type: "ORG", aliases: ["浪潮信息", "浪潮", "Inspur Information"] },
        { name: "Lenovo", type: "ORG", aliases: ["Lenovo Holdings HK"] },
      ]),
    );
    const merged = Gazetteer.fromFiles(DEFAULT_GAZETTEER_PATH, mine);
    expect(merged.resolve("浪潮信息")?.name).toBe("Inspur");
    expect(merged.resolve("lenovo holdings hk")?.name).toBe("Lenovo");
    expect(merged.resolve("聯想")?.name).toBe("Lenovo");
    expect(merged.entries().filter((e) => e.name === "Lenovo")).toHaveLength(1);

    const clash = join(dir, "clash.json");
    writeFileSync(clash, JSON.stringify([{ name: "Lenovo Fan Club", type: "ORG", aliases: ["联想"] }]));
    expect(() => Gazetteer.fromFiles(DEFAULT_GAZETTEER_PATH, clash)).toThrow(/联想.*Lenovo/);
  });
});
