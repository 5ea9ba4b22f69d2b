import { readFileSync } from "node:fs";
import type { Lang } from "./schema.js";
import { isHanUnit } from "./text/char-class.js";

const HAN = /\p{Script=Han}/u;

const SIMPLIFIED = 1;
const TRADITIONAL = 2;

let table: { hans: Set<string>; hant: Set<string>; bmpForm: Uint8Array } | undefined;

/** Simplified-only and Traditional-only characters from data/hans-hant.txt. */
function scriptTable() {
  if (table) return table;
  const text = readFileSync(new URL("../data/hans-hant.txt", import.meta.url), "utf8");
  const hans = new Set<string>();
  const hant = new Set<string>();
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    for (const pair of line.split(/\s+/)) {
      const [s, t] = [...pair];
      if (s && t) {
        hans.add(s);
        hant.add(t);
      }
    }
  }
  // The same answer for one-unit chars as a table (a char in both lists counts as Simplified).
  const bmpForm = new Uint8Array(0x10000);
  for (const ch of hant) if (ch.length === 1) bmpForm[ch.charCodeAt(0)] = TRADITIONAL;
  for (const ch of hans) if (ch.length === 1) bmpForm[ch.charCodeAt(0)] = SIMPLIFIED;
  table = { hans, hant, bmpForm };
  return table;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A Han character carries about as much as a short Latin word's worth of letters. */
const LATIN_LETTERS_PER_HAN = 3;

/**
 * zh-Hans / zh-Hant / en / mixed. Chinese when Han characters dominate the letters (Latin
 * letters weighted 1/3), English when Latin does; the Chinese variant by the count of
 * characters whose form differs between the standards.
 */
export function detectLang(text: string): Lang {
  const { hans, hant, bmpForm } = scriptTable();
  let han = 0;
  let latin = 0;
  let simplified = 0;
  let traditional = 0;
  // By code unit, not `for (const ch of text)`: the iterator made a string of every
  // character of every document (this runs in cleaning and again in analysis). A surrogate
  // pair is one character, read as a string; a lone surrogate is a character that is not Han.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
      continue;
    }
    let form: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      const ch = text.slice(i, i + 2);
      i++;
      if (!HAN.test(ch)) continue;
      form = hans.has(ch) ? SIMPLIFIED : hant.has(ch) ? TRADITIONAL : 0;
    } else {
      if (!isHanUnit(code)) continue;
      form = bmpForm[code]!;
    }
    han++;
    if (form === SIMPLIFIED) simplified++;
    else if (form === TRADITIONAL) traditional++;
  }
  const latinUnits = latin / LATIN_LETTERS_PER_HAN;
  const total = han + latinUnits;
  if (total === 0) return "mixed";
  const hanShare = han / total;
  if (hanShare >= 0.6) return traditional > simplified ? "zh-Hant" : "zh-Hans";
  if (hanShare <= 0.15) return "en";
  return "mixed";
}
