import { readFileSync } from "node:fs";

export interface Thesaurus {
  about: string;
  concepts: { name: string; aliases: string[] }[];
}

/** The thesaurus file's shape, checked by hand (no zod: this module is loaded by every
 *  one-shot search through the package root, and zod costs ~45 ms to import). */
export const ThesaurusFile = {
  parse(value: unknown, file = "thesaurus"): Thesaurus {
    const v = value as Partial<Thesaurus> | null;
    if (typeof v !== "object" || v === null || typeof v.about !== "string" || !Array.isArray(v.concepts)) {
      throw new TypeError(`${file}: expected {"about": string, "concepts": [...]}`);
    }
    v.concepts.forEach((c, i) => {
      const ok = typeof c?.name === "string" && c.name.length > 0 && Array.isArray(c.aliases) && c.aliases.every((a) => typeof a === "string" && a.length > 0);
      if (!ok) throw new TypeError(`${file}: concept ${i} needs a non-empty "name" and "aliases" of non-empty strings`);
    });
    return v as Thesaurus;
  },
};

/** Concepts whose names in Chinese and English match each other at query time (液冷 ↔
 *  liquid cooling). Stored in the index's alias table with type TERM: they expand queries
 *  but are not entities, so they never appear in entity listings. */
export function loadThesaurus(path: string | URL = new URL("../data/thesaurus.json", import.meta.url)) {
  const file = ThesaurusFile.parse(JSON.parse(readFileSync(path, "utf8")), String(path));
  return file.concepts.map((c) => ({ name: c.name, type: "TERM", aliases: c.aliases }));
}
