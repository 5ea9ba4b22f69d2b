import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

// Tests run against the TypeScript sources, so a test run never depends on a stale build.
export default defineConfig({
  resolve: {
    // Exact matches, so a subpath import is not read as a path under the package root.
    alias: [
      { find: /^@wenku\/analyze\/normalize$/, replacement: src("analyze/src/normalize.ts") },
      { find: /^@wenku\/analyze\/numbers$/, replacement: src("analyze/src/figures/numbers.ts") },
      { find: /^@wenku\/analyze\/period-range$/, replacement: src("analyze/src/figures/period-range.ts") },
      { find: /^@wenku\/clean\/utf16$/, replacement: src("clean/src/text/utf16.ts") },
      { find: /^@wenku\/index\/search$/, replacement: src("index/src/reader.ts") },
      ...["ingest", "clean", "analyze", "index", "cli"].map((name) => ({ find: new RegExp(`^@wenku/${name}$`), replacement: src(`${name}/src/index.ts`) })),
    ],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "eval/test/**/*.test.ts", "bench/test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./scripts/vitest-summary.ts"],
  },
});
