import { Command, InvalidArgumentError } from "commander";
import { cleanRecord } from "@wenku/clean";
import { paint, printJsonLine } from "../output.js";
import { readArgumentsReporting } from "../stdin-or-files.js";
import { printRemovals, printTitleRemovals } from "./show.js";

export function contentFormat(v: string): "text" | "html" {
  if (v !== "text" && v !== "html") throw new InvalidArgumentError("expected text or html");
  return v;
}

export const cleanCommand = new Command("clean")
  .description("the cleaning stage alone, no index: decode, extract main content, strip spam and boilerplate")
  .argument("<files...>", 'input files, or "-" for standard input')
  .option("--json", "one JSON object per document (JSON Lines), with every removal")
  .option("--removed", "list every removed span with its reason and rule")
  .option("--format <format>", "treat input as text or html (default: by extension / content)", contentFormat)
  .addHelpText(
    "after",
    `
Offsets of removed spans index the decoded input, so a removal can be checked against the
file: input.slice(start, end) === text.

Examples:
  $ wenku clean page.html
  $ wenku clean --removed fixtures/seeds/002_30eaa08ce56590b5.txt
  $ curl -s https://example.com/a | wenku clean --json - | jq .removed`,
  )
  .action(async (files: string[], opts: { json?: boolean; removed?: boolean; format?: "text" | "html" }) => {
    const records = await readArgumentsReporting(files, opts.format);
    for (const raw of records) {
      const doc = cleanRecord(raw);
      if (opts.json) {
        printJsonLine(doc);
        continue;
      }
      const meta = [doc.date, doc.author, doc.source, doc.lang].filter(Boolean).join("  ·  ");
      process.stdout.write(`${paint("bold", doc.title || "(untitled)")}\n${paint("dim", `${raw.path}${raw.record ? ` record ${raw.record}` : ""}  ·  ${meta}`)}\n\n`);
      process.stdout.write(doc.empty ? paint("dim", `(no article: ${doc.empty})`) + "\n\n" : doc.text + "\n\n");
      const cuts = doc.removed.length + doc.titleRemoved.length;
      if (opts.removed) {
        printRemovals(doc.removed);
        printTitleRemovals(doc.originalTitle, doc.titleRemoved);
      } else process.stdout.write(paint("dim", `${cuts} spans removed${cuts ? " (--removed lists them)" : ""}`) + "\n");
      if (records.length > 1) process.stdout.write("\n");
    }
  });
