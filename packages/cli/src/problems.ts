import type { ReadProblem } from "@wenku/ingest";

/** One line naming the file (and line), the kind of problem and what happened. */
export function describeProblem(p: ReadProblem): string {
  return `${p.path}${p.line ? `:${p.line}` : ""}: ${p.kind}: ${p.message}`;
}
