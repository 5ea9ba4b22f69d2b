import type { Entity } from "../schema.js";

// Team sheets, as sports reports print them: "Yachvili (Biarritz), Pierre Mignoni (Clermont),
// Yann Delaigue (Castres) …" — a player's name and his club in brackets, over and over. Three
// such entries in one paragraph make it a team sheet; then each bracket names a club (an ORG,
// unless the gazetteer knows it as something else: a national side is a place) and the words
// before it a player. A single "Scotland v Italy (Sat)" is no team sheet.
const NAME_WORD = "(?:[A-Z][\\p{L}'’.&#;-]*)";
const ENTRY = new RegExp(`((?:${NAME_WORD} ){0,3}${NAME_WORD}) \\(([A-Z][\\p{L}&#;'’. -]{1,30}?)(?:/[A-Z]{2,4})?(?:, ?capt\\.?)?\\)`, "gu");
const MIN_ENTRIES = 3;
// Words that open a list rather than a name ("Replacements: Yachvili (Biarritz)").
const LIST_WORD = /^(?:Replacements|Substitutes|Subs|Squad|Forwards|Backs|Team|Props|Hookers|Locks|Flankers|Centres|Wings|Full-backs|Scrum-halves|Fly-halves|Midfielders|Defenders|Goalkeepers|Strikers|The|And)$/;

interface Options {
  /** The gazetteer's type for this surface, if it has one. */
  known: (surface: string) => string | undefined;
}

/** Players and their clubs in team sheets. */
export function teamSheetEntities(text: string, options: Options): Entity[] {
  if (!text.includes(" (")) return [];
  const out: Entity[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const entries = [...paragraph[0].matchAll(ENTRY)];
    if (entries.length < MIN_ENTRIES) continue;
    const base = paragraph.index!;
    for (const m of entries) {
      const club = m[2]!.trim();
      const clubStart = base + m.index! + m[0].indexOf(`(${m[2]!}`) + 1;
      if (!options.known(club)) out.push({ text: club, start: clubStart, end: clubStart + club.length, type: "ORG", name: club, source: "rule" });
      // The player: the name words before the bracket, less a list's opening word.
      const words = m[1]!.split(" ");
      while (words.length && LIST_WORD.test(words[0]!.replace(/:$/, ""))) words.shift();
      if (!words.length || words.some((w) => w.endsWith(":"))) continue;
      const name = words.join(" ");
      const nameStart = base + m.index! + m[1]!.length - name.length;
      if (!options.known(name)) out.push({ text: name, start: nameStart, end: nameStart + name.length, type: "PERSON", name, source: "rule" });
    }
  }
  return out;
}
