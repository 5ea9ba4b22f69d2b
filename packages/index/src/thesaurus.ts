import { readFileSync } from "node:fs";
import { z } from "zod";

export const ThesaurusFile = z.object({
  about: z.string(),
  concepts: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)) })),
});

/** Concepts whose names in Chinese and English match each other at query time (液冷 ↔
 *  liquid cooling). Stored in the index's alias table with type TERM: they expand queries
 *  but are not entities, so they never appear in entity listings. */
export function loadThesaurus(path: string | URL = new URL("../data/thesaurus.json", import.meta.url)) {
  const file = ThesaurusFile.parse(JSON.parse(readFileSync(path, "utf8")));
  return file.concepts.map((c) => ({ name: c.name, type: "TERM", aliases: c.aliases }));
}
