import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { isCommonSurname } from "./pos-entities.js";
import { tokenStartingAt } from "./boundaries.js";
import { CLAUSE_GOES_ON } from "./zh-clause.js";

// Chinese names the text gives no title or cue for (22岁的王云峰, 砌陳浩天): a word of three
// characters that jieba's dictionary does not know (tag x), starting with a common surname, is a
// person when it is written two or more times as a word of its own, or once with a clause going
// on after it: a verb, adverb, preposition, conjunction, time word or punctuation next
// (陳玉娥在觀眾席上, 沈士文陳詞, 袁國勇早前接受). On 600 corpus articles read by hand about 19 in
// 20 of these single mentions are persons; the rest are Hong Kong place names (何文田) and a
// preposition glued to a word after a name (赵乐际向塞方), which the checks below leave out.
// jieba's own nr tag is not used here: its dictionary tags transliterated words such as 马拉松 nr.
const MIN_REPEATS = 2;
// Tags of a name right before: 乐际 + 向塞方 is a name, then a preposition.
const NAME_BEFORE = /^(?:nr\w*|x)$/;
// A word that is a name + a particle, a verb or a preposition jieba glued to it (劉霞般,
// 楊沫著, 高盛於, 林風到), two surnames joined (江及關), a surname + 太 ("Mrs", 陳太繼續), or a
// building or ship named after a person (唐乐楼, 唐山舰): no person by itself.
export const NOT_NAME_LAST = /[份般等們们氏說说稱称指叫到著于於及和與与區区屋田村街道園园楼樓舰艦号號]$|^.[太及和與与]/u;

/** Persons named by an unknown three-character word that starts with a surname. */
export function repeatedNames(text: string, tokens: TaggedToken[]): Entity[] {
  const byText = new Map<string, { token: TaggedToken; inClause: boolean }[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tag !== "x" || t.end - t.start !== 3 || !isCommonSurname(text[t.start]!)) continue;
    const surface = text.slice(t.start, t.end);
    // Not a body by its ending (林草局), nor a person by an honorific (羅先生 is kept elsewhere).
    if (!/^\p{Script=Han}{3}$/u.test(surface) || /[局會会社院署處处部黨党廳厅校]$/u.test(surface)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const nextOk = !next || next.start > t.end || !/\p{Script=Han}/u.test(text[t.end] ?? "") || CLAUSE_GOES_ON.test(next.tag ?? "");
    const prevOk = !prev || prev.end < t.start || !NAME_BEFORE.test(prev.tag ?? "") || !/\p{Script=Han}/u.test(text[t.start - 1] ?? "");
    const list = byText.get(surface) ?? [];
    // 金拱镇: an unknown place with its administrative ending.
    list.push({ token: t, inClause: nextOk && prevOk && !NOT_NAME_LAST.test(surface) && !/[镇鎮乡鄉县縣市省]$/u.test(surface) });
    byText.set(surface, list);
  }
  const out: Entity[] = [];
  for (const [surface, list] of byText) {
    if (list.length < MIN_REPEATS && !list.some((m) => m.inClause)) continue;
    for (const { token: t } of list) out.push({ text: surface, start: t.start, end: t.end, type: "PERSON", name: surface, source: "rule" });
  }
  return out;
}

// Two-character names (劉霞, 陸昊, 湯斌): a word jieba does not know (x), a common surname and one
// character, written as a word of its own at least twice in the document, at least once with
// a verb or particle after it (劉霞作出, 劉霞的新聞). The second character must not make the
// word a family, a side, a title or a number (何家, 黎方 "the Lebanese side", 陳父, 葉官,
// 萬人), which two-character words of this shape are as often as names.
const NOT_GIVEN_NAME = /^[人方家父母氏官太伯生年對对否店會会匪幫帮辭辞句劑剂子中美日韓韩英法德俄台港澳在是跌服絲丝仔爸媽妈哥姐弟妹叔婆公]$/u;
// A single character glued on either side that is no clause word makes the word part of a
// longer name jieba cut (郭卓/x 堅, 丁/薛祥/x): then the three-character rules read it.
const CLAUSE_CHAR_TAG = /^(?:v|vd|vn|d|p|c|uj|ul|r|f|m|q|y|e|t)$/;
const SHORT_NAME_NEXT = /^(?:v|vd|vn|d|p|c|uj|ul)$/;

