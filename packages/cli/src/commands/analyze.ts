import { Command } from "commander";
import { analyze } from "@wenku/analyze";
import { paint, printJsonLine, table } from "../output.js";
import { readArgumentsReporting } from "../stdin-or-files.js";
import { contentFormat } from "./clean.js";

export const analyzeCommand = new Command("analyze")
  .description("segmentation, entities and figures of (already clean) text, no index")
  .argument("<files...>", 'input files, or "-" for standard input')
  .option("--json", "one JSON object per document (JSON Lines)")
  .option("--date <date>", "the document date, to give years to dates like 2月24日")
  .option("--format <format>", "treat input as text or html", contentFormat)
  .addHelpText(
    "after",
    `
Offsets index the input text exactly as read (after decoding, before any normalisation):
input.slice(start, end) === text for every word, entity and figure.

Examples:
  $ wenku analyze fixtures/seeds/000_5be93f938e3081d4.txt
  $ echo '联想Q2营收同比增长15%，达1464亿元。' | wenku analyze --json - | jq .figures`,
  )
  .action(async (files: string[], opts: { json?: boolean; date?: string; format?: "text" | "html" }) => {
    const records = await readArgumentsReporting(files, opts.format);
    for (const raw of records) {
      const result = analyze(raw.text, { docDate: opts.date ?? raw.meta.date ?? null });
      if (opts.json) {
        printJsonLine({ path: raw.path, record: raw.record, ...result });
        continue;
      }
      process.stdout.write(paint("bold", `${raw.path}${raw.record ? ` record ${raw.record}` : ""}`) + "\n\n");
      process.stdout.write(paint("bold", `Words (${result.words.length})`) + "\n" + result.words.slice(0, 60).map((w) => w.text).join(" / ") + (result.words.length > 60 ? " …" : "") + "\n\n");
      process.stdout.write(paint("bold", `Entities (${result.entities.length})`) + "\n");
      process.stdout.write(table(["text", "type", "name", "at"], result.entities.map((e) => [e.text, e.type, e.name, `${e.start}-${e.end}`])) + "\n");
      process.stdout.write(paint("bold", `Figures (${result.figures.length})`) + "\n");
      process.stdout.write(
        table(
          ["text", "kind", "value", "unit", "change", "at"],
          result.figures.map((f) => [f.text, f.kind, `${f.approx ? "~" : ""}${f.value}${f.valueMax !== undefined ? `–${f.valueMax}` : ""}`, f.unit, [f.direction, f.basis].filter(Boolean).join(" "), `${f.start}-${f.end}`]),
        ) + "\n",
      );
    }
  });
