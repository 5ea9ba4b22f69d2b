import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultGazetteer } from "../entities/gazetteer.js";
import { splitGluedVerbs } from "./glued-verb.js";

/** The part of nodejieba this package uses. */
interface Jieba {
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
  insertWord(word: string, tag?: string): boolean;
  load(paths: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): boolean;
}

/** A Han token with jieba's part-of-speech tag. */
export interface TaggedWord {
  word: string;
  tag: string;
}

export const USER_DICT_PATH = fileURLToPath(new URL("../../data/user-dict.txt", import.meta.url));
// One-line stand-ins for the keyword extractor's IDF table and stop words, which this package
// never uses: loading jieba's own (6 MB of IDF) costs about 18 MB of memory in every worker.
const UNUSED_IDF_PATH = fileURLToPath(new URL("../../data/jieba-unused-idf.txt", import.meta.url));
const UNUSED_STOP_WORDS_PATH = fileURLToPath(new URL("../../data/jieba-unused-stop-words.txt", import.meta.url));

let jieba: Jieba | undefined;

/** True once nodejieba has been loaded (its dictionary load costs about a second). */
export function jiebaLoaded(): boolean {
  return jieba !== undefined;
}

const POS_BY_TYPE = { ORG: "nt", PERSON: "nr", PLACE: "ns", PRODUCT: "nz" } as const;

function readUserDict(): [string, string | undefined][] {
  return readFileSync(USER_DICT_PATH, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [word, tag] = line.split(/\s+/);
      return [word!, tag];
    });
}

/**
 * Load nodejieba on first use, never at import: importing @wenku/analyze must stay cheap for
 * the search CLI. Domain terms and the gazetteer's Han names are inserted once so that
 * 英伟达, 台积电, 液冷 … come out whole and tagged.
 */
export function getJieba(): Jieba {
  if (jieba) return jieba;
  const loaded = createRequire(import.meta.url)("nodejieba") as Jieba;
  loaded.load({ idfDict: UNUSED_IDF_PATH, stopWordDict: UNUSED_STOP_WORDS_PATH });
  for (const [word, tag] of readUserDict()) loaded.insertWord(word, tag);
  for (const entry of defaultGazetteer().entries()) {
    for (const alias of entry.aliases) {
      if (/^[\p{Script=Han}]{2,}$/u.test(alias)) loaded.insertWord(alias, POS_BY_TYPE[entry.type]);
    }
  }
  jieba = loaded;
  return loaded;
}

/**
 * Cut and tag one Han run. The tokens always concatenate back to the run; if jieba ever
 * returned something else (it should not), fall back to one token per character.
 */
export function tagHan(run: string): TaggedWord[] {
  const tagged = getJieba().tag(run);
  let joined = "";
  for (const t of tagged) joined += t.word;
  if (joined === run) return splitGluedVerbs(tagged);
  return Array.from(run, (ch) => ({ word: ch, tag: "x" }));
}

