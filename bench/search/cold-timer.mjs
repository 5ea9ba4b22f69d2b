// Times commands from a small process, as a shell would start them: spawned from the harness
// itself (over 1 GB of heap with the articles loaded), every fresh process took ~25 ms longer
// to start (`node -e 0`: 47–50 ms there, 21–23 ms from here), for every engine alike.
// Reads a JSON array of [command, ...args] on standard input (each run preceded by a
// `node -e 0`), prints a JSON array of [node start ms, command ms]; a command that fails is
// timed all the same and its error written to standard error.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const runs = JSON.parse(readFileSync(0, "utf8"));
const timed = (cmd, args) => {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0) process.stderr.write(`${cmd} ${args.join(" ")} failed: ${r.stderr}\n`);
  return performance.now() - t;
};
const times = runs.map(([cmd, ...args]) => [timed(process.execPath, ["-e", "0"]), timed(cmd, args)]);
process.stdout.write(JSON.stringify(times));
