import { Command } from "commander";
import { analyzeCommand } from "./commands/analyze.js";
import { cleanCommand } from "./commands/clean.js";
import { entitiesCommand } from "./commands/entities.js";
import { figuresCommand } from "./commands/figures.js";
import { ingestCommand } from "./commands/ingest.js";
import { searchCommand } from "./commands/search.js";
import { showCommand } from "./commands/show.js";
import { statsCommand } from "./commands/stats.js";
import { suggestCommand } from "./commands/suggest.js";

export function buildProgram(): Command {
  const program = new Command("wenku")
    .description("文库 — turn dumps of scraped Chinese and English articles into a clean, searchable research corpus")
    .version("0.1.0")
    .option("--debug", "print stack traces for errors")
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText(
      "after",
      `
Examples:
  $ wenku ingest --db corpus.db fixtures/
  $ wenku search --db corpus.db 液冷
  $ wenku show --db corpus.db <id> --removed
  $ wenku clean --json page.html

The index is one SQLite file: --db PATH, else $WENKU_DB, else ./wenku.db.`,
    );
  for (const cmd of [ingestCommand, searchCommand, showCommand, cleanCommand, analyzeCommand, entitiesCommand, figuresCommand, statsCommand, suggestCommand]) {
    program.addCommand(cmd);
  }
  return program;
}
