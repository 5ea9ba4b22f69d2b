import { Command } from "commander";
import type { StoredDocument } from "@wenku/index";
import { addDbOption, openForReading } from "../db-option.js";
import { UserError } from "../errors.js";
import { paint, printJsonLine, table, truncate } from "../output.js";

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

export function printRemovals(removed: StoredDocument["removed"]): void {
  if (removed.length === 0) {
    process.stdout.write("nothing removed\n");
    return;
  }
  const rows = removed.map((r) => [`${r.start}-${r.end}`, r.reason, r.rule, truncate(JSON.stringify(r.text).slice(1, -1), 60)]);
  process.stdout.write(table(["span", "reason", "rule", "text"], rows));
}

/** What was cut from the title, offsets into the title as it was found. */
export function printTitleRemovals(originalTitle: string | null, removed: StoredDocument["titleRemoved"]): void {
  if (originalTitle === null || removed.length === 0) return;
  process.stdout.write(`\nfrom the title (offsets into ${JSON.stringify(originalTitle)}):\n`);
  printRemovals(removed);
}

function human(doc: StoredDocument, showRemoved: boolean): void {
  const field = (name: string, value: string | number | null) => (value === null || value === "" ? "" : `${paint("dim", name.padEnd(9))}${value}\n`);
  process.stdout.write(
    paint("bold", doc.title || "(untitled)") + "\n" +
      field("id", doc.id) + field("date", doc.date) + field("author", doc.author) + field("source", doc.source) +
      field("url", doc.url) + field("lang", doc.lang) + field("from", `${doc.path}${doc.record ? ` record ${doc.record}` : ""} (${doc.raw.container}, ${doc.encoding})`) +
      (doc.canonicalId ? field("copy of", `${doc.canonicalId} (${doc.duplicateKind ?? "exact"} duplicate)`) : "") +
      (doc.copies.length ? field("copies", doc.copies.map((c) => `${c.path}${c.record ? `#${c.record}` : ""} (${c.kind})`).join(", ")) : "") +
      (doc.emptyReason ? field("empty", doc.emptyReason) : "") +
      "\n" + doc.text + "\n\n",
  );
  const entities = countBy(doc.entities, (e) => `${e.name}\t${e.type}`);
  if (entities.size) {
    process.stdout.write(paint("bold", "Entities") + "\n");
    const rows = [...entities].sort((a, b) => b[1] - a[1]).map(([k, n]) => [...k.split("\t"), String(n)]);
    process.stdout.write(table(["name", "type", "mentions"], rows, [2]) + "\n");
  }
  if (doc.figures.length) {
    process.stdout.write(paint("bold", "Figures") + "\n");
    const rows = doc.figures.map((f) => [f.text, f.kind, `${f.approx ? "~" : ""}${f.value}${f.valueMax !== undefined ? `–${f.valueMax}` : ""}`, f.unit, [f.direction, f.basis].filter(Boolean).join(" "), f.entity ?? ""]);
    process.stdout.write(table(["text", "kind", "value", "unit", "change", "entity"], rows) + "\n");
  }
  const reasons = countBy([...doc.removed, ...doc.titleRemoved], (r) => r.reason);
  process.stdout.write(paint("bold", "Removed by cleaning") + "\n");
  if (showRemoved) {
    printRemovals(doc.removed);
    printTitleRemovals(doc.originalTitle, doc.titleRemoved);
  } else {
    const summary = [...reasons].map(([r, n]) => `${n} ${r}`).join(", ") || "nothing";
    process.stdout.write(`${summary}${doc.removed.length + doc.titleRemoved.length ? '  (--removed lists every span)' : ""}\n`);
  }
}

export const showCommand = addDbOption(new Command("show"))
  .description("one document: metadata, clean text, entities, figures, what cleaning removed")
  .argument("<id>", "document id (or a unique prefix of at least 4 characters)")
  .option("--json", "print the document as one JSON object")
  .option("--removed", "list every removed span with its reason and rule")
  .option("--raw", "print the raw input as stored (before cleaning)")
  .addHelpText(
    "after",
    `
Examples:
  $ wenku show --db corpus.db 3fa2c1d09b7e44aa
  $ wenku show --db corpus.db 3fa2 --removed
  $ wenku show --db corpus.db 3fa2 --json | jq .figures`,
  )
  .action(async (id: string, opts: { db?: string; json?: boolean; removed?: boolean; raw?: boolean }) => {
    const corpus = await openForReading(opts);
    try {
      const doc = corpus.get(id);
      if (!doc) throw new UserError(`${id}: no such document (or the prefix is ambiguous)`);
      if (opts.json) printJsonLine(doc);
      else if (opts.raw) process.stdout.write(doc.raw.text + (doc.raw.text.endsWith("\n") ? "" : "\n"));
      else human(doc, Boolean(opts.removed));
    } finally {
      corpus.close();
    }
  });
