import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";

// Chinese news writes a country or the capital by one character in headlines and tight clauses
// (美尋求「定期審查」, 美又向乌提供军援, 李强在京会见, 俄发动袭击). jieba tags such a character
// ns when it stands as a word of its own; these are the characters whose standing-alone ns
// reading was a place in nearly every case on 800 corpus articles read by hand (澳 is also
// Macau, 日 "day", 德 and 菲 end transliterated names, 敘 is "to chat": left out).
const ABBREVIATION: Record<string, string> = {
  美: "美国",
  京: "北京",
  俄: "俄罗斯",
  英: "英国",
  韩: "韩国",
  韓: "韩国",
  叙: "叙利亚",
  柬: "柬埔寨",
};
// A compound of two places (中美, 美西方, 土叙边境) is not labelled: no place right before or
// after the character.
const PLACE_TAG = /^(?:ns|nt)$/;
// One-character countries and regions of any tag (中 is tagged f, 日 m): 中美, 日美.
export const COUNTRY_CHAR = /^[中美日韩韓俄英法德加澳欧歐港台朝越印巴叙敘柬菲泰]$/u;

// State media also write China and Beijing by one character after a verb of coming, going or
// dealing, and jieba keeps the pair as one word (来华, 对华, 访华, 驻华, 在京, 进京): the second
// character is the place. Only the whole token counts (在华为 is cut 在 + 华为).
const VERB_AND_PLACE = /^[来來对對访訪驻駐赴在旅离離抵返进進援][华華京]$/u;
const CHAR_PLACE: Record<string, string> = { 华: "中国", 華: "中国", 京: "北京" };

// 首都 ("the capital") is Beijing in mainland reporting (首都义务植树, 首都群众) when no other
// capital is meant: not after a place or 新 (法国首都, 印尼新首都), not before a city's name
// (首都华盛顿), and only in a text that names China or Beijing.
const NAME_TAGS = /^(?:ns|nt|nz)$/;

/** One-character countries and capitals standing as a word, with the full name they stand for. */
export function abbreviatedPlaces(text: string, tokens: TaggedToken[], canonical: (full: string) => string | undefined): Entity[] {
  const out: Entity[] = [];
  const mainland = /北京|中国|我国/u.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === "首都" && mainland) {
      const [prev, next] = [tokens[i - 1], tokens[i + 1]];
      const otherCapital = (prev?.end === t.start && (NAME_TAGS.test(prev.tag ?? "") || /^[新其该該]$/u.test(prev.text))) || (next?.start === t.end && NAME_TAGS.test(next.tag ?? ""));
      const name = canonical("北京");
      if (name && !otherCapital) out.push({ text: t.text, start: t.start, end: t.end, type: "PLACE", name, source: "rule" });
      continue;
    }
    if (t.end - t.start === 2 && VERB_AND_PLACE.test(t.text)) {
      const name = canonical(CHAR_PLACE[t.text[1]!]!);
      if (name) out.push({ text: t.text[1]!, start: t.start + 1, end: t.end, type: "PLACE", name, source: "rule" });
      continue;
    }
    if (t.tag !== "ns" || t.end - t.start !== 1) continue;
    const prev = tokens[i - 1];
    // 华 alone after such a verb cut off (在 + 华 + 外企).
    if (/^[华華]$/u.test(t.text) && prev?.end === t.start && VERB_AND_PLACE.test(prev.text + "华")) {
      const name = canonical("中国");
      if (name) out.push({ text: t.text, start: t.start, end: t.end, type: "PLACE", name, source: "rule" });
      continue;
    }
    const full = ABBREVIATION[t.text];
    if (!full) continue;
    const next = tokens[i + 1];
    const glued = (u: TaggedToken | undefined) => u !== undefined && (u.end === t.start || u.start === t.end);
    // 中美, 格林美; and 美 the adjective after a noun or an adverb (农村美起来, 更美).
    if (glued(prev) && (PLACE_TAG.test(prev!.tag ?? "") || COUNTRY_CHAR.test(prev!.text) || /^(?:nr\w*|x|n|a|d)$/.test(prev!.tag ?? ""))) continue;
    if (glued(next) && (PLACE_TAG.test(next!.tag ?? "") || COUNTRY_CHAR.test(next!.text) || /^(?:西方|中間|中间)$|^[剧劇腔津]/u.test(next!.text))) continue; // 美西方, 京剧, 京津冀
    const name = canonical(full);
    if (!name) continue;
    // jieba cuts 美國人 as 美 + 國人 and 美國有線 as 美 + 國有: the mention is then 美國.
    // 美國人 ("Americans") is a demonym, which the labelling guide leaves out.
    if (/^[国國]人/u.test(text.slice(t.end, t.end + 2))) continue;
    const end = /[国國]/u.test(text[t.end] ?? "") ? t.end + 1 : t.end;
    out.push({ text: text.slice(t.start, end), start: t.start, end, type: "PLACE", name, source: "rule" });
  }
  return out;
}
