import { Command, InvalidArgumentError } from "commander";
import type { DB } from "@wenku/index/search";
import { dateBound } from "../date-bound.js";
import { addDbOption, openExisting } from "../db-option.js";
import { paint, paintSnippet, printJsonLine } from "../output.js";

type SearchLibrary = typeof import("@wenku/index/search");

/** The query side of @wenku/index alone: the package root would also load the ingest
 *  pipeline and zod, which a one-shot `wenku search` (target 150 ms) cannot afford. */
export function loadSearchLibrary(): Promise<SearchLibrary> {
  return import("@wenku/index/search");
}

/** Open an existing index read-only with the query side of the library alone. */
export function openIndexForQuery(lib: SearchLibrary, opts: { db?: string }): DB {
  return openExisting(opts, (path) => lib.openDatabase(path, { readonly: true }));
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

export const searchCommand = addDbOption(new Command("search"))
  .description("ranked full-text search in Simplified, Traditional or English")
  .argument("<query...>", "words, \"exact phrases\", -excluded words, OR between terms")
  .option("--json", "one JSON object per hit (JSON Lines)")
  .option("--limit <n>", "how many hits (1-1000)", atLeastOne, 10)
  .option("--offset <n>", "skip this many hits (paging)", positiveInt, 0)
  .option("--lang <lang>", "only this language: zh-Hans, zh-Hant, zh, en, mixed")
  .option("--from <date>", "published on or after (2025, 2025-08, 2025-08-08)", dateBound)
  .option("--to <date>", "published on or before", dateBound)
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
      const shown = result.hits.length > 0 ? `showing ${first}–${opts.offset + result.hits.length}` : `none past --offset ${opts.offset}`;
      process.stdout.write(paint("dim", `${result.total} ${what}; ${shown}`) + "\n\n");
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
