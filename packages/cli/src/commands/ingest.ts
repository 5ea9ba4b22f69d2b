import { Corpus, type IngestSummary } from "@wenku/index";
import { isWarning, parseFieldMapOverride, withOverride } from "@wenku/ingest";
import cliProgress from "cli-progress";
import { Command, InvalidArgumentError } from "commander";
import { addDbOption, dbPath } from "../db-option.js";
import { UserError } from "../errors.js";
import { describeProblem } from "../problems.js";
import { paint, printJsonLine } from "../output.js";

function humanSummary(s: IngestSummary, seconds: number): string {
  const d = s.documents;
  const kinds = Object.entries(s.problemsByKind).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(", ");
  const lines = [
    `${paint("bold", "files")}      ${s.files} read, ${s.filesUnchanged} unchanged since the last run${s.filesResumed ? `, ${s.filesResumed} resumed after an interrupted run` : ""}`,
    `${paint("bold", "documents")}  ${d.added} added, ${d.updated} updated, ${d.unchanged} unchanged`,
    `${paint("bold", "duplicates")} ${s.newDuplicates.exact} exact and ${s.newDuplicates.near} near found now; ${s.duplicates} recorded in the index`,
    `${paint("bold", "encodings")}  ${Object.entries(s.encodings).map(([e, n]) => `${n} ${e}`).join(", ") || "-"}; ${s.mojibake.documents} documents with ${s.mojibake.replacementChars} replacement characters`,
    `${paint("bold", "cleaning")}   ${s.removedSpans} spans removed (see "wenku show ID --removed")`,
    `${paint("bold", "problems")}   ${s.problems.length}${kinds ? ` (${kinds}; listed above)` : ""}`,
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
  .option("--yuan <currency>", "what a bare 元 means in these inputs, e.g. HKD for a Hong Kong source (default CNY)", (v) => {
    if (!/^[A-Za-z]{3}$/.test(v)) throw new InvalidArgumentError("expected a three-letter ISO currency code");
    return v.toUpperCase();
  })
  .option("--workers <n>", "threads that clean and analyse (default: number of cores; 0: in process)")
  .option("--batch <n>", "records committed per transaction (default 256)")
  .addHelpText(
    "after",
    `
Reads .txt .md .html .htm .shtml .json .jsonl .ndjson .warc .sgm (and .gz of each) in UTF-8,
GBK, Big5 or UTF-16, streaming large files. Unchanged files are skipped; a run that was
killed resumes where it stopped. A file or record that cannot be read is reported on one
line and the run goes on (exit status 1; encoding warnings alone do not change it).
Directories honour a .wenkuignore file. Changed records replace their documents; once a fifth
of the documents were replaced since the full-text index was built, the run ends by building
it again (said on stderr), so that ranking counts the documents as they are.

Examples:
  $ wenku ingest --db corpus.db dumps/
  $ wenku ingest --db corpus.db 'exports/**/*.jsonl.gz' --map title=headline,body=content
  $ WENKU_DB=corpus.db wenku ingest --json page.html
  $ wenku ingest --db hk.db --yuan HKD hongkong-news.jsonl.gz`,
  )
  .action(async (paths: string[], opts: { db?: string; json?: boolean; map?: string; gazetteer?: string[]; yuan?: string; workers?: string; batch?: string }) => {
    const workers = opts.workers === undefined ? undefined : Number(opts.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
      throw new UserError(`--workers: expected a whole number from 0 to 64, got "${opts.workers}"`, 2);
    }
    const batchSize = opts.batch === undefined ? undefined : Number(opts.batch);
    if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) {
      throw new UserError(`--batch: expected a whole number of at least 1, got "${opts.batch}"`, 2);
    }
    let fieldMap;
    try {
      fieldMap = opts.map ? withOverride(parseFieldMapOverride(opts.map)) : undefined;
    } catch (err) {
      throw new UserError((err as Error).message, 2);
    }
    const path = dbPath(opts);
    let corpus: Corpus;
    try {
      corpus = Corpus.open(path, {
        onUpgrade: (u) => process.stderr.write(`${path}: index format ${u.from} → ${u.to}: indexing ${u.documents} documents again for the new search terms (once)\n`),
      });
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
    // Over a live progress bar: clear its line first; it redraws on the next update.
    const say = (line: string) => process.stderr.write((bar && barStarted ? "\r\x1b[K" : "") + line + "\n");
    try {
      const summary = await corpus.ingest(paths, {
        ...(fieldMap ? { fieldMap } : {}),
        ...(opts.gazetteer ? { gazetteers: opts.gazetteer } : {}),
        ...(opts.yuan ? { yuanCurrency: opts.yuan } : {}),
        ...(workers !== undefined ? { workers } : {}),
        ...(batchSize !== undefined ? { batchSize } : {}),
        onProblem: (p) => say(`wenku: ${describeProblem(p)}`),
        onFullTextRebuild: ({ stale, documents }) =>
          say(`${path}: ${stale} full-text rows were replaced since the index was built (${documents} documents), and SQLite still counts the old ones when it ranks: building the full-text tables again`),
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
      if (summary.problems.some((p) => !isWarning(p))) process.exitCode = 1;
    } finally {
      bar?.stop();
      corpus.close();
    }
  });
