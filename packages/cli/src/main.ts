import { CommanderError } from "commander";
import { UserError } from "./errors.js";
import { buildProgram, commandNamed } from "./program.js";

/** Run the CLI; exit status 0 success, 1 something failed, 2 usage error. */
export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes("--debug");
  // Load only the subcommand this run names (argv[0] is node, argv[1] the script).
  const named = commandNamed(argv.slice(2));
  // A query's library loads while commander reads the arguments, not after (one-shot latency).
  // (The module loader shares the one load with the command's own import of it.)
  if (named === "search" || named === "suggest") import("@wenku/index/search").catch(() => undefined);
  const program = await buildProgram(named);
  program.exitOverride();
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version "errors" are successful exits; everything else commander raises is usage.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    const message = err instanceof UserError ? err.message : `unexpected error: ${(err as Error)?.message ?? String(err)}`;
    process.stderr.write(`wenku: ${message}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
    process.exitCode = err instanceof UserError ? err.exitCode : 1;
  }
}

// EPIPE when piped into `head`: stop quietly.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

await main(process.argv);
