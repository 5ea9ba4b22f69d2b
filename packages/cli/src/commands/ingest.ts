import { Corpus, type IngestSummary } from "@wenku/index";
import { parseFieldMapOverride, withOverride, type ReadProblem } from "@wenku/ingest";
import cliProgress from "cli-progress";
import { Command } from "commander";
import { addDbOption, dbPath } from "../db-option.js";
import { UserError } from "../errors.js";
import { paint, printJsonLine } from "../output.js";

export function describeProblem(p: ReadProblem): string {
  return `${p.path}${p.line ? `:${p.line}` : ""}: ${p.kind}: ${p.message}`;
}

function humanSummary(s: IngestSummary, seconds: number): string {
  const d = s.documents;
  const lines = [
    `${paint("bold", "files")}      ${s.files} read, ${s.filesUnchanged} unchanged since the last run`,
    `${paint("bold", "documents")}  ${d.added} added, ${d.updated} updated, ${d.unchanged} unchanged; ${s.duplicates} duplicates recorded in the index`,
    `${paint("bold", "cleaning")}   ${s.removedSpans} spans removed (see "wenku show ID --removed")`,
    `${paint("bold", "problems")}   ${s.problems.length}${s.problems.length ? " (listed above)" : ""}`,
    `${paint("dim", `${seconds.toFixed(1)} s`)}`,
  ];
  if (d.added + d.updated === 0 && s.problems.length === 0) lines.unshift("nothing new");
  return lines.join("\n") + "\n";
}

export const ingestCommand = addDbOption(new Command("ingest"))
  .description("read files, directories (recursively) and globs; clean, analyse and index every article")
  .argument("<paths...>", "files, directories or glob patterns")
  .option("--json", "print the summary as one JSON object")
  .option("--map <fields>", "JSON field mapping, e.g. title=headline,body=content")
  .option("--gazetteer <file...>", "extra entity gazetteer files (JSON, see @wenku/analyze)")
  .addHelpText(
    "after",
    `
Reads .txt .md .html .htm .shtml .json .jsonl .ndjson .sgm (and .gz of each) in UTF-8, GBK,
Big5 or UTF-16. Unchanged files are skipped; a file that cannot be read is reported on one
line and the run goes on (exit status 1). Directories honour a .wenkuignore file.

Examples:
  $ wenku ingest --db corpus.db dumps/
  $ wenku ingest --db corpus.db 'exports/**/*.jsonl.gz' --map title=headline,body=content
  $ WENKU_DB=corpus.db wenku ingest --json page.html`,
  )
  .action(async (paths: string[], opts: { db?: string; json?: boolean; map?: string; gazetteer?: string[] }) => {
    let fieldMap;
    try {
      fieldMap = opts.map ? withOverride(parseFieldMapOverride(opts.map)) : undefined;
    } catch (err) {
      throw new UserError((err as Error).message, 2);
    }
    const path = dbPath(opts);
    let corpus: Corpus;
    try {
      corpus = Corpus.open(path);
    } catch (err) {
      throw new UserError(`${path}: cannot open index (${(err as Error).message})`);
    }
    const started = performance.now();
    const bar = process.stderr.isTTY && !opts.json
      ? new cliProgress.SingleBar(
          { format: "{bar} {value}/{total} files | {docs} documents | {rate} docs/s | ETA {eta_formatted}", hideCursor: true, clearOnComplete: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    let docs = 0;
    let barStarted = false;
    try {
      const summary = await corpus.ingest(paths, {
        ...(fieldMap ? { fieldMap } : {}),
        ...(opts.gazetteer ? { gazetteers: opts.gazetteer } : {}),
        onProblem: (p) => {
          const line = `wenku: ${describeProblem(p)}`;
          // Over a live progress bar: clear its line first; it redraws on the next update.
          process.stderr.write((bar && barStarted ? "\r\x1b[K" : "") + line + "\n");
        },
        onProgress: ({ done, total, documents }) => {
          docs += documents;
          if (!bar) return;
          if (!barStarted) {
            bar.start(total, 0, { docs: 0, rate: "0" });
            barStarted = true;
          }
          const rate = (docs / ((performance.now() - started) / 1000)).toFixed(0);
          bar.update(done, { docs, rate });
        },
      });
      bar?.stop();
      const seconds = (performance.now() - started) / 1000;
      if (opts.json) printJsonLine({ db: path, seconds: Math.round(seconds * 1000) / 1000, ...summary });
      else process.stdout.write(humanSummary(summary, seconds));
      if (summary.problems.length > 0) process.exitCode = 1;
    } finally {
      bar?.stop();
      corpus.close();
    }
  });
