import { readFileSync } from "node:fs";
import type { Lang } from "./schema.js";

let table: { hans: Set<string>; hant: Set<string> } | undefined;

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
  table = { hans, hant };
  return table;
}

/** A Han character carries about as much as a short Latin word's worth of letters. */
const LATIN_LETTERS_PER_HAN = 3;

/**
 * zh-Hans / zh-Hant / en / mixed. Chinese when Han characters dominate the letters (Latin
 * letters weighted 1/3), English when Latin does; the Chinese variant by the count of
 * characters whose form differs between the standards.
 */
export function detectLang(text: string): Lang {
  const { hans, hant } = scriptTable();
  let han = 0;
  let latin = 0;
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (hans.has(ch)) simplified++;
      else if (hant.has(ch)) traditional++;
    } else if (/[A-Za-z]/.test(ch)) latin++;
  }
  const latinUnits = latin / LATIN_LETTERS_PER_HAN;
  const total = han + latinUnits;
  if (total === 0) return "mixed";
  const hanShare = han / total;
  if (hanShare >= 0.6) return traditional > simplified ? "zh-Hant" : "zh-Hans";
  if (hanShare <= 0.15) return "en";
  return "mixed";
}
