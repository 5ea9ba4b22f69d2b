import type { Entity } from "../schema.js";
import { givenNames } from "./english-persons.js";

// English persons whose given name is in no list (Arsene Wenger, Waad Al-Kateab): news writes a
// person in full once and then by surname alone ("… said Wenger"). A run of two or three
// capitalised words whose last word the document also writes alone, as a name of its own (not
// after "the", not inside another capitalised run), is a person. Written by hand: the
// document-level evidence is what makes it safe, and no Node tagger uses it.

const NAME_WORD = "[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?";
const RUN = new RegExp(`(?<![A-Za-z'’-]\\s?)(${NAME_WORD})((?:\\s${NAME_WORD}){1,2})(?![A-Za-z'’-]|\\s[A-Z])`, "g");
// Words that start sentences, titles or phrases, or end names of things other than persons.
const NOT_FIRST = /^(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|You|Your|But|And|Or|If|When|While|After|Before|In|On|At|For|With|From|By|As|So|Yet|Then|There|Here|What|Who|Why|How|Where|Which|Some|Many|Most|All|Both|Each|Every|No|Not|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prime|President|Chancellor|Minister|Secretary|General|Chief|North|South|East|West|New|Old|Great|Royal|National|International|United|British|American|European|Olympic|World|Premier|Champions|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Labour|Tory|Conservative|Liberal|Democrat|Democrats|Republican|Republicans|Football|League|Cup|Division|Championship)$/;
const NOT_LAST = /^(?:Street|Road|Avenue|Square|Lane|House|Hall|Park|Bridge|Centre|Center|Group|Bank|Company|Corporation|University|College|School|Hospital|Foundation|Trust|Fund|Award|Awards|Prize|Cup|League|Stadium|Airport|Island|Islands|County|City|Town|United|Rovers|Athletic|Day|Act|Bill|Party|Council|Office|Agency|Commission|Committee|Ministry|Department|Court|Service|Services|Games|Olympics|Championship|Championships|Open|Tour|Festival|Show|Records|Music|News|Times|Post|Journal|Review|Street|Nations|Union|Council|Board|Club|Team|Force|Army|Navy|Police|Republic|Kingdom|States|Minister|President|Secretary|Chancellor|Senator|Governor|Mayor)$/;

const FOLLOWS_NAME = /^(?:[,.;:!?"”]|['’]s\b|\s(?:said|says|told|added|is|was|has|had|will|would|could|can|did|does|who|and)\b)/;
const SENTENCE_START = /(?:^|[.!?"“:\n]\s*)$/;

interface Options {
  /** Does the gazetteer know this surface? Then it names something known, not a new person. */
  known: (surface: string) => boolean;
}

export function repeatedSurnamePersons(text: string, { known }: Options): Entity[] {
  const out: Entity[] = [];
  const candidates = [...text.matchAll(RUN)];
  if (!candidates.length) return out;
  const loneCache = new Map<string, boolean>();
  const writtenAlone = (word: string): boolean => {
    let v = loneCache.get(word);
    if (v !== undefined) return v;
    v = false;
    const re = new RegExp(`(?<![A-Za-z'’-])${word.replace(/[-'’]/g, "\\$&")}(?![A-Za-z'’-])`, "g");
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index! - 12), m.index!);
      const after = text.slice(m.index! + word.length, m.index! + word.length + 3);
      // Alone: not after a capitalised word or an article, not before another capitalised word,
      // and not where every word is capitalised (a sentence or a line start).
      if (/[A-Z][A-Za-z'’-]*\s$/.test(before) || /\b(?:the|a|an|The|A|An)\s$/.test(before) || /^\s[A-Z]/.test(after)) continue;
      if (/(?:^|[.!?"“:\n]\s*)$/.test(before) || /\($/.test(before)) continue;
      // As a name of its own, a surname is followed by punctuation, a possessive or a verb of
      // saying or being, not by a noun it describes (Chinese edition, Christmas card).
      if (!FOLLOWS_NAME.test(text.slice(m.index! + word.length, m.index! + word.length + 10))) continue;
      v = true;
      break;
    }
    loneCache.set(word, v);
    return v;
  };
  const given = givenNames();
  for (const m of candidates) {
    let words = [m[1]!, ...m[2]!.trim().split(/\s+/)];
    let start = m.index!;
    // At a sentence start every word is capitalised: "Teenager Sania Mirza", "Fellow Bath". The
    // first word counts only when it is a given name; else a three-word run loses it.
    if (SENTENCE_START.test(text.slice(Math.max(0, start - 3), start)) && !given.has(words[0]!)) {
      if (words.length < 3) continue;
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    const last = words.at(-1)!;
    if (NOT_FIRST.test(words[0]!) || words.some((w) => NOT_LAST.test(w)) || last.length < 3) continue;
    const surface = words.join(" ");
    if (known(surface) || words.some((w) => known(w))) continue;
    if (!writtenAlone(last)) continue;
    out.push({ text: surface, start, end: start + surface.length, type: "PERSON", name: surface, source: "rule" });
  }
  return out;
}
