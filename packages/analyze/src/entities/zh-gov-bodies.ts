import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { isTokenBoundary } from "./boundaries.js";

// Government bodies named by who owns them and what they do: 国家乡村振兴局, 国家邮政局,
// 中央统战部, 北京市公安局, 湖北省卫生健康委, 北京冬奥组委, 滿洲里疫情防控指揮部. The owner is
// 国家 or 中央, or a place the gazetteer found right before; the ending is a word of its own in
// jieba's cut (局 in 国家/乡村/振兴/局) or closes a longer word (邮政局), never a two-character
// word such as 格局, 大局 or 部分. Their names contain verbs (振兴, 防控, 监管), which the
// organisation-ending rule in zh-names.ts stops at, so they have their own rule.
const ENDING = "(?:总局|總局|管理局|监管局|監管局|局|委员会|委員會|组委会|組委會|组委|組委|委|办公室|辦公室|办|辦|署|部|指挥部|指揮部)";
const NATIONAL = new RegExp(`(?:国家|國家|中央)(\\p{Script=Han}{1,8}?)${ENDING}`, "gu");
const AFTER_PLACE = new RegExp(`^(\\p{Script=Han}{1,8}?)${ENDING}`, "u");
// The Party's and the people's bodies of a place (新疆维吾尔自治区党委, 墨玉县政协, 喀什地区工委,
// 北京市人大常委会), whose short names jieba keeps as abbreviations (政协/j).
const PARTY_BODY = /^(?:党工委|黨工委|党委|黨委|工委|纪委|紀委|政协|政協|人大常委会|人大常委會|人大)(?![长長员員])/u;
// Characters that end a name: particles, pronouns, conjunctions, verbs of relation.
const NOT_IN_NAME = /[的了是在和与與及或为為被把将將对對从從向于於以也都又就这這那个個们們有和等、之各正]/u;
// Bodies that are directions or set phrases: 东北部 (the north-east), 总部 (headquarters),
// 开好局 (a good start), 大局 (the overall situation).
const NOT_BODY = /(?:^[东西南北中東]+$|[总總]$|[好开開大全格布结結当當出入破定变變僵残殘骗騙饭飯赌賭牌棋终終时時政]$)/u;
// A body word glued to what follows names a post, not the body: 财政部长, 局长, 委员.
const POST_AFTER = /^[长長员員]/u;
// Words inside the name that a name does not contain: adverbs, prepositions, pronouns, particles.
const NOT_NAME_TAG = /^(?:d|p|r|c|u\w*|y)$/;

function endsWell(tokens: TaggedToken[], tokenEnding: Map<number, TaggedToken>, end: number, ending: string): boolean {
  if (!isTokenBoundary(tokens, end)) return false;
  const t = tokenEnding.get(end);
  // The ending is its own word, or the end of a word of three or more characters (邮政局).
  return !!t && (t.end - t.start === ending.length || t.end - t.start >= 3);
}

function bodyOk(text: string, tokens: TaggedToken[], start: number, end: number, body: string, verbsOk: boolean): boolean {
  if (NOT_IN_NAME.test(body) || /包括|包含|以及|还有|還有|通过|通過/u.test(body) || NOT_BODY.test(body) || POST_AFTER.test(text.slice(end, end + 1))) return false;
  for (const t of tokens) {
    if (t.end <= start || t.start >= end) continue;
    if (t.tag && (NOT_NAME_TAG.test(t.tag) || (!verbsOk && t.tag === "v"))) return false;
  }
  return true;
}

export function governmentBodies(text: string, tokens: TaggedToken[], found: Entity[]): Entity[] {
  const out: Entity[] = [];
  let tokenEnding: Map<number, TaggedToken> | undefined;
  const ends = () => (tokenEnding ??= new Map(tokens.map((t) => [t.end, t])));
  const endingOf = (surface: string) => new RegExp(`${ENDING}$`, "u").exec(surface)![0];
  for (const m of text.matchAll(NATIONAL)) {
    const start = m.index!;
    const end = start + m[0].length;
    // After 国家 / 中央 the name may hold verbs (乡村振兴, 疫情防控).
    if (!isTokenBoundary(tokens, start) || !endsWell(tokens, ends(), end, endingOf(m[0])) || !bodyOk(text, tokens, start + 2, end, m[1]!, true)) continue;
    out.push({ text: m[0], start, end, type: "ORG", name: m[0], source: "rule" });
  }
  for (const p of found) {
    if (p.type !== "PLACE" || !/\p{Script=Han}$/u.test(p.text)) continue;
    const party = PARTY_BODY.exec(text.slice(p.end, p.end + 6));
    if (party && !found.some((o) => o.type === "ORG" && o.start >= p.end && o.start < p.end + party[0].length)) {
      const end = p.end + party[0].length;
      out.push({ text: text.slice(p.start, end), start: p.start, end, type: "ORG", name: text.slice(p.start, end), source: "rule" });
      continue;
    }
    const m = AFTER_PLACE.exec(text.slice(p.end, p.end + 16));
    if (!m) continue;
    const end = p.end + m[0].length;
    // After a place, a verb is more often the sentence going on (北京正考慮撤換中聯辦), unless
    // a long ending closes a body's name (滿洲里疫情防控指揮部).
    const ending = endingOf(m[0]);
    if (!endsWell(tokens, ends(), end, ending) || !bodyOk(text, tokens, p.end, end - ending.length, m[1]!, ending.length >= 3)) continue;
    if (found.some((o) => o.type === "ORG" && o.start >= p.end && o.start < end)) continue;
    const surface = text.slice(p.start, end);
    out.push({ text: surface, start: p.start, end, type: "ORG", name: surface, source: "rule" });
  }
  return out;
}
