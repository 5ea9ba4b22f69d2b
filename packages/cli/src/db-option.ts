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

/** Open an existing index with `open`; a missing file is the user's error, not a new index,
 *  and a file that will not open is reported on one line. */
export function openExisting<T>(opts: { db?: string }, open: (path: string) => T): T {
  const path = dbPath(opts);
  if (!existsSync(path)) throw new UserError(`${path}: no such index (run "wenku ingest --db ${path} PATH..." first)`);
  try {
    return open(path);
  } catch (err) {
    throw new UserError(`${path}: cannot open index (${(err as Error).message})`);
  }
}

/** The whole library on an existing index, read-only. Loaded here, not at the top, so that
 *  commands sharing these options (search) do not pay for it. */
export async function openForReading(opts: { db?: string }): Promise<Corpus> {
  const { Corpus } = await import("@wenku/index");
  return openExisting(opts, (path) => Corpus.openReadonly(path));
}
