import { Command } from "commander";

/**
 * Every subcommand, loaded on demand. A one-shot `wenku search` must not pay for importing
 * the cleaner (cheerio), the ingest readers or the analyser's segmenter: each command module
 * is imported only when that command runs (or when the full help is printed).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import("./commands/ingest.js")).ingestCommand,
  search: async () => (await import("./commands/search.js")).searchCommand,
  show: async () => (await import("./commands/show.js")).showCommand,
  clean: async () => (await import("./commands/clean.js")).cleanCommand,
  analyze: async () => (await import("./commands/analyze.js")).analyzeCommand,
  entities: async () => (await import("./commands/entities.js")).entitiesCommand,
  figures: async () => (await import("./commands/figures.js")).figuresCommand,
  stats: async () => (await import("./commands/stats.js")).statsCommand,
  suggest: async () => (await import("./commands/suggest.js")).suggestCommand,
};

export const COMMAND_NAMES = Object.keys(COMMANDS);

/** The subcommand an argument vector names: the first argument that is not an option. */
export function commandNamed(args: string[]): string | undefined {
  const first = args.find((a) => !a.startsWith("-"));
  return first !== undefined && first in COMMANDS ? first : undefined;
}

/**
 * The `wenku` program. With `only`, just that subcommand is loaded (what a run needs);
 * without it, all of them (for the top-level help and for unknown commands).
 */
export async function buildProgram(only?: string): Promise<Command> {
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
  const names = only !== undefined && only in COMMANDS ? [only] : COMMAND_NAMES;
  for (const cmd of await Promise.all(names.map((n) => COMMANDS[n]!()))) program.addCommand(cmd);
  return program;
}
