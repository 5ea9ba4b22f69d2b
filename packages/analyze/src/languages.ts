import { detectLang } from "@wenku/clean";
import type { ParagraphLang } from "./schema.js";

// A paragraph is a run of text between line breaks; blank lines and lines without letters
// (rules, markup leftovers) get no language.
const PARAGRAPH = /[^\n]+/g;
const HAS_LETTER = /[\p{Script=Han}A-Za-z]/u;

/**
 * The language of each paragraph (zh-Hans, zh-Hant, en or mixed), with offsets into `text`,
 * using the cleaning stage's detector so that documents and paragraphs are judged alike.
 */
export function paragraphLanguages(text: string): ParagraphLang[] {
  const out: ParagraphLang[] = [];
  for (const m of text.matchAll(PARAGRAPH)) {
    if (!HAS_LETTER.test(m[0])) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, lang: detectLang(m[0]) });
  }
  return out;
}
