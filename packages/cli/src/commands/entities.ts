import { Command } from "commander";
import { addDbOption, openForReading } from "../db-option.js";
import { printJsonLine, table, truncate } from "../output.js";
import { atLeastOne } from "./search.js";

export const entitiesCommand = addDbOption(new Command("entities"))
  .description("entities in the corpus with their aliases and document counts")
  .option("--json", "one JSON object per entity (JSON Lines)")
  .option("--type <type>", "only ORG, PERSON, PLACE or PRODUCT")
  .option("--limit <n>", "at most this many", atLeastOne)
  .addHelpText("after", "\nExamples:\n  $ wenku entities --db corpus.db --type ORG --limit 20\n  $ wenku entities --db corpus.db --json | jq 'select(.name == \"Lenovo\")'")
  .action(async (opts: { db?: string; json?: boolean; type?: string; limit?: number }) => {
    const corpus = await openForReading(opts);
    try {
      const list = corpus.entities({ ...(opts.type ? { type: opts.type.toUpperCase() } : {}), ...(opts.limit ? { limit: opts.limit } : {}) });
      if (opts.json) return list.forEach(printJsonLine);
      const rows = list.map((e) => [e.name, e.type, String(e.documents), String(e.mentions), truncate([...new Set([...e.seen, ...e.aliases])].filter((a) => a !== e.name).join(", "), 60)]);
      process.stdout.write(table(["name", "type", "docs", "mentions", "aliases"], rows, [2, 3]));
    } finally {
      corpus.close();
    }
  });
