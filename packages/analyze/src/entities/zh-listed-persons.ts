import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { foldForSearch } from "../normalize.js";
import { isCommonSurname } from "./pos-entities.js";
import { TITLE } from "./zh-names.js";
import { tokenStartingAt } from "./boundaries.js";
import { lists, type ListItem } from "./zh-lists.js";

// Persons named in an enumeration (蔡奇、王毅参加; 北區陳旭明、林子琼; 沙田區丘文俊、陳兆陽):
// leaders and councillors are listed with no title or verb next to each name, which the other
// person rules need, and jieba splits names it does not know (林子 + 琼). The list is the
// evidence: when an item of a 、-list is a person another rule found, the other items that are
// a two- or three-character name starting with a surname are persons too. An item may start
// with the district, party or body the person stands for (已經退出公民黨的深水埗李俊晞) and a
// title (屯門區議會主席陳樹英): the name is what follows the last of them.

// Less common surnames than pos-entities' list (which gates jieba's nr guesses everywhere):
// here the list is the main evidence, so the rarer surnames of politicians and councillors
// count as well (栗战书, 鄺葆賢, 丘文俊). Folded (Simplified) forms.
const MORE_SURNAMES = new Set(Array.from("栗丘邝关伍温蒙岑乔庞柯翁祝游甘樊葛洪牛施骆倪殷欧阮聂齐康易单包宁卓车凌章鲁麦屈应古劳谷时华左练利冼傅连詹滕蓝霍辛纪舒阎褚盛季耿桂植饶岳柴尤"));
const TITLE_AT_START = new RegExp(`^${TITLE}`, "u");
// A name closing an enumeration (范國威等, 韩正等出席, 李四等人).
const NAME_BEFORE_TAIL = /^(\p{Script=Han}{2,3}?)等/u;
// jieba tags of a whole candidate that is one ordinary dictionary word (文化, 时间) or a place
// or body jieba knows (王府井), not a person's name.
const COMMON_WORD_TAG = /^(?:n|vn|v|a|an|ad|d|ng|s|f|t|l|i|m|q|r|c|p|u\w*|ns|nt)$/;

// jieba's dictionary tags some place names nr (石家庄, 张家口, 王府井): a whole dictionary word
// ending like a place is not taken for a person (names jieba does not know are cut or tagged x).
const PLACE_LAST = /[庄莊口井镇鎮县縣市州河湖岛島港湾灣路街门門城屯堡营營寨村区區]$/u;

/** Does the name start with a surname (the common ones, or the rarer ones of MORE_SURNAMES)? */
export function hasSurname(name: string): boolean {
  return isCommonSurname(name[0]!) || MORE_SURNAMES.has(foldForSearch(name[0]!).text);
}

/** Not one ordinary dictionary word, nor a dictionary place jieba tags as a name (石家庄/nr). */
export function isNameShaped(tokens: TaggedToken[], start: number, end: number, name: string): boolean {
  const t = tokenStartingAt(tokens, start);
  return !(t && t.end === end && t.tag && (COMMON_WORD_TAG.test(t.tag) || PLACE_LAST.test(name)));
}


/** Where an item's name starts: after the last place or organisation inside it, and a title;
 *  `prefixed` when one of those came first. */
function nameStart(text: string, item: ListItem, found: Entity[]): { at: number; prefixed: boolean } {
  let at = item.start;
  for (const e of found) if (e.type !== "PERSON" && e.start >= item.start && e.end < item.end && e.end > at) at = e.end;
  const title = TITLE_AT_START.exec(text.slice(at, item.end));
  if (title) at += title[0].length;
  return { at, prefixed: at > item.start };
}

/** New PERSON entities for the name items of lists that name a person found by another rule. */
export function listedPersons(text: string, tokens: TaggedToken[], found: Entity[]): Entity[] {
  const out: Entity[] = [];
  if (!text.includes("、")) return out;
  for (const items of lists(text, 1)) {
    const names = items.map((it) => {
      const { at: start, prefixed } = nameStart(text, it, found);
      const end = start + (NAME_BEFORE_TAIL.exec(text.slice(start, it.end))?.[1]!.length ?? it.end - start);
      const name = text.slice(start, end);
      const candidate = /^\p{Script=Han}{2,3}$/u.test(name) && hasSurname(name) && !found.some((e) => e.start <= start && e.end >= end) && isNameShaped(tokens, start, end, name);
      return { start, end, text: name, prefixed, candidate };
    });
    // The evidence: a person found where an item's name starts (the whole item, 蔡奇, or the
    // name and what the last item goes on to say, 王毅参加上述活动); or two items or more that
    // are each a place or body and a name (深水埗李俊晞、葵青張鈞翹).
    const person = names.some((n) => found.some((e) => e.type === "PERSON" && e.start === n.start));
    if (!person && names.filter((n) => n.prefixed && n.candidate).length < 2) continue;
    for (const n of names) {
      if (n.candidate && (person || n.prefixed)) out.push({ text: n.text, start: n.start, end: n.end, type: "PERSON", name: n.text, source: "rule" });
    }
  }
  return out;
}
