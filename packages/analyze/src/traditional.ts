import { createRequire } from "node:module";
import { CHANGED_ALONE, CHANGED_IN_PHRASES, CHANGING_PHRASES } from "./traditional-changes.js";

let converter: ((s: string) => string) | undefined;

/** OpenCC's Traditional → Simplified converter, loaded when first needed: its CommonJS build,
 *  which can be required at that moment (an ESM import is loaded at start-up, used or not). */
function openccConverter(): (s: string) => string {
  const opencc = createRequire(import.meta.url)("opencc-js/t2cn") as { Converter(o: { from: "t"; to: "cn" }): (s: string) => string };
  return opencc.Converter({ from: "t", to: "cn" });
}

/**
 * Traditional → Simplified, exactly as OpenCC converts (`Converter({ from: "t", to: "cn" })`);
 * text in which no dictionary entry would change anything is returned as it is, without
 * loading the converter. Loading it and building its tries took 10–15 ms of a one-shot
 * `wenku search`, and most Simplified and English text never needs it. The skip cannot
 * change an answer: an entry changes text only where its key holds a character it changes,
 * and traditional-changes.ts lists every such character (generated from the same
 * dictionaries; a test checks it against them).
 */
export function toSimplified(text: string): string {
  if (!mayChange(text)) return text;
  converter ??= openccConverter();
  return converter(text);
}

/** Whether this process has loaded the converter (tests check the one-shot path does not). */
export function converterBuilt(): boolean {
  return converter !== undefined;
}

/** Whether some entry of the chain would change `text`: a character that an entry of its own
 *  changes, or a phrase that changes one of its characters. */
export function mayChange(text: string): boolean {
  let phrasesTried: Set<number> | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST_CHANGING) continue;
    // Made at the first character that could change (English text never needs them).
    const { bmp, astral, phrases } = (changes ??= changeTables());
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
    if (cp > 0xffff) i++;
    if (cp > 0xffff ? astral.has(cp) : bmp[cp] === 1) return true;
    // Changed only inside phrases (覆 in 反覆 → 反复, 么 in 么麼 → 幺麽): common characters
    // of Simplified text, where those phrases are rare.
    const keys = phrases.get(cp);
    if (keys === undefined || phrasesTried?.has(cp)) continue;
    (phrasesTried ??= new Set()).add(cp);
    if (keys.some((key) => text.includes(key))) return true;
  }
  return false;
}

/** No dictionary key holds a character below CJK Radicals Supplement (a test checks it):
 *  text without one never reads the tables. */
export const FIRST_CHANGING = 0x2e80;

interface ChangeTables {
  /** CHANGED_ALONE: a table for the Basic Multilingual Plane (asked of every Han character of
   *  every document at ingest), a set for the rest. */
  bmp: Uint8Array;
  astral: Set<number>;
  /** Each character of CHANGED_IN_PHRASES, with the phrases that hold it. */
  phrases: Map<number, string[]>;
}
let changes: ChangeTables | undefined;

function changeTables(): ChangeTables {
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const ch of CHANGED_ALONE) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xffff) astral.add(cp);
    else bmp[cp] = 1;
  }
  const phrases = new Map<number, string[]>();
  for (const ch of CHANGED_IN_PHRASES) {
    phrases.set(ch.codePointAt(0)!, CHANGING_PHRASES.split("|").filter((key) => key.includes(ch)));
  }
  return { bmp, astral, phrases };
}
