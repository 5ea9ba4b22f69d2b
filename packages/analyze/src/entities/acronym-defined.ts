import type { Entity } from "../schema.js";

// A capitalised name followed by the acronym it defines in brackets: "USA Track & Field's
// (USATF)", "Financial Services Authority (FSA)". Small linking words inside the name are allowed.
const DEFINED = /((?:[A-Z][A-Za-z]*|&|of|and|for|the)(?:[ -](?:[A-Z][A-Za-z]*|&|of|and|for|the))+)(?:'s)? \(([A-Z]{2,8})\)/g;
const SMALL = /^(?:&|of|and|for|the)$/;
// Expansions that are titles or units, not bodies (Chief Executive Officer (CEO), Gross Domestic
// Product (GDP)): the last word says so.
const NOT_BODY_LAST = /^(?:Officer|Executive|Director|Minister|Secretary|President|Chairman|Product|Index|Rate|Price|Prices|Act|Bill|Syndrome|Virus|Disease|System|Technology)$/;

/** The letters an acronym can take from a name: every letter of an all-capitals word, else its initial. */
function initials(words: string[]): string {
  return words.map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0]!)).join("");
}

/**
 * Names that define their acronym in brackets, both as ORG mentions: the acronym's letters
 * must be the name's initials (an all-capitals word gives all its letters), read from the
 * end of the name so that a capitalised word before the name ("Last year USA Track & Field")
 * is left out. Places and persons are not defined this way often enough to guess; `known`
 * tells a name the gazetteer has as something else (United Arab Emirates (UAE)).
 */
export function definedAcronyms(text: string, options: { known: (surface: string) => string | undefined }): Entity[] {
  if (!text.includes("(")) return [];
  const out: Entity[] = [];
  for (const m of text.matchAll(DEFINED)) {
    const acronym = m[2]!;
    const words = m[1]!.split(/[ -]/);
    // The shortest run of words, ending at the bracket, whose initials spell the acronym.
    let from = -1;
    for (let k = words.length - 1; k >= 0; k--) {
      if (SMALL.test(words[k]!)) continue;
      const run = words.slice(k).filter((w) => !SMALL.test(w));
      const letters = initials(run);
      if (letters === acronym) {
        from = k;
        break;
      }
      if (letters.length > acronym.length) break;
    }
    if (from < 0 || NOT_BODY_LAST.test(words.at(-1)!)) continue;
    const nameWords = words.slice(from);
    // Offsets: the name is the last words of the match's first group.
    const groupStart = m.index!;
    const prefix = words.slice(0, from).join(" ");
    const start = groupStart + (prefix ? m[1]!.indexOf(nameWords[0]!, prefix.length) : 0);
    const end = groupStart + m[1]!.length;
    const name = text.slice(start, end);
    const type = options.known(name);
    if (type && type !== "ORG") continue;
    const acronymStart = m.index! + m[0].length - acronym.length - 1;
    out.push({ text: name, start, end, type: "ORG", name, source: "rule" });
    out.push({ text: acronym, start: acronymStart, end: acronymStart + acronym.length, type: "ORG", name, source: "rule" });
  }
  return out;
}
