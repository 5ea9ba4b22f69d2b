import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Engine } from "./engine.js";
import { GroongaEngine, groongaAvailable } from "./groonga-engine.js";
import { TrigramEngine } from "./trigram-engine.js";
import { WenkuEngine } from "./wenku-engine.js";

/** The engines asked for, without Groonga when it is not installed (said once on stderr). */
export function availableEngines(names: string[], log: (line: string) => void): string[] {
  if (!names.includes("groonga") || groongaAvailable()) return names;
  log("groonga not found: going on without the Groonga peer (install it with: apt-get install -y groonga-bin)");
  return names.filter((e) => e !== "groonga");
}

/** An engine by name, keeping its index in `dir` (Groonga serves on `port`). */
export function makeEngine(name: string, dir: string, port: number): Engine {
  mkdirSync(dir, { recursive: true });
  if (name === "wenku") return new WenkuEngine(join(dir, "wenku.db"));
  if (name === "fts5-trigram") return new TrigramEngine(join(dir, "trigram.db"));
  if (name === "groonga") return new GroongaEngine(join(dir, "groonga"), port);
  throw new Error(`unknown engine ${name} (known: wenku, fts5-trigram, groonga)`);
}

/** The file whose presence says the engine's index was built. */
export function indexFile(engine: Engine): string {
  return engine instanceof GroongaEngine ? join(engine.dir, "groonga.db") : (engine as WenkuEngine | TrigramEngine).path;
}
