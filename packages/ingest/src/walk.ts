import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
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
  // The same file reached twice (a symlinked directory, a path given twice) is read once.
  const add = (f: string) => {
    let real: string;
    try {
      real = realpathSync(f);
    } catch {
      real = f;
    }
    if (!seen.has(real)) {
      seen.add(real);
      files.push(f);
    }
  };
  for (const input of inputs) {
    let isDir = false;
    let exists = true;
    try {
      isDir = statSync(input).isDirectory();
    } catch (err) {
      exists = false;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ELOOP" || code === "EACCES") {
        problems.push({ path: input, kind: "unreadable", message: code === "ELOOP" ? "symbolic link loop" : "permission denied" });
        continue;
      }
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
    if (isDir) problems.push(...unresolvableLinks(input));
    const supported = found.filter((f) => formatOf(f) !== undefined);
    if (supported.length === 0) {
      problems.push({ path: input, kind: "unsupported", message: isDir ? "no supported files in directory" : "pattern matched no supported files" });
    }
    supported.forEach(add);
  }
  // A path both named and found inside a named directory is reported once.
  const reported = new Set<string>();
  return { files, problems: problems.filter((p) => !reported.has(`${p.path}\0${p.message}`) && reported.add(`${p.path}\0${p.message}`)) };
}

/** Symbolic links under a directory that lead nowhere or round in a circle: the glob passes
 *  over them silently, but a user who put them there should hear why nothing was read. Walks
 *  without following links, so it cannot loop itself. */
function unresolvableLinks(dir: string): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EACCES") problems.push({ path: d, kind: "unreadable", message: "permission denied (directory)" });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink()) {
        try {
          statSync(p);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          problems.push({ path: p, kind: "unreadable", message: code === "ELOOP" ? "symbolic link loop" : "broken symbolic link" });
        }
      }
    }
  };
  walk(dir);
  return problems;
}
