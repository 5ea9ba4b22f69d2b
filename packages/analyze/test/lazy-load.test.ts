import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as analyzePkg from "@wenku/analyze";

const require = createRequire(import.meta.url);
const jiebaInCache = () => Object.keys(require.cache).some((k) => k.includes(`${"node_modules"}/nodejieba/`));

describe("lazy nodejieba", () => {
  // This file must be the only one in its worker process (vitest forks isolate each file).
  it("importing the package does not load nodejieba; the first segment() does", () => {
    expect(analyzePkg.jiebaLoaded()).toBe(false);
    expect(jiebaInCache()).toBe(false);
    // The gazetteer works without jieba: the search CLI resolves aliases this way.
    expect(analyzePkg.defaultGazetteer().resolve("聯想")?.name).toBe("Lenovo");
    expect(analyzePkg.jiebaLoaded()).toBe(false);
    expect(jiebaInCache()).toBe(false);

    const words = analyzePkg.segment("液冷技术");
    expect(words.map((w) => w.text)).toEqual(["液冷", "技术"]);
    expect(analyzePkg.jiebaLoaded()).toBe(true);
    expect(jiebaInCache()).toBe(true);
  });
});
