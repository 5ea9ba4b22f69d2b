import { existsSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import type { DB } from "@wenku/index";
import { UserError } from "../errors.js";
import { paint, paintSnippet, printJsonLine } from "../output.js";

type SearchLibrary = Pick<typeof import("@wenku/index"), "openDatabase" | "searchIndex" | "suggest">;

/**
 * The parts of @wenku/index a query needs (the database, search, suggestions), without the
 * package root: that also loads the ingest pipeline, the cleaner's and reader's modules and
 * zod, which a one-shot `wenku search` (target 150 ms, Node start included) cannot afford.
 * The package exports only its root, so the modules are found next to its resolved entry; the
 * root is the fallback.
 * TODO: import "@wenku/index/search" once the package exports such a subpath.
 */
export async function loadSearchLibrary(): Promise<SearchLibrary> {
  const entry = import.meta.resolve("@wenku/index");
  if (!entry.endsWith("/dist/index.js")) return import("@wenku/index");
  const sibling = (name: string) => new URL(`./${name}.js`, entry).href;
  const [db, search, suggest] = await Promise.all([import(sibling("db")), import(sibling("search")), import(sibling("suggest"))]);
  return { openDatabase: db.openDatabase, searchIndex: search.searchIndex, suggest: suggest.suggest };
}

/** `--db`, as db-option.ts defines it for the other commands (not imported from there: that
 *  module loads the whole library). */
export function addSearchDbOption(cmd: Command): Command {
  return cmd.option("--db <path>", "index file (default: $WENKU_DB, else ./wenku.db)");
}

/** Open an existing index read-only; a missing file is the user's error, not a new index. */
export function openIndexForQuery(lib: SearchLibrary, opts: { db?: string }): DB {
  const path = opts.db ?? process.env.WENKU_DB ?? "wenku.db";
  if (!existsSync(path)) throw new UserError(`${path}: no such index (run "wenku ingest --db ${path} PATH..." first)`);
  try {
    return lib.openDatabase(path, { readonly: true });
  } catch (err) {
    throw new UserError(`${path}: cannot open index (${(err as Error).message})`);
  }
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

export function atLeastOne(value: string): number {
  const n = positiveInt(value);
  if (n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

interface SearchFlags {
  db?: string;
  json?: boolean;
  limit: number;
  offset: number;
  lang?: string;
  from?: string;
  to?: string;
  source?: string;
  entity?: string;
  sort: "relevance" | "date";
}

export const searchCommand = addSearchDbOption(new Command("search"))
  .description("ranked full-text search in Simplified, Traditional or English")
  .argument("<query...>", "words, \"exact phrases\", -excluded words, OR between terms")
  .option("--json", "one JSON object per hit (JSON Lines)")
  .option("--limit <n>", "how many hits (1-1000)", atLeastOne, 10)
  .option("--offset <n>", "skip this many hits (paging)", positiveInt, 0)
  .option("--lang <lang>", "only this language: zh-Hans, zh-Hant, zh, en, mixed")
  .option("--from <date>", "published on or after (2025, 2025-08, 2025-08-08)")
  .option("--to <date>", "published on or before")
  .option("--source <text>", "source name, path or URL contains this")
  .option("--entity <name>", "documents that mention this entity (any alias)")
  .option("--sort <order>", "relevance or date", (v) => {
    if (v !== "relevance" && v !== "date") throw new InvalidArgumentError("expected relevance or date");
    return v;
  }, "relevance")
  .addHelpText(
    "after",
    `
Simplified and Traditional match each other, as do full- and half-width forms; an entity
named in one language finds documents naming it in another (Lenovo ↔ 联想 ↔ 聯想).

Examples:
  $ wenku search --db corpus.db 液冷
  $ wenku search --db corpus.db Lenovo liquid cooling --from 2025
  $ wenku search --db corpus.db '"算力投资" -英伟达' --json --limit 50`,
  )
  .action(async (words: string[], opts: SearchFlags) => {
    const lib = await loadSearchLibrary();
    const db = openIndexForQuery(lib, opts);
    try {
      const result = lib.searchIndex(db, {
        query: words.join(" "),
        limit: Math.min(opts.limit, 1000),
        offset: opts.offset,
        sort: opts.sort,
        ...(opts.lang ? { lang: opts.lang } : {}),
        ...(opts.from ? { from: opts.from } : {}),
        ...(opts.to ? { to: opts.to } : {}),
        ...(opts.source ? { source: opts.source } : {}),
        ...(opts.entity ? { entity: opts.entity } : {}),
      });
      if (opts.json) {
        for (const hit of result.hits) printJsonLine(hit);
        return;
      }
      if (result.total === 0) {
        process.stdout.write("no matches\n");
        return;
      }
      const first = opts.offset + 1;
      const what = result.relaxed ? "documents match some of the words (none has them all)" : "matching documents";
      process.stdout.write(paint("dim", `${result.total} ${what}; showing ${first}–${opts.offset + result.hits.length}`) + "\n\n");
      result.hits.forEach((hit, i) => {
        const head = `${String(first + i).padStart(3)}. ${paint("bold", hit.title || "(untitled)")}`;
        const meta = [hit.date?.slice(0, 10) ?? "no date", hit.lang, hit.source, `${hit.path}${hit.record ? `#${hit.record}` : ""}`, `id ${hit.id}`, `score ${hit.score.toPrecision(3)}`]
          .filter(Boolean)
          .join("  ·  ");
        process.stdout.write(`${head}\n     ${paint("dim", meta)}\n     ${paintSnippet(hit.snippet)}\n\n`);
      });
    } finally {
      db.close();
    }
  });
