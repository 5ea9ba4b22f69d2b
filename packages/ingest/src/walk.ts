import { readFileSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { formatOf } from "./format.js";
import type { ReadProblem } from "./schema.js";

export const IGNORE_FILE = ".wenkuignore";

export interface WalkResult {
  files: string[];
  problems: ReadProblem[];
}

/** gitignore-style lines of a directory's .wenkuignore, as globs relative to it. */
function ignorePatterns(dir: string): string[] {
  let body: string;
  try {
    body = readFileSync(join(dir, IGNORE_FILE), "utf8");
  } catch {
    return [];
  }
  return body
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .flatMap((l) => {
      const p = l.replace(/^\//, "");
      return p.endsWith("/") ? [`${p}**`, `**/${p}**`] : [p, `**/${p}`];
    });
}

/**
 * Expand the user's inputs (files, directories walked recursively, glob patterns) into the
 * files ingest reads, in a stable order. Directories skip hidden entries, files with no
 * supported extension, and whatever their .wenkuignore lists; a file named explicitly is
 * always read.
 */
export async function expandInputs(inputs: string[]): Promise<WalkResult> {
  const files: string[] = [];
  const problems: ReadProblem[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const input of inputs) {
    let isDir = false;
    let exists = true;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      exists = false;
    }
    if (exists && !isDir) {
      add(input);
      continue;
    }
    if (!exists && !isDynamicPattern(input)) {
      problems.push({ path: input, kind: "unreadable", message: "no such file or directory" });
      continue;
    }
    const found = isDir
      ? (await glob("**/*", { cwd: input, ignore: ignorePatterns(input), dot: false, onlyFiles: true, followSymbolicLinks: true }))
          .sort()
          .map((rel) => join(input, rel))
      : (await glob(input, { dot: false, onlyFiles: true, absolute: isAbsolute(input) })).sort();
    const supported = found.filter((f) => formatOf(f) !== undefined);
    if (supported.length === 0) {
      problems.push({ path: input, kind: "unsupported", message: isDir ? "no supported files in directory" : "pattern matched no supported files" });
    }
    supported.forEach(add);
  }
  return { files, problems };
}
