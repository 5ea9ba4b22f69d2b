import type { Entity } from "../schema.js";

// English places the gazetteer does not know (Peterhead, Gosport, Rajasthan, Balado), read from
// the sentence: one capitalised word right after "in" or "near", ending the phrase (a comma,
// a full stop, or a preposition or time word next: "in Gosport.", "near Kinross, from", "in
// Hove on Saturday"). On a sample of 450 BBC articles read by hand these were places about nine
// times in ten; the rest were companies after "a stake in" / "shares in", films after "starred
// in" and bodies ("in Parliament", "in Cabinet"), which the checks below leave out. "at" is left
// out: "an analyst at Nomura" names companies as often as places. A word followed by a
// lower-case noun is an adjective ("in Japanese companies"), so the phrase must end there.
// Found once, the name is then marked wherever the document repeats it (propagate in find.ts).

const IN_PLACE = /\b(?:in|near|close to)\s([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=[,.;:)]|\s(?:on|in|at|from|to|for|last|this|next|during|before|after|and|where|when|while|since|until|until)\b|$)/g;
const JOINED_PLACE = /^,?\s(?:and|or)\s([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=[,.;:)]|\s(?:on|in|at|from|to|for|last|this|next|during|before|after|where|when|while|since|until)\b|$)/;
// Words before "in" that make what follows a company, a work or a cause, not a place.
const NOT_PLACE_BEFORE = /\b(?:stake|stakes|shares|share|interest|interests|investment|invest|invested|investing|role|roles|starred|stars|star|appeared|appears|appearing|written|published|confidence|faith|belief|believe|believes|trust|involved|member|members|part|lost|win|won|beat|victory|defeat|editor|writer|work|works|working|worked|job|seen|film|films|movie|series|show|shows|play|plays|musical|novel|book|song|album|character|lead|cast|starring|roles)\s$/i;
// Capitalised nouns after "in" that name a body, a season or a language.
const NOT_PLACE_WORD =
  /^(?:Parliament|Cabinet|Government|Congress|Senate|Court|Commons|Lords|Council|Downing|Whitehall|Westminster|Labour|Conservative|Tory|Tories|Office|Committee|Spring|Summer|Autumn|Winter|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|English|French|German|Spanish|Italian|Latin|Welsh|Gaelic|Arabic|Chinese|Japanese|Russian|Hindi|Urdu|Irish|Scottish|Mandarin|Cantonese|United|National|International|Royal|Central|British|American|European|Asian|African|Business|Question|Time|Today|Tomorrow|Yesterday|Act|Bill|Law|Court|Charge|General|Total|Part|Chapter|Game|Division|League|Cup|Round|Final|Group|Extra|The)$/;
// Adjectives of nationality ("in Pakistani hands" ends no phrase, but "in Pakistani." is a typo
// for the country and rare): left out.
const ADJECTIVE_ENDING = /(?:ese|ish|ian|ians|ean|ans|ic|ch|ani|aqi|eli)$/;

// "the western Tiaret region", "the Maghnia region", "the Swat valley": a capitalised name
// before a word for a kind of area is the area's name.
const KIND_PLACE = /\bthe\s(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|north-east|north-west|south-east|south-west|remote|rural|mountainous|restive|troubled)\s)?((?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\s){1,2})(?:region|province|district|county|valley|governorate|prefecture)\b/g;

interface Options {
  /** Does the gazetteer know this surface (as anything)? Then the gazetteer's reading stands. */
  known: (surface: string) => boolean;
  /** Is this word a person of the document (a surname, a given name)? */
  isPerson: (surface: string) => boolean;
}

/** Places named by one capitalised word after "in", "near" or "close to" that ends the phrase, or before a word for a region. */
export function englishPrepositionPlaces(text: string, options: Options): Entity[] {
  const out: Entity[] = [];
  if (!text.includes(" in ") && !text.includes(" near ") && !text.includes(" to ") && !text.includes("the ")) return out;
  for (const m of text.matchAll(IN_PLACE)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    if (NOT_PLACE_WORD.test(name) || ADJECTIVE_ENDING.test(name) || options.known(name) || options.isPerson(name)) continue;
    if (NOT_PLACE_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
    out.push({ text: name, start, end: start + name.length, type: "PLACE", name, source: "rule" });
    // "in Aberdeen and Peterhead": a place joined to it by and / or is a place too.
    const joined = JOINED_PLACE.exec(text.slice(start + name.length, start + name.length + 40));
    if (joined) {
      const other = joined[1]!;
      const at = start + name.length + joined[0].length - other.length;
      if (!NOT_PLACE_WORD.test(other) && !ADJECTIVE_ENDING.test(other) && !options.known(other) && !options.isPerson(other)) {
        out.push({ text: other, start: at, end: at + other.length, type: "PLACE", name: other, source: "rule" });
      }
    }
  }
  for (const m of text.matchAll(KIND_PLACE)) {
    const name = m[1]!.trim();
    const start = m.index! + m[0].indexOf(m[1]!);
    const words = name.split(" ");
    if (words.some((w) => NOT_PLACE_WORD.test(w) || ADJECTIVE_ENDING.test(w)) || options.known(name) || options.isPerson(name)) continue;
    if (out.some((e) => e.start === start)) continue;
    out.push({ text: name, start, end: start + name.length, type: "PLACE", name, source: "rule" });
  }
  return out;
}
