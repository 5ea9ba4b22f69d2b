import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "@wenku/analyze";

// Golden expectations written by reading the seeds (fixtures/golden/README.md). Analysis runs
// on the golden clean text, which is what the pipeline hands this stage.
const golden = (name: string) => new URL(`../../../fixtures/golden/${name}`, import.meta.url);

describe.each(["000_5be93f938e3081d4", "001_b43fb908365746bf", "002_30eaa08ce56590b5"])("seed %s", (seed) => {
  const text = readFileSync(golden(`${seed}.clean.txt`), "utf8");
  const meta = JSON.parse(readFileSync(golden(`${seed}.meta.json`), "utf8")) as { title: string; date: string | null };
  const result = analyze(`${meta.title}\n\n${text}`, { docDate: meta.date });

  it("finds every entity the seed names, under its canonical name and type", () => {
    const expected = JSON.parse(readFileSync(golden(`${seed}.entities.json`), "utf8")) as { name: string; type: string; seen: string[] }[];
    for (const e of expected) {
      const mentions = result.entities.filter((m) => m.name === e.name);
      expect(mentions.length, e.name).toBeGreaterThan(0);
      expect(mentions.every((m) => m.type === e.type), `${e.name} is ${e.type}`).toBe(true);
      const surfaces = new Set(mentions.map((m) => m.text));
      for (const s of e.seen) expect(surfaces.has(s), `${e.name} seen as ${s}`).toBe(true);
    }
  });
});
