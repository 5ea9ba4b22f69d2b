import { spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const LAUNCHER = fileURLToPath(new URL("../bin/wenku", import.meta.url));

function launch(path: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(path, args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
}

describe("the wenku launcher (bin/wenku)", () => {
  it("runs the CLI with the arguments as given and passes its exit status on", () => {
    const version = launch(LAUNCHER, ["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const usage = launch(LAUNCHER, ["search", "--no-such-flag"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("--no-such-flag");
    // A path with a space arrives as one argument.
    const dir = mkdtempSync(join(tmpdir(), "wenku-launcher-"));
    writeFileSync(join(dir, "a b.txt"), "液冷服务器的出货量同比增长百分之五十。\n");
    const clean = launch(LAUNCHER, ["clean", join(dir, "a b.txt")]);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toContain("a b.txt");
    expect(clean.stdout).toContain("液冷服务器的出货量同比增长百分之五十。");
  });

  it("works through a symbolic link, as package managers install it", () => {
    const link = join(mkdtempSync(join(tmpdir(), "wenku-launcher-")), "wenku");
    symlinkSync(LAUNCHER, link);
    const r = launch(link, ["--version"]);
    expect(r.status, r.stderr).toBe(0);
  });

  it("does not make Node load the certificates NODE_EXTRA_CA_CERTS names", () => {
    // Node warns at start-up when the file cannot be read: proof that it tried to load it.
    const direct = spawnSync(process.execPath, ["-e", "0"], { encoding: "utf8", env: { ...process.env, NODE_EXTRA_CA_CERTS: "/nonexistent/ca.pem" } });
    expect(direct.stderr).toContain("/nonexistent/ca.pem");
    const r = launch(LAUNCHER, ["--version"], { NODE_EXTRA_CA_CERTS: "/nonexistent/ca.pem" });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain("ca.pem");
  });
});
