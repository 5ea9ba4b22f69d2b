import { existsSync } from "node:fs";
import type { Corpus } from "@wenku/index";
import type { Command } from "commander";
import { UserError } from "./errors.js";

export function addDbOption(cmd: Command): Command {
  return cmd.option("--db <path>", "index file (default: $WENKU_DB, else ./wenku.db)");
}

export function dbPath(opts: { db?: string }): string {
  return opts.db ?? process.env.WENKU_DB ?? "wenku.db";
}

/** Open an existing index for reading; a missing file is the user's error, not a new index.
 *  The library is loaded here, not at the top, so that commands sharing these options
 *  (search) do not pay for it. */
export async function openForReading(opts: { db?: string }): Promise<Corpus> {
  const path = dbPath(opts);
  if (!existsSync(path)) throw new UserError(`${path}: no such index (run "wenku ingest --db ${path} PATH..." first)`);
  const { Corpus } = await import("@wenku/index");
  try {
    return Corpus.openReadonly(path);
  } catch (err) {
    throw new UserError(`${path}: cannot open index (${(err as Error).message})`);
  }
}
