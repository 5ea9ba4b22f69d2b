import { Command, InvalidArgumentError } from "commander";
import { periodRange } from "@wenku/analyze";
import { isDateBound } from "@wenku/index/search";
import { addDbOption, openForReading } from "../db-option.js";
import { printJsonLine, table, truncate } from "../output.js";
import { atLeastOne } from "./search.js";

/** --from/--to: a date, or a period as figures carry them (2025-Q2, 2025-H1, FY2025). */
function periodBound(value: string): string {
  if (!isDateBound(value) && periodRange(value) === undefined) {
    throw new InvalidArgumentError("expected a date or period such as 2025, 2025-08, 2025-08-08, 2025-Q2, 2025-H1 or FY2025");
  }
  return value;
}

function number(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new InvalidArgumentError("expected a number");
  return n;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const figuresCommand = addDbOption(new Command("figures"))
  .description("figures (money, percent, power, dates, periods…) across the corpus, with filters")
  .option("--json", "one JSON object per figure (JSON Lines)")
  .option("--csv", "CSV with a header row")
  .option("--kind <kind>", "money, percent, percentage_point, power, energy, data, quantity, count, ratio, date, period")
  .option("--entity <name>", "figures about this entity, or in documents naming it (any alias)")
  .option("--unit <unit>", "only this unit (CNY, USD, %, W, …)")
  .option("--min <value>", "normalised value at least", number)
  .option("--max <value>", "normalised value at most", number)
  .option("--from <date>", "period/date (or document date) on or after", periodBound)
  .option("--to <date>", "period/date (or document date) on or before", periodBound)
  .option("--limit <n>", "at most this many", atLeastOne)
  .addHelpText(
    "after",
    "\nExamples:\n  $ wenku figures --db corpus.db --kind money --entity Lenovo\n  $ wenku figures --db corpus.db --kind power --min 1e9 --csv > power.csv",
  )
  .action(async (opts: { db?: string; json?: boolean; csv?: boolean; kind?: string; entity?: string; unit?: string; min?: number; max?: number; from?: string; to?: string; limit?: number }) => {
    const corpus = await openForReading(opts);
    try {
      const { db: _db, json, csv, ...filter } = opts;
      const list = corpus.figures(filter);
      if (json) return list.forEach(printJsonLine);
      if (csv) {
        const cols = ["id", "date", "kind", "value", "valueMax", "unit", "approx", "direction", "basis", "entity", "text", "start", "end", "title"] as const;
        process.stdout.write(cols.join(",") + "\n");
        for (const f of list) process.stdout.write(cols.map((c) => csvCell(f[c])).join(",") + "\n");
        return;
      }
      const rows = list.map((f) => [f.text, f.kind, `${f.approx ? "~" : ""}${f.value}`, f.unit, f.entity ?? "", f.date?.slice(0, 10) ?? "", truncate(f.title, 30)]);
      process.stdout.write(table(["text", "kind", "value", "unit", "entity", "date", "document"], rows));
    } finally {
      corpus.close();
    }
  });
