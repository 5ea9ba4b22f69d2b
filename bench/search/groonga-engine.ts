import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { BenchDoc } from "./articles.js";
import { ngrams, words, type Engine } from "./engine.js";

/** Is the `groonga` binary (Debian package groonga-bin) on the PATH? */
export function groongaAvailable(): boolean {
  return spawnSync("groonga", ["--version"], { encoding: "utf8" }).status === 0;
}

/** Groonga's query syntax, each word quoted: AND of words, or when `relaxed` OR of bigrams. */
export function groongaQuery(query: string, relaxed: boolean): string | undefined {
  const quote = (s: string) => `"${s.replace(/[\\"]/g, (c) => "\\" + c)}"`;
  const parts = relaxed ? ngrams(query, 2) : words(query);
  if (parts.length === 0) return undefined;
  return parts.map(quote).join(relaxed ? " OR " : " ");
}

/**
 * Peer 2: Groonga 13 (Debian groonga-bin) as an HTTP server: TokenBigram with NormalizerAuto
 * (NFKC, case folding; no Traditional/Simplified folding), title weighted 10, body 1, ranked by
 * its default TF score. Queries: all words; if nothing matches, any bigram (as for the others).
 */
export class GroongaEngine implements Engine {
  name = "groonga";
  private server: ChildProcess | undefined;
  private ids: string[] = [];
  private readonly db: string;

  constructor(readonly dir: string, readonly port: number) {
    this.db = join(dir, "groonga.db");
  }

  private async start(): Promise<void> {
    this.server = spawn("groonga", ["-s", "--protocol", "http", "--port", String(this.port), "--bind-address", "127.0.0.1", this.db], { stdio: "ignore" });
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`http://127.0.0.1:${this.port}/d/status`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`groonga: server did not start on port ${this.port}`);
  }

  private async command(name: string, params: Record<string, string | number>, body?: string): Promise<any> {
    const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
    const res = await fetch(`http://127.0.0.1:${this.port}/d/${name}?${qs}`, body === undefined ? {} : { method: "POST", body, headers: { "content-type": "application/json" } });
    const json = (await res.json()) as [[number, number, number, string?], any];
    if (json[0][0] !== 0) throw new Error(`groonga ${name}: ${json[0][3]}`);
    return json[1];
  }

  async build(docs: BenchDoc[]): Promise<void> {
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
    const created = spawnSync("groonga", ["-n", this.db, "status"], { encoding: "utf8" });
    if (created.status !== 0) throw new Error(`groonga -n: ${created.stderr}`);
    await this.start();
    await this.command("table_create", { name: "Docs", flags: "TABLE_NO_KEY" });
    await this.command("column_create", { table: "Docs", name: "title", flags: "COLUMN_SCALAR", type: "ShortText" });
    await this.command("column_create", { table: "Docs", name: "body", flags: "COLUMN_SCALAR", type: "LongText" });
    await this.command("table_create", { name: "Terms", flags: "TABLE_PAT_KEY", key_type: "ShortText", default_tokenizer: "TokenBigram", normalizer: "NormalizerAuto" });
    for (let b = 0; b < docs.length; b += 2000) {
      const values = docs.slice(b, b + 2000).map((d) => ({ title: d.title, body: d.text }));
      await this.command("load", { table: "Docs" }, JSON.stringify(values));
    }
    // Index built after loading (static indexing: faster and smaller than indexing on load).
    await this.command("column_create", { table: "Terms", name: "idx", flags: "COLUMN_INDEX|WITH_POSITION|WITH_SECTION", type: "Docs", source: "title,body" });
    this.ids = docs.map((d) => d.id);
  }

  async open(docs: BenchDoc[]): Promise<void> {
    await this.start();
    this.ids = docs.map((d) => d.id);
  }

  async search(query: string, limit: number): Promise<string[]> {
    for (const relaxed of [false, true]) {
      const q = groongaQuery(query, relaxed);
      if (!q) continue;
      const out = await this.command("select", { table: "Docs", match_columns: "title * 10 || body", query: q, output_columns: "_id", sort_keys: "-_score", limit });
      const rows = (out[0] as unknown[]).slice(2) as [number][];
      if (rows.length) return rows.map((r) => this.ids[r[0] - 1]!);
    }
    return [];
  }

  size() {
    let total = 0;
    let index = 0;
    for (const f of readdirSync(this.dir)) {
      const bytes = statSync(join(this.dir, f)).size;
      total += bytes;
      index += bytes;
    }
    // Groonga keeps columns and the lexicon in numbered files; separate them by object id.
    const objects = spawnSync("groonga", [this.db, "object_list"], { encoding: "utf8" });
    try {
      const list = JSON.parse(objects.stdout)[1] as Record<string, { id: number; name: string }>;
      const bytesOf = (id: number) => readdirSync(this.dir).filter((f) => f.startsWith(`groonga.db.${id.toString(16).toUpperCase().padStart(7, "0")}`)).reduce((n, f) => n + statSync(join(this.dir, f)).size, 0);
      index = bytesOf(list["Terms"]!.id) + bytesOf(list["Terms.idx"]!.id);
    } catch {
      // object_list unavailable (older Groonga): report everything as index.
    }
    return { index, total };
  }

  coldCommand(query: string): string[] {
    // The groonga command line re-joins its arguments and parses them again: pass one command
    // string with every value single-quoted (backslash escapes inside).
    const arg = (v: string) => `'${v.replace(/[\\']/g, (c) => "\\" + c)}'`;
    const q = groongaQuery(query, false) ?? "";
    return ["groonga", this.db, `select --table Docs --match_columns ${arg("title * 10 || body")} --query ${arg(q)} --output_columns title --sort_keys -_score --limit 10`];
  }

  async close(): Promise<void> {
    this.server?.kill("SIGTERM");
    this.server = undefined;
  }
}
