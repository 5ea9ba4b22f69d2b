import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/wenku.js", import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout as JSON Lines. */
  lines: () => any[];
}

/** Run the built CLI as a user would, from the repo root, with no terminal attached. */
export function wenku(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    lines: () => r.stdout.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l)),
  };
}
