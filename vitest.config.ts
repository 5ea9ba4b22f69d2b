import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests run against the TypeScript sources, so a test run never depends on a stale build.
export default defineConfig({
  resolve: {
    alias: {
      "@wenku/ingest": pkg("ingest"),
      "@wenku/clean": pkg("clean"),
      "@wenku/analyze": pkg("analyze"),
      "@wenku/index": pkg("index"),
      "@wenku/cli": pkg("cli"),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "eval/test/**/*.test.ts", "bench/test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./scripts/vitest-summary.ts"],
  },
});
