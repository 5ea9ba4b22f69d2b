import { readFileSync } from "node:fs";
import { z } from "zod";
import { fold } from "../fold.js";
import type { Cut } from "../view.js";
import { isCodedSiteName } from "./title-site-name.js";
import { termAt } from "./terms.js";

const Words = z.object({ sources: z.record(z.string(), z.string()), commercialNouns: z.array(z.string()), editorialLabels: z.array(z.string()) });
let words: { nouns: string[]; labels: string[] } | undefined;
function prefixWords() {
  if (words) return words;
  const file = Words.parse(JSON.parse(readFileSync(new URL("../../data/title-prefix-words.json", import.meta.url), "utf8")));
  const lower = (xs: string[]) => [...new Set(xs.map((x) => x.toLowerCase()))].sort((a, b) => b.length - a.length);
  words = { nouns: lower(file.commercialNouns), labels: lower(file.editorialLabels) };
  return words;
}

/** A bracketed prefix: [..] 【..】 〔..〕 ［..］ （..） (..) 〖..〗, then the headline. */
const PREFIX = /^\s*([\[【〔［（(〖])([^\]】〕］）)〗\n]{2,16})([\]】〕］）)〗])\s*/u;
const CLOSERS: Record<string, string> = { "[": "]", "【": "】", "〔": "〕", "［": "］", "（": "）", "(": ")", "〖": "〗" };

const lettersOf = (s: string) => fold(s).text.replace(/[^\p{L}\p{N}]/gu, "");

/** Is the bracketed text a business's name: a brand with a code, site/lure vocabulary, or
 *  a name (≥2 letters) closed by a shop/product category noun (X化妆品, X旗舰店)? */
function isCommercialName(inner: string): boolean {
  const f = lettersOf(inner);
  if (isCodedSiteName(inner)) return true;
  for (let i = 0; i < f.length; i++) {
    const t = termAt(f, i);
    if (t && t.kind !== "site") return true;
  }
  return prefixWords().nouns.some((n) => f.endsWith(n) && f.length - n.length >= 2);
}

/**
 * spam/title-prefix: a commercial name injected in brackets before the real headline
 * ("[<brand>化妆品]<headline>"). Three tests, all needed:
 *  - the words in the brackets are a business's name (see isCommercialName), not a story
 *    label (直播, 快讯, 獨家, 專訪…, which newsrooms put there);
 *  - they occur nowhere in the article: an injected name has nothing to do with the story,
 *    while a company tag on a business story (【华北制药】…) is named in the article;
 *  - the rest is a headline of its own (≥4 letters). Its words are not required in the
 *    text: opinion pieces and digests title themselves in words of their own ("雞蛋撼牆",
 *    "国际联播快讯"), which failed 3 of 40 generated titles when 30% of its bigrams were.
 * Returns the cut (the brackets and what they hold), in the title's coordinates, or null.
 */
export function commercialPrefixCut(title: string, body: string): Cut | null {
  const m = PREFIX.exec(title);
  if (!m || CLOSERS[m[1]!] !== m[3]) return null;
  const inner = m[2]!;
  if (/[。！？，；,!?;:：]/u.test(inner)) return null;
  const innerLetters = lettersOf(inner);
  if (innerLetters.length < 2) return null;
  if (prefixWords().labels.some((l) => innerLetters.includes(l))) return null;
  if (!isCommercialName(inner)) return null;
  const rest = lettersOf(title.slice(m[0].length));
  if ([...rest].length < 4) return null;
  const text = lettersOf(body);
  if (!text) return null;
  // The name, or its part before the category noun, in the article: a tag of this story.
  const noun = prefixWords().nouns.find((n) => innerLetters.endsWith(n));
  const brand = noun ? innerLetters.slice(0, innerLetters.length - noun.length) : innerLetters;
  if (text.includes(innerLetters) || (brand.length >= 2 && text.includes(brand))) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    reason: "spam-insertion",
    rule: "spam/title-prefix",
    detail: `a commercial name "${inner}" bracketed before the headline, found nowhere in the article`,
  };
}
