import type { Reporter } from "vitest/node";

type Task = { type: string; mode: string; result?: { state?: string }; tasks?: Task[] };

/** Ends a run with one plain "tests: N passed, N failed, N skipped" line, the form CI reads.
 *  Uses onFinished, which runs after the default reporter has printed its summary. */
export default class SummaryReporter implements Reporter {
  onFinished(files: Task[] = [], errors: unknown[] = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const walk = (task: Task) => {
      if (task.type === "test") {
        const state = task.result?.state;
        if (state === "pass") passed++;
        else if (state === "fail") failed++;
        else skipped++;
      }
      task.tasks?.forEach(walk);
    };
    for (const file of files) {
      walk(file);
      // A file that failed to load has no tests but is a failure.
      if (file.result?.state === "fail" && !file.tasks?.length) failed++;
    }
    failed += errors.length;
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
