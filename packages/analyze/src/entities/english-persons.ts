import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Entity } from "../schema.js";

// A person named in full: a common given name and one to three capitalised words (Ben Stiller,
// Robert De Niro, Alexander Graham Bell). A list rather than a model: none runs in Node for this.
// The curated list, then a longer one taken from compromise's lexicon and filtered against the
// BBC corpus (data/given-names-lexicon.txt; eval/analyze/build-given-names.ts writes it).
const NAMES_PATHS = ["given-names.txt", "given-names-lexicon.txt"].map((f) => fileURLToPath(new URL(`../../data/${f}`, import.meta.url)));
let given: Set<string> | undefined;
export function givenNames(): Set<string> {
  given ??= new Set(
    NAMES_PATHS.flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("#")),
    ),
  );
  return given;
}

const CAP = "[A-Z][a-z]+(?:[-'’](?!s\\b)[A-Z]?[a-z]+)?";
const FULL_NAME = new RegExp(`\\b([A-Z][a-z]+)((?:\\s+(?:(?:De|Di|Da|Van|Von|Le|La|Mc|O')\\s+)?${CAP}){1,3})(?='s\\b|’s\\b|\\b)`, "g");
// The words after the given name must not be an organisation or a place word (Jack Daniels
// Distillery, Paul Street): then the phrase names something else.
const NOT_SURNAME = /^(?:Street|Road|Avenue|Square|House|Hall|Park|Bridge|Centre|Center|Group|Bank|Company|University|College|School|Hospital|Foundation|Trust|Fund|Award|Awards|Prize|Cup|Stadium|Airport|Island|Islands|County|Day|Act|Bill)$/;

// A kind of company or group right before the name: "company Sierra Wireless", "band Ruby Tuesday".
const BODY_KIND_BEFORE = /\b(?:company|companies|firm|firms|group|maker|manufacturer|retailer|operator|carrier|airline|bank|lender|insurer|brand|label|band|studio|chain|giant|rival|outfit|site|website|magazine|newspaper|channel|station)\s$/;

export function englishPersons(text: string): Entity[] {
  const names = givenNames();
  const out: Entity[] = [];
  for (const m of text.matchAll(FULL_NAME)) {
    if (!names.has(m[1]!)) continue;
    if (BODY_KIND_BEFORE.test(text.slice(Math.max(0, m.index! - 14), m.index!))) continue;
    const words = m[2]!.trim().split(/\s+/);
    if (words.some((w) => NOT_SURNAME.test(w))) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const surface = text.slice(start, end);
    out.push({ text: surface, start, end, type: "PERSON", name: surface, source: "rule" });
  }
  return out;
}