/** Persons named by an unknown two-character word that starts with a surname, written twice or more. */
export function repeatedShortNames(text: string, tokens: TaggedToken[], known: (surface: string) => boolean): Entity[] {
  const byText = new Map<string, { tokens: TaggedToken[]; inClause: boolean; glued: boolean }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tag !== "x" || t.end - t.start !== 2 || !isCommonSurname(text[t.start]!)) continue;
    const surface = text.slice(t.start, t.end);
    if (!/^\p{Script=Han}{2}$/u.test(surface) || NOT_GIVEN_NAME.test(surface[1]!)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const entry = byText.get(surface) ?? { tokens: [], inClause: false, glued: false };
    entry.tokens.push(t);
    if (next && next.start === t.end && SHORT_NAME_NEXT.test(next.tag ?? "")) entry.inClause = true;
    const gluedChar = (u: TaggedToken | undefined, adjacent: boolean) => !!u && adjacent && u.end - u.start === 1 && /\p{Script=Han}/u.test(u.text) && !CLAUSE_CHAR_TAG.test(u.tag ?? "");
    if (gluedChar(prev, prev?.end === t.start) || gluedChar(next, next?.start === t.end)) entry.glued = true;
    byText.set(surface, entry);
  }
  const out: Entity[] = [];
  for (const [surface, { tokens: ts, inClause, glued }] of byText) {
    if (ts.length < MIN_REPEATS || !inClause || glued || known(surface)) continue;
    for (const t of ts) out.push({ text: surface, start: t.start, end: t.end, type: "PERSON", name: surface, source: "rule" });
  }
  return out;
}

// Villages, towns and streets written after the county or city they belong to (长兴县画溪村):
// a word jieba does not know or reads as a place, ending in an administrative word.
const LOCAL_PLACE = /^\p{Script=Han}{1,4}(?:村|镇|鎮|乡|鄉|街道|社区|社區)$/u;
const ADMIN_END = /(?:省|市|县|縣|区|區|州|镇|鎮|乡|鄉)$/u;

/** Local places right after an administrative place already found, and counties after their city. */
export function localPlaces(text: string, tokens: TaggedToken[], found: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const p of found) {
    if (p.type !== "PLACE" || !ADMIN_END.test(p.text)) continue;
    const t = tokenStartingAt(tokens, p.end);
    if (!t || !/^(?:x|ns|nr\w*|nz)$/.test(t.tag ?? "")) continue;
    const surface = text.slice(t.start, t.end);
    if (LOCAL_PLACE.test(surface)) out.push({ text: surface, start: t.start, end: t.end, type: "PLACE", name: surface, source: "rule" });
  }
  for (const p of found) {
    if (p.type !== "PLACE" || !CITY_END.test(p.text)) continue;
    const county = countyAt(text, tokens, p.end);
    if (county) out.push(county);
  }
  return out;
}

// A county or district written after its city or province (商洛市柞水县, 绵阳市北川羌族自治县):
// one to three words jieba reads as nouns, names or does not know, ending in a county's or
// district's word. jieba tags some of these n (柞水县/n), so the city before is the evidence.
const CITY_END = /(?:省|市|州|盟|地区|地區)$/u;
const COUNTY = /^\p{Script=Han}{1,6}(?:自治县|自治縣|县|縣|区|區|旗)$/u;
const COUNTY_PART_TAG = /^(?:n|ns|nz|nr\w*|x)$/;

