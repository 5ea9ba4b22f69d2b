import { CHANGED_IN_PHRASES, COMPATIBILITY_IDEOGRAPHS, TS_CHARACTERS, TS_PHRASES } from "./traditional-entries.js";

/**
 * Traditional → Simplified, exactly as OpenCC's "t2s" (opencc-js `Converter({ from: "t", to:
 * "cn" })`), on OpenCC's own dictionaries (traditional-entries.ts, generated from opencc-js):
 * compatibility ideographs to unified ones, then phrases and characters, the longest entry
 * first at each position; an ideographic description sequence (⿰車兩) is left as it is.
 *
 * Written here rather than calling opencc-js: in each process its converter loads and builds
 * tries of every entry before converting anything, which with the first conversions cost a
 * one-shot `wenku search` ~30 ms of ~150 on hits in Traditional Chinese; these tables are
 * read from compact strings at first use, ~4 ms with the first conversions, and convert as
 * fast as OpenCC's once warm. Tests compare the two on every dictionary entry and on random
 * text.
 */
export function toSimplified(text: string): string {
  if (!mayChange(text)) return text;
  const t = (conversion ??= conversionTables());
  return convert(convert(text, t.compatibility), t.characters, t.phrases);
}

/** One group of the chain: at each position the longest phrase that starts there, else the
 *  character's own entry, else the character (or whole description sequence) as it is. */
function convert(text: string, characters: CharacterTable, phrases?: Map<number, [string, string][]>): string {
  let out = "";
  let kept = 0; // start of the stretch copied as it is
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const phrase = phrases?.get(cp)?.find(([key]) => text.startsWith(key, i));
    const replacement = phrase?.[1] ?? characters.get(cp);
    if (replacement === undefined) {
      i += unmatchedLength(text, i);
      continue;
    }
    out += text.slice(kept, i) + replacement;
    i += phrase ? phrase[0].length : cp > 0xffff ? 2 : 1;
    kept = i;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** How far an unconverted position reaches: an ideographic description sequence (an operator
 *  U+2FF0–2FFF and its operands, nested) is passed over whole, as OpenCC does. */
function unmatchedLength(text: string, i: number): number {
  const end = descriptionEnd(text, i);
  return end > i ? end - i : text.codePointAt(i)! > 0xffff ? 2 : 1;
}

function descriptionEnd(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  const arity = cp === 0x2ff2 || cp === 0x2ff3 ? 3 : cp >= 0x2ff0 && cp <= 0x2fff ? 2 : 0;
  if (arity === 0) return 0;
  let end = i + 1;
  for (let n = 0; n < arity; n++) {
    if (end >= text.length) return 0;
    end = descriptionEnd(text, end) || end + (text.codePointAt(end)! > 0xffff ? 2 : 1);
  }
  return end;
}

/** Whether some entry of the chain would change `text`: a character that an entry of its own
 *  changes, or a phrase that changes one of its characters. Most Simplified and English text
 *  is answered without building the converter's tables. Safe to skip on: an entry changes
 *  text only where its key holds a character it changes, and every such character is marked
 *  (a phrase's where one of its phrases stands), so false means OpenCC returns the text as is. */
export function mayChange(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST_CHANGING) continue;
    // Made at the first character that could change (English text never needs it).
    const { bmp, astral } = (changed ??= changedCharacters());
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
    const how = cp > 0xffff ? astral.get(cp) : bmp[cp];
    if (how === ALONE) return true;
    // Changed only inside phrases (覆 in 反覆 → 反复, 么 in 么麼 → 幺麽): common characters
    // of Simplified text, where those phrases are rare.
    if (how === IN_PHRASES && (phrasesHolding ??= phrasesByCharacter()).get(cp)!.some(({ key, at }) => at <= i && text.startsWith(key, i - at))) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** For each character of CHANGED_IN_PHRASES, the phrases that hold it and where. */
let phrasesHolding: Map<number, { key: string; at: number }[]> | undefined;

function phrasesByCharacter(): Map<number, { key: string; at: number }[]> {
  const holding = new Map<number, { key: string; at: number }[]>();
  for (const ch of CHANGED_IN_PHRASES) holding.set(ch.codePointAt(0)!, []);
  for (const [key] of phraseEntries()) {
    for (let at = 0; at < key.length; at++) holding.get(key.codePointAt(at)!)?.push({ key, at });
  }
  return holding;
}

/** TS_PHRASES as [key, value] pairs, split once for both uses. */
let phrasePairs: [string, string][] | undefined;

function phraseEntries(): [string, string][] {
  return (phrasePairs ??= TS_PHRASES.split("|").map((entry) => entry.split(" ") as [string, string]));
}

/** No dictionary key holds a character below CJK Radicals Supplement (a test checks it):
 *  text without one never reads the tables. */
export const FIRST_CHANGING = 0x2e80;

/** How an entry changes a character: by an entry of its own, or only inside phrases. */
const ALONE = 1;
const IN_PHRASES = 2;

/** ALONE or IN_PHRASES for each character the chain changes: a table for the Basic
 *  Multilingual Plane (asked of every Han character of every document at ingest), a map for
 *  the rest. */
let changed: { bmp: Uint8Array; astral: Map<number, number> } | undefined;

function changedCharacters(): { bmp: Uint8Array; astral: Map<number, number> } {
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  const mark = (cp: number, how: number) => (cp > 0xffff ? astral.set(cp, how) : (bmp[cp] = how));
  for (const ch of CHANGED_IN_PHRASES) mark(ch.codePointAt(0)!, IN_PHRASES);
  for (const pairs of [COMPATIBILITY_IDEOGRAPHS, TS_CHARACTERS]) eachPair(pairs, (from) => mark(from, ALONE));
  return { bmp, astral };
}

/** A string of code point pairs (key, value, key, value…), as the generated entries hold
 *  characters: read without splitting it into thousands of strings. */
function eachPair(pairs: string, pair: (from: number, to: number) => void): void {
  for (let i = 0; i < pairs.length; ) {
    const from = pairs.codePointAt(i)!;
    i += from > 0xffff ? 2 : 1;
    const to = pairs.codePointAt(i)!;
    i += to > 0xffff ? 2 : 1;
    pair(from, to);
  }
}

/** A character's Simplified form where an entry changes it. */
interface CharacterTable {
  get(cp: number): string | undefined;
}

interface ConversionTables {
  compatibility: CharacterTable;
  characters: CharacterTable;
  /** By first code point, longest key first. */
  phrases: Map<number, [string, string][]>;
}
let conversion: ConversionTables | undefined;

function conversionTables(): ConversionTables {
  const phrases = new Map<number, [string, string][]>();
  for (const entry of phraseEntries()) {
    const first = entry[0].codePointAt(0)!;
    const list = phrases.get(first);
    if (list) list.push(entry);
    else phrases.set(first, [entry]);
  }
  for (const list of phrases.values()) list.sort(([a], [b]) => b.length - a.length);
  return { compatibility: characterTable(COMPATIBILITY_IDEOGRAPHS), characters: characterTable(TS_CHARACTERS), phrases };
}

function characterTable(pairs: string): CharacterTable {
  const bmp = new Uint32Array(0x10000); // 0: no entry
  const astral = new Map<number, number>();
  eachPair(pairs, (from, to) => (from > 0xffff ? astral.set(from, to) : (bmp[from] = to)));
  return {
    get(cp) {
      const to = cp > 0xffff ? astral.get(cp) : bmp[cp];
      return to ? String.fromCodePoint(to) : undefined;
    },
  };
}
