import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityType } from "../schema.js";
import { foldForSearch } from "../normalize.js";

/** One named thing and every way it is written. */
export interface GazetteerEntry {
  /** Canonical name (English where there is one): the same for every alias. */
  name: string;
  type: EntityType;
  /** Every surface form, the name included: Simplified, Traditional, English variants. */
  aliases: string[];
  /** Aliases that are also ordinary words (苹果 = apple): they count in text only next to a cue
   *  word or when the same document names the entry unambiguously. */
  ambiguous?: string[];
  /** Cue words (folded) that make an ambiguous alias count when within a few characters. */
  cues?: string[];
}

/** The package's own gazetteer file. */
export const DEFAULT_GAZETTEER_PATH = fileURLToPath(new URL("../../data/gazetteer.json", import.meta.url));

const ENTITY_TYPES = new Set(["ORG", "PERSON", "PLACE", "PRODUCT"]);

/** The key aliases are looked up by: folded (NFKC, lower case, Simplified), spaces collapsed. */
export function aliasKey(alias: string): string {
  return foldForSearch(alias.trim()).text.replace(/\s+/g, " ");
}

function parseFile(path: string): GazetteerEntry[] {
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  const list = Array.isArray(raw) ? raw : (raw as { entries?: unknown }).entries;
  if (!Array.isArray(list)) throw new Error(`${path}: expected an array of entries or {"entries": [...]}`);
  return list.map((e: any, i: number) => {
    if (typeof e?.name !== "string" || !ENTITY_TYPES.has(e?.type) || !Array.isArray(e?.aliases)) {
      throw new Error(`${path}: entry ${i} needs "name", "type" (ORG|PERSON|PLACE|PRODUCT) and "aliases"`);
    }
    const aliases: string[] = e.aliases.filter((a: unknown): a is string => typeof a === "string" && a.trim() !== "");
    if (!aliases.includes(e.name)) aliases.unshift(e.name);
    const entry: GazetteerEntry = { name: e.name, type: e.type, aliases };
    if (Array.isArray(e.ambiguous) && e.ambiguous.length) entry.ambiguous = e.ambiguous.map(String);
    if (Array.isArray(e.cues) && e.cues.length) entry.cues = e.cues.map((c: unknown) => aliasKey(String(c)));
    return entry;
  });
}

/**
 * A bilingual alias table: 联想 / 聯想 / Lenovo / Lenovo Group → Lenovo. Look-ups are
 * case-, width- and script-insensitive. Loading never touches nodejieba, so the search side
 * can use it cheaply.
 */
export class Gazetteer {
  private readonly list: GazetteerEntry[] = [];
  private readonly byKey = new Map<string, GazetteerEntry>();
  private readonly byName = new Map<string, GazetteerEntry>();
  private readonly ambiguousKeys = new Set<string>();

  /**
   * Build from entries. Entries with the same name and type are merged (a user file may add
   * aliases to a built-in entry); an alias claimed by two different entries is an error,
   * because resolve() must give one answer.
   */
  constructor(entries: Iterable<GazetteerEntry> = []) {
    for (const e of entries) this.add(e);
  }

  /** Load and merge gazetteer files, in order. Pass DEFAULT_GAZETTEER_PATH first to extend the built-in one. */
  static fromFiles(...paths: string[]): Gazetteer {
    const g = new Gazetteer();
    for (const p of paths) for (const e of parseFile(p)) g.add(e, p);
    return g;
  }

  private add(entry: GazetteerEntry, from = "entries"): void {
    const nameKey = `${entry.type}\u0000${entry.name}`;
    let target = this.byName.get(nameKey);
    if (!target) {
      target = { name: entry.name, type: entry.type, aliases: [] };
      this.byName.set(nameKey, target);
      this.list.push(target);
    }
    for (const alias of entry.aliases) {
      const key = aliasKey(alias);
      if (!key) continue;
      const owner = this.byKey.get(key);
      if (owner && owner !== target) {
        throw new Error(`${from}: alias "${alias}" of ${entry.name} is already an alias of ${owner.name}`);
      }
      this.byKey.set(key, target);
      if (!target.aliases.includes(alias)) target.aliases.push(alias);
    }
    for (const a of entry.ambiguous ?? []) this.ambiguousKeys.add(aliasKey(a));
    if (entry.ambiguous) target.ambiguous = [...new Set([...(target.ambiguous ?? []), ...entry.ambiguous])];
    if (entry.cues) target.cues = [...new Set([...(target.cues ?? []), ...entry.cues])];
  }

  /** The entry an alias names, in any script, width or case; undefined when unknown. */
  resolve(alias: string): GazetteerEntry | undefined {
    return this.byKey.get(aliasKey(alias));
  }

  /** All entries (aliases include the name). */
  entries(): GazetteerEntry[] {
    return this.list;
  }

  /** Is this folded alias also an ordinary word (苹果), needing a cue to count in text? */
  isAmbiguousKey(key: string): boolean {
    return this.ambiguousKeys.has(key);
  }

  /** Folded alias → entry, for the text matcher. */
  aliasTable(): ReadonlyMap<string, GazetteerEntry> {
    return this.byKey;
  }
}

let builtIn: Gazetteer | undefined;

/** The package's gazetteer, loaded once. */
export function defaultGazetteer(): Gazetteer {
  builtIn ??= Gazetteer.fromFiles(DEFAULT_GAZETTEER_PATH);
  return builtIn;
}