function countyAt(text: string, tokens: TaggedToken[], at: number): Entity | undefined {
  let t = tokenStartingAt(tokens, at);
  let end = at;
  for (let k = 0; k < 3 && t && t.start === end && COUNTY_PART_TAG.test(t.tag ?? "") && /^\p{Script=Han}+$/u.test(t.text); k++) {
    end = t.end;
    const surface = text.slice(at, end);
    if (COUNTY.test(surface) && !NOT_CITY.test(surface)) return { text: surface, start: at, end, type: "PLACE", name: surface, source: "rule" };
    t = tokenStartingAt(tokens, end);
  }
  return undefined;
}

// Provinces and regions (not the four municipalities, whose next word is a district or anything
// else: 北京紅衛兵): a place written right after one of them is
// a city or county of that province (浙江湖州, 河北张家口, 广东湛江), the way Chinese news names
// places it expects the reader not to know.
const PROVINCES = new Set(
  "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 內蒙古 廣西 寧夏 遼寧 黑龍江 江蘇 河南 廣東 貴州 雲南 陝西 甘肅 臺灣 台灣".split(" "),
);
// Words jieba tags as places that are adjectives or common nouns (美丽, 越野).
// Words starting with a demonstrative or a number (这片, 两大) and events (保卫战) are no places.
const NOT_CITY = /^(?:美丽|美麗|越野|东部|西部|南部|北部|中部|东北|西北|东南|西南|全省|全市|各地|当地|本地|境内|沿海|内陆|农村|城乡|城市|城镇|城鎮|省内|市内)$|^[这這那两兩各该該本全每多几幾数數首]|[战戰队隊]$/u;

/** A city or county right after its province: 湖州 in 浙江湖州画溪村. */
export function citiesAfterProvince(text: string, tokens: TaggedToken[], found: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const p of found) {
    if (p.type !== "PLACE" || !PROVINCES.has(p.text.replace(/[省]$/u, ""))) continue;
    const t = tokenStartingAt(tokens, p.end);
    // Only words jieba reads as places: not persons (北京張德江) nor brands it does not know (新疆疆算).
    if (!t || t.tag !== "ns" || t.end - t.start < 2 || t.end - t.start > 3) continue;
    const surface = text.slice(t.start, t.end);
    if (!/^\p{Script=Han}+$/u.test(surface) || NOT_CITY.test(surface)) continue;
    out.push({ text: surface, start: t.start, end: t.end, type: "PLACE", name: surface, source: "rule" });
  }
  return out;
}

// A word jieba's dictionary does not know (x) or reads as a person's name (nr: 宁晋县, 翠亨村),
// ending in a county, township or village word: a place named by its kind (森嘎村, 毛伊县,
// 临塔村). Words the dictionary knows as common nouns (贫困村, 试点县, 渡假村) carry other
// tags; descriptions written as one unknown word (无疫村 "village free of cases") start with a
// negation or a quantifier.
const KIND_PLACE = /^\p{Script=Han}{2,4}(?:村|镇|鎮|乡|鄉|县|縣)$/u;
const NOT_KIND_PLACE_START = /^[无無非各该該本每全这這那某多小]/u;

/** Villages, townships and counties written as one word jieba does not know. */
export function placesByKind(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tag !== "x" && t.tag !== "nr") continue;
    const surface = text.slice(t.start, t.end);
    if (!KIND_PLACE.test(surface) || NOT_KIND_PLACE_START.test(surface)) continue;
    // After a noun, a number or an adjective it is a description (全国文明村, 一条文旅兴村之路);
    // a place comes after punctuation, a verb or preposition (到长所乡) or its county (东台临塔村).
    const prev = tokens[i - 1];
    if (prev && prev.end === t.start && /^(?:n|m|mq|q|a|d|vn)$/.test(prev.tag ?? "") && !ADMIN_END.test(prev.text)) continue;
    out.push({ text: surface, start: t.start, end: t.end, type: "PLACE", name: surface, source: "rule" });
  }
  return out;
}
