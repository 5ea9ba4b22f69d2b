import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { isCommonSurname } from "./pos-entities.js";

// Chinese names the text gives no title or cue for (22岁的王云峰, 砌陳浩天) but repeats: a word
// of three characters that jieba's dictionary does not know (tag x), starting with a common
// surname, written two or more times as a word of its own, is a person. jieba's own nr tag is
// not used here: its dictionary tags transliterated words such as 马拉松 nr.
const MIN_REPEATS = 2;

/** Persons named by a repeated unknown three-character word that starts with a surname. */
export function repeatedNames(text: string, tokens: TaggedToken[]): Entity[] {
  const byText = new Map<string, TaggedToken[]>();
  for (const t of tokens) {
    if (t.tag !== "x" || t.end - t.start !== 3 || !isCommonSurname(text[t.start]!)) continue;
    const surface = text.slice(t.start, t.end);
    // Not a body by its ending (林草局), nor a person by an honorific (羅先生 is kept elsewhere).
    if (!/^\p{Script=Han}{3}$/u.test(surface) || /[局會会社院署處处部黨党廳厅校]$/u.test(surface)) continue;
    const list = byText.get(surface) ?? [];
    list.push(t);
    byText.set(surface, list);
  }
  const out: Entity[] = [];
  for (const [surface, list] of byText) {
    if (list.length < MIN_REPEATS) continue;
    for (const t of list) out.push({ text: surface, start: t.start, end: t.end, type: "PERSON", name: surface, source: "rule" });
  }
  return out;
}

// Villages, towns and streets written after the county or city they belong to (长兴县画溪村):
// a word jieba does not know or reads as a place, ending in an administrative word.
const LOCAL_PLACE = /^\p{Script=Han}{1,4}(?:村|镇|鎮|乡|鄉|街道|社区|社區)$/u;
const ADMIN_END = /(?:省|市|县|縣|区|區|州|镇|鎮|乡|鄉)$/u;

/** Local places right after an administrative place already found. */
export function localPlaces(text: string, tokens: TaggedToken[], found: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const p of found) {
    if (p.type !== "PLACE" || !ADMIN_END.test(p.text)) continue;
    const t = tokenStartingAt(tokens, p.end);
    if (!t || !/^(?:x|ns|nr\w*|nz)$/.test(t.tag ?? "")) continue;
    const surface = text.slice(t.start, t.end);
    if (LOCAL_PLACE.test(surface)) out.push({ text: surface, start: t.start, end: t.end, type: "PLACE", name: surface, source: "rule" });
  }
  return out;
}

/** The token that starts at `i` (tokens are in text order), found by binary search. */
function tokenStartingAt(tokens: TaggedToken[], i: number): TaggedToken | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === i) return tokens[mid];
    if (s < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
