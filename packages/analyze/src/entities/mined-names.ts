import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Entity } from "../schema.js";
import { toSourceSpan, type Folded } from "../normalize.js";
import type { TaggedToken } from "../segment/segment.js";
import { Gazetteer } from "./gazetteer.js";
import { matcherFor } from "./alias-matcher.js";
import { isTokenBoundary } from "./boundaries.js";

/**
 * Names mined from the corpora wenku is run on (eval/analyze/build-mined-names.ts): names the
 * rules found in many documents and in most places the string occurs. Same file format as the
 * gazetteer, but kept apart from it on purpose: these names are not given to jieba (the
 * segmentation stays the dictionary's) and they rank below every rule, so they only fill
 * places where nothing else found a name (林卓廷 written without a title, 农业农村部 without an
 * owner word, Shell with no context word).
 */
export const MINED_NAMES_PATH = fileURLToPath(new URL("../../data/mined-names.json", import.meta.url));

let builtIn: Gazetteer | null | undefined;

/** The package's mined-name lexicon, loaded once; null when the file is absent. */
export function defaultMinedNames(): Gazetteer | null {
  if (builtIn === undefined) builtIn = existsSync(MINED_NAMES_PATH) ? Gazetteer.fromFiles(MINED_NAMES_PATH) : null;
  return builtIn;
}

const HAN_FIRST = /^\p{Script=Han}/u;
const HAN_LAST = /\p{Script=Han}$/u;
const FUNCTION_BEFORE = /[对對据據在从從向与與和同及于於至到自赴访訪经經令使的是被由把将將为為给給跟称稱指及或由让讓请請]/u;

/**
 * Mentions of mined names in `text`. A Han name must start and end on jieba word boundaries
 * (广船国际 but not 中国船 inside 中国船舶); a Latin name must be written with its capital
 * (Total the company, not "total"), which the matcher's word boundaries do not check.
 */
export function minedMentions(text: string, folded: Folded, tokens: TaggedToken[], lexicon: Gazetteer): Entity[] {
  const out: Entity[] = [];
  for (const hit of matcherFor(lexicon).matchAll(folded.text)) {
    const [start, end] = toSourceSpan(folded, hit.start, hit.end);
    const surface = text.slice(start, end);
    if (HAN_FIRST.test(surface) && !isTokenBoundary(tokens, start)) continue;
    if (HAN_LAST.test(surface) && !isTokenBoundary(tokens, end)) continue;
    if (/^[A-Za-z]/.test(surface) && !/^[A-Z]/.test(surface)) continue;
    // A Han name glued to the word before it is part of a longer name (医院 + 深切治療部, 滿洲里 +
    // 疫情防控指揮部, 中国船舶 + 广船国际): left to the rules, unless that word is a function word.
    if (HAN_FIRST.test(surface) && /\p{Script=Han}/u.test(text[start - 1] ?? "") && !FUNCTION_BEFORE.test(text[start - 1]!)) continue;
    // 美国财政部 + 长 is the minister, 競選辦 + 主任 its director: a title, not the body.
    if (hit.entry.type === "ORG" && /^(?:[长長]|主任|主席|副)/u.test(text.slice(end, end + 2))) continue;
    out.push({ text: surface, start, end, type: hit.entry.type, name: hit.entry.name, source: "gazetteer" });
  }
  return out;
}
