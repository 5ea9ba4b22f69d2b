import { Command } from "commander";
import { printJsonLine, table } from "../output.js";
import { addDbOption } from "../db-option.js";
import { atLeastOne, loadSearchLibrary, openIndexForQuery } from "./search.js";

export const suggestCommand = addDbOption(new Command("suggest"))
  .description("typeahead: entity names and aliases with a word starting with the prefix, then titles containing it")
  .argument("<prefix>", "the beginning of a name, or words of a title (the last may be half-typed), in any script")
  .option("--json", "one JSON object per suggestion (JSON Lines)")
  .option("--limit <n>", "at most this many", atLeastOne, 10)
  .addHelpText("after", "\nExamples:\n  $ wenku suggest --db corpus.db 联\n  $ wenku suggest --db corpus.db len --json")
  .action(async (prefix: string, opts: { db?: string; json?: boolean; limit: number }) => {
    const lib = await loadSearchLibrary();
    const db = openIndexForQuery(lib, opts);
    try {
      const list = lib.suggest(db, prefix, opts.limit);
      if (opts.json) return list.forEach(printJsonLine);
      process.stdout.write(list.length ? table(["suggestion", "kind", "refers to"], list.map((s) => [s.text, s.kind, s.ref])) : "no suggestions\n");
    } finally {
      db.close();
    }
  });
