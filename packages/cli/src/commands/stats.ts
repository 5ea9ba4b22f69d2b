import { Command } from "commander";
import { addDbOption, openForReading } from "../db-option.js";
import { printJsonLine, table } from "../output.js";

export const statsCommand = addDbOption(new Command("stats"))
  .description("counts: documents, duplicates, sources, languages, spam and boilerplate removed")
  .option("--json", "print the counts as one JSON object")
  .addHelpText("after", "\nExamples:\n  $ wenku stats --db corpus.db\n  $ wenku stats --db corpus.db --json | jq .languages")
  .action(async (opts: { db?: string; json?: boolean }) => {
    const corpus = await openForReading(opts);
    try {
      const s = corpus.stats();
      if (opts.json) {
        printJsonLine(s);
        return;
      }
      const rows = [
        ["documents (searchable)", String(s.documents)],
        ["duplicates", String(s.duplicates)],
        ...Object.entries(s.duplicatesByKind).map(([k, n]) => [`  ${k}`, String(n)]),
        ["records", String(s.records)],
        ["files", String(s.files)],
        ["sources", String(s.sources)],
        ["empty (no article)", String(s.empty)],
        ...Object.entries(s.languages).map(([l, n]) => [`language ${l}`, String(n)]),
        ["entities (distinct)", String(s.entities)],
        ["figures", String(s.figures)],
        ["removed spans", String(s.removed.spans)],
        ["removed characters", String(s.removed.chars)],
        ...Object.entries(s.removed.byReason).map(([r, n]) => [`  ${r}`, String(n)]),
      ];
      process.stdout.write(table(["", "count"], rows, [1]));
    } finally {
      corpus.close();
    }
  });
