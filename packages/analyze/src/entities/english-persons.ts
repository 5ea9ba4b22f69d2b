import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Entity } from "../schema.js";

// A person named in full: a common given name and one to three capitalised words (Ben Stiller,
// Robert De Niro, Alexander Graham Bell). A list rather than a model: none runs in Node for this.
const NAMES_PATH = fileURLToPath(new URL("../../data/given-names.txt", import.meta.url));
let given: Set<string> | undefined;
function givenNames(): Set<string> {
  given ??= new Set(
    readFileSync(NAMES_PATH, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#")),
  );
  return given;
}

const CAP = "[A-Z][a-z]+(?:[-'’](?!s\\b)[A-Z]?[a-z]+)?";
const FULL_NAME = new RegExp(`\\b([A-Z][a-z]+)((?:\\s+(?:(?:De|Di|Da|Van|Von|Le|La|Mc|O')\\s+)?${CAP}){1,3})(?='s\\b|’s\\b|\\b)`, "g");
// The words after the given name must not be an organisation or a place word (Jack Daniels
// Distillery, Paul Street): then the phrase names something else.
const NOT_SURNAME = /^(?:Street|Road|Avenue|Square|House|Hall|Park|Bridge|Centre|Center|Group|Bank|Company|University|College|School|Hospital|Foundation|Trust|Fund|Award|Awards|Prize|Cup|Stadium|Airport|Island|Islands|County|Day|Act|Bill)$/;

export function englishPersons(text: string): Entity[] {
  const names = givenNames();
  const out: Entity[] = [];
  for (const m of text.matchAll(FULL_NAME)) {
    if (!names.has(m[1]!)) continue;
    const words = m[2]!.trim().split(/\s+/);
    if (words.some((w) => NOT_SURNAME.test(w))) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const surface = text.slice(start, end);
    out.push({ text: surface, start, end, type: "PERSON", name: surface, source: "rule" });
  }
  return out;
}
