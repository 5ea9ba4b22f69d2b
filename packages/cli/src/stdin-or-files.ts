import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describeProblem } from "./problems.js";
import { decodeBytes, readInputFile, textRecord, type RawRecord, type ReadProblem } from "@wenku/ingest";

/** readArguments for a command: each problem is one line on stderr and makes the exit status 1. */
export function readArgumentsReporting(files: string[], format: "text" | "html" | undefined): Promise<RawRecord[]> {
  return readArguments(files, format, (p) => {
    process.stderr.write(`wenku: ${describeProblem(p)}\n`);
    process.exitCode = 1;
  });
}

/** Records from the given files, or from standard input for "-" (HTML when it looks like it). */
export async function readArguments(
  files: string[],
  format: "text" | "html" | undefined,
  onProblem: (p: ReadProblem) => void,
): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for (const file of files) {
    if (file === "-") {
      const bytes = readFileSync(0);
      const decoded = decodeBytes(bytes);
      const isHtml = format === "html" || (format === undefined && /^\s*</.test(decoded.text));
      const record = textRecord(decoded.text, { format: isHtml ? "html" : "text", encoding: decoded.encoding });
      records.push({ ...record, replacementChars: decoded.replacementChars, fileHash: createHash("sha256").update(bytes).digest("hex") });
      continue;
    }
    const reading = await readInputFile(file);
    reading.problems.forEach(onProblem);
    for (const r of reading.records) records.push(format ? { ...r, format } : r);
  }
  return records;
}
