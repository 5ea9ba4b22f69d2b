import type { Entity } from "../schema.js";
import { foldForSearch, toSourceSpan, type Folded } from "../normalize.js";
import { segmentTagged, type TaggedToken } from "../segment/segment.js";
import { tagHan } from "../segment/jieba.js";
import { defaultGazetteer, aliasKey, type Gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { matcherFor, type AliasHit } from "./alias-matcher.js";
import { posEntities } from "./pos-entities.js";
import { capitalisedEntities } from "./capitalised.js";
import { suffixedOrgs, suffixedPlaces, titledPersons, shortForms, creditedPersons, honorificForms } from "./zh-names.js";
import { urlSpans, insideAny } from "../url-spans.js";
import { englishPersons } from "./english-persons.js";
import { isTokenBoundary } from "./boundaries.js";
import { englishContextPersons } from "./english-context.js";
import { listedOrgs } from "./zh-lists.js";
import { hasSurname, listedPersons } from "./zh-listed-persons.js";
import { affiliatedPersons } from "./zh-affiliated-persons.js";
import { quotedOrgs } from "./zh-quoted-orgs.js";
import { facilityPlaces } from "./zh-facilities.js";
import { bylinePersons } from "./bylines.js";
import { foreignPlaces } from "./zh-foreign-places.js";
import { surnameMentions } from "./zh-surnames.js";
import { englishContextOrgs } from "./english-orgs.js";
import { acronymsAfterOrgs } from "./acronym-after.js";
import { repeatedNames, repeatedShortNames, localPlaces, citiesAfterProvince, placesByKind } from "./zh-repeated.js";
import { repeatedSurnamePersons } from "./english-repeated.js";
import { governmentBodies } from "./zh-gov-bodies.js";
import { transliteratedPersons } from "./zh-transliterated.js";
import { defaultMinedNames, minedMentions } from "./mined-names.js";
import { definedAcronyms } from "./acronym-defined.js";
import { rolePersons, shortNamedPersons } from "./zh-role-persons.js";
import { abbreviatedPlaces, COUNTRY_CHAR } from "./zh-country-abbrev.js";
import { englishPrepositionPlaces } from "./english-places.js";
import { teamSheetEntities } from "./english-team-sheets.js";

export interface FindEntitiesOptions {
  /** Gazetteer to match (default: the package's). */
  gazetteer?: Gazetteer;
  /** Tokens already computed by segmentTagged (analyze passes them to avoid a second jieba pass). */
  tokens?: TaggedToken[];
  /** Folded text already computed for this text. */
  folded?: Folded;
  /** Names mined from the corpora (default: the package's data/mined-names.json; null: none). */
  minedNames?: Gazetteer | null;
}

const CUE_WINDOW = 12;
const HAN2 = /^\p{Script=Han}{2}$/u;
// jieba's dictionary has words such as 对美国 and 据美国: a name may start after one of these
// characters at the start of a token.
const LEADING_FUNCTION_CHAR = /[对對据據在从從向与與和同及于於至到自赴访訪经經令使]/u;
// Compound names jieba keeps whole (美国财政部, 中亚五国): a two-character place or organisation
// may end inside a token tagged as a name.
const NAME_TAGS = new Set(["ns", "nt", "nz", "nr"]);

/**
 * jieba's dictionary also has compounds of a place and a common noun (香港电影, 美国股市,
 * 台湾同胞), which it keeps whole and tags as common words: a two-character place starting such
 * a token names the place when the rest of the token is itself one word of two or more
 * characters. Not inside tokens tagged as names (北京大学, 香港岛 are names of their own).
 */
function placeStartsCompound(text: string, start: number, end: number, token: TaggedToken | undefined): boolean {
  if (!token || token.start !== start || token.end - end < 2 || (token.tag !== undefined && NAME_TAGS.has(token.tag))) return false;
  const rest = tagHan(foldForSearch(text.slice(end, token.end)).text);
  return rest.length === 1 && !NAME_TAGS.has(rest[0]!.tag) && rest[0]!.tag !== "x";
}

// What follows a pair of countries written as one compound (中印尼两国, 中印尼共建, 中印尼关系).
const PAIR_FOLLOWER = /^(?:两国|兩國|双方|雙方|关系|關係|合作|共建|友好|元首|建交|命运共同体|命運共同體|坚持|堅持|战略|戰略|双边|雙邊|贸易|貿易|经贸|經貿|联合|聯合|人民|边境|邊境|之间|之間)/u;

/**
 * 中印尼 ("China–Indonesia") names a pair of countries, which the labelling guide leaves out as
 * it leaves out 中美: a place right after a one-character country standing as a word, with a
 * word of relations after it. (Without that word 中 may be "in": 市场中日本企业.)
 */
function inCountryPair(text: string, start: number, end: number, before: TaggedToken | undefined): boolean {
  return before !== undefined && before.end - before.start === 1 && COUNTRY_CHAR.test(before.text) && PAIR_FOLLOWER.test(text.slice(end, end + 5));
}

// Names jieba cuts across, reading their last character with the body word after them, so a
// two-character name may end inside a token there: 東區區議會, every Hong Kong district
// council's name (東 + 區區), and 港大學生會 / 中大學生會, a university's students' union (大學生,
// "university student").
const CUT_ACROSS: { key: RegExp; after: RegExp; type?: GazetteerEntry["type"] }[] = [
  { key: /[區区]$/u, after: /^[區区][議议]/u },
  { key: /大$/u, after: /^[學学]生[會会]/u, type: "ORG" },
];

/** Does the entry list this folded alias with a capital letter (Meta, Apple)? Then text must too. */
const wantsCapital = new WeakMap<GazetteerEntry, Map<string, boolean>>();
function aliasWantsCapital(entry: GazetteerEntry, key: string): boolean {
  let m = wantsCapital.get(entry);
  if (!m) wantsCapital.set(entry, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) {
    v = entry.aliases.some((a) => /[A-Z]/.test(a) && aliasKey(a) === key);
    m.set(key, v);
  }
  return v;
}

/** Has a name of the document this exact surface already (Sunderland the club, Rover the firm)? */
function mentioned(found: Entity[], surface: string): boolean {
  return found.some((e) => e.text === surface);
}

function overlaps(a: { start: number; end: number }, taken: { start: number; end: number }[]): boolean {
  return taken.some((t) => a.start < t.end && t.start < a.end);
}

/**
 * Gazetteer mentions, checked against the text:
 * - a Latin alias written with capitals in the gazetteer needs a capital in the text
 *   (Meta the company, not "meta" the word);
 * - a two-character Han alias must line up with jieba's word boundaries (中信 not inside 中信息);
 * - an ambiguous alias (苹果) needs a cue word nearby or an unambiguous mention of the same
 *   entry elsewhere in the document.
 */
function gazetteerEntities(text: string, folded: Folded, gazetteer: Gazetteer, tokens: TaggedToken[]): Entity[] {
  // Word boundaries, and for each character inside a word jieba tags as a name, that word's
  // number (+1; 0 = none): typed arrays, filled once per text.
  const boundary = new Uint8Array(text.length + 1);
  const nameToken = new Int32Array(text.length + 1);
  const tokenStarting = new Map<number, TaggedToken>();
  const tokenEnding = new Map<number, TaggedToken>();
  tokens.forEach((t, n) => {
    boundary[t.start] = 1;
    boundary[t.end] = 1;
    tokenStarting.set(t.start, t);
    tokenEnding.set(t.end, t);
    if (t.tag && NAME_TAGS.has(t.tag)) nameToken.fill(n + 1, t.start, t.end);
  });
  const isBoundary = (i: number) => i >= 0 && i <= text.length && boundary[i] === 1;
  const startsWord = (start: number) =>
    isBoundary(start) || (isBoundary(start - 1) && LEADING_FUNCTION_CHAR.test(text[start - 1] ?? ""));
  const endsWord = (start: number, end: number) =>
    isBoundary(end) || (nameToken[start]! !== 0 && nameToken[start] === nameToken[end - 1]);
  const urls = urlSpans(text);
  const hits = matcherFor(gazetteer).matchAll(folded.text);
  const accepted: { hit: AliasHit; start: number; end: number }[] = [];
  const pendingAmbiguous: { hit: AliasHit; start: number; end: number }[] = [];
  const misaligned: { hit: AliasHit; start: number; end: number }[] = [];
  for (const hit of hits) {
    const [start, end] = toSourceSpan(folded, hit.start, hit.end);
    const surface = text.slice(start, end);
    if (aliasWantsCapital(hit.entry, hit.key) && !/\p{Lu}/u.test(surface.normalize("NFKC"))) continue;
    const cutAcross = startsWord(start) && CUT_ACROSS.some((c) => (!c.type || c.type === hit.entry.type) && c.key.test(hit.key) && c.after.test(text.slice(end, end + 3)));
    if (HAN2.test(hit.key) && !cutAcross && !(startsWord(start) && endsWord(start, end))) {
      if (hit.entry.type !== "PLACE" || !placeStartsCompound(text, start, end, tokenStarting.get(start))) {
        if (hit.entry.type === "PLACE" && !gazetteer.isAmbiguousKey(hit.key)) misaligned.push({ hit, start, end });
        continue;
      }
    }
    if (insideAny(start, urls)) continue; // 武漢 in an image file name is not a mention
    if (hit.entry.type === "PLACE" && inCountryPair(text, start, end, tokenEnding.get(start))) continue;
    // 英國人手中 ("the British"): a demonym, which the labelling guide leaves out (中国人民银行,
    // 美国人口 keep the place).
    if (hit.entry.type === "PLACE" && /^[人](?![民口士才工权權力員员])/u.test(text.slice(end, end + 2)) && /[国國]$/u.test(surface)) continue;
    // 中东部, 东北部 ("the central and eastern parts"): directions, not the Middle East.
    if (/^[东西南北中東]{2}$/u.test(hit.key) && text[end] === "部") continue;
    if (hit.key === "us" && folded.text[hit.end] === "$") continue; // US$ is a currency
    // 财政部长 is the minister, not the ministry (美国财政部长贝森特).
    if (hit.key.endsWith("部") && folded.text[hit.end] === "长") continue;
    if (gazetteer.isAmbiguousKey(hit.key)) pendingAmbiguous.push({ hit, start, end });
    else accepted.push({ hit, start, end });
  }
  // jieba cuts some province-and-city pairs across both (河南郑州 → 河/南郑/州): two places
  // written together whose outer edges are word boundaries are both mentions.
  for (let k = 0; k + 1 < misaligned.length; k++) {
    const [a, b] = [misaligned[k]!, misaligned[k + 1]!];
    if (a.end === b.start && startsWord(a.start) && isBoundary(b.end) && !insideAny(a.start, urls)) accepted.push(a, b);
  }
  const named = new Set(accepted.map((a) => a.hit.entry));
  for (const p of pendingAmbiguous) {
    const window = folded.text.slice(Math.max(0, p.hit.start - CUE_WINDOW), p.hit.end + CUE_WINDOW);
    const cued = (p.hit.entry.cues ?? []).some((c) => window.includes(c));
    if (cued || named.has(p.hit.entry)) accepted.push(p);
  }
  return accepted
    .map(({ hit, start, end }) => ({
      text: text.slice(start, end),
      start,
      end,
      type: hit.entry.type,
      name: hit.entry.name,
      source: "gazetteer" as const,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * Named entities with offsets into `text`: gazetteer mentions first (canonical names), then
 * jieba POS names and English capitalised phrases that do not overlap them (name = surface).
 */
export function findEntities(text: string, options: FindEntitiesOptions = {}): Entity[] {
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const folded = options.folded ?? foldForSearch(text);
  const tokens = options.tokens ?? segmentTagged(text);
  const urls = urlSpans(text);
  let found = compoundNames(text, gazetteerEntities(text, folded, gazetteer, tokens));
  // Names found by rules: organisations with a naming ending first, since they may contain a
  // gazetteer place (武漢大學, 永升（亞洲）有限公司, Japan Airlines); then titled persons, jieba's
  // POS names and English capitalised phrases where nothing was found.
  const posFound = posEntities(tokens, text);
  const capitalised = capitalisedEntities(text);
  const ruleOrgs = [
    ...joinAdjacent([...suffixedOrgs(text, tokens), ...posFound.filter((e) => e.type === "ORG"), ...capitalised.filter((e) => e.type === "ORG")], text),
    ...suffixedPlaces(text),
    ...quotedOrgs(text),
  ];
  for (let org of ruleOrgs) {
    if (insideAny(org.start, urls)) continue;
    if (org.type === "PLACE") {
      // 美国内利斯空军基地: the place named by its kind starts after the country before it.
      const lastInside = found.filter((e) => e.start >= org.start && e.end <= org.end).at(-1);
      if (lastInside) {
        if (org.end - lastInside.end < 4) continue;
        const surface = text.slice(lastInside.end, org.end);
        org = { ...org, text: surface, start: lastInside.end, name: surface };
      }
    }
    const inside = found.filter((e) => e.start >= org.start && e.end <= org.end);
    const clash = found.some((e) => e.start < org.end && org.start < e.end && !(e.start >= org.start && e.end <= org.end));
    // An organisation named after a place or a person (坦桑尼亚革命党, 尼雷尔领导力学院) takes
    // their mention; a known organisation inside it (周大福 in 周大福企業有限公司) stays.
    if (clash || inside.some((e) => e.type === "ORG" || e.type === "PRODUCT") || (org.type === "PLACE" && inside.length)) continue;
    found = found.filter((e) => !inside.includes(e));
    found.push(org);
  }
  // Names whose evidence is the words around them, now that the known names are in place:
  // transliterated places with an ending (诺丁汉市), built places (雅万高铁), then organisations standing in a list of
  // organisations (協青社、善寧會). Each replaces smaller mentions inside it (香港 in 香港防癌會).
  for (const e of [...foreignPlaces(text, tokens), ...facilityPlaces(text, tokens), ...listedOrgs(text, tokens, found), ...governmentBodies(text, tokens, found)]) {
    if (insideAny(e.start, urls)) continue;
    const inside = found.filter((f) => f.start >= e.start && f.end <= e.end);
    const clash = found.some((f) => f.start < e.end && e.start < f.end && !(f.start >= e.start && f.end <= e.end));
    if (clash || inside.some((f) => f.type === e.type && f.end - f.start === e.end - e.start)) continue;
    found = found.filter((f) => !inside.includes(f));
    found.push(e);
  }
  const isPlace = (surface: string) => gazetteer.resolve(surface)?.type === "PLACE";
  // A given name before a gazetteer place names a person (Barbara Windsor, Ella Portland): the
  // place word is their surname.
  const fullNames = englishPersons(text);
  for (const e of fullNames) {
    const inside = found.filter((f) => f.start < e.end && e.start < f.end);
    if (inside.length && inside.every((f) => f.type === "PLACE" && f.source === "gazetteer" && f.start > e.start && f.end <= e.end)) {
      found = found.filter((f) => !inside.includes(f));
      found.push(e);
    }
  }
  const rest = [...teamSheetEntities(text, { known: (surface) => gazetteer.resolve(surface)?.type }), ...bylinePersons(text), ...titledPersons(text, tokens), ...transliteratedPersons(text), ...creditedPersons(text), ...fullNames, ...englishContextPersons(text, { isPlace }), ...posFound.filter((e) => e.type !== "ORG"), ...capitalised.filter((e) => e.type !== "ORG"), ...rolePersons(text, tokens), ...shortNamedPersons(text, tokens), ...abbreviatedPlaces(text, tokens, (full) => gazetteer.resolve(full)?.name)];
  for (const e of rest) if (!overlaps(e, found) && !insideAny(e.start, urls)) found.push(e);
  if (/[A-Z][a-z]+\s[A-Z]/.test(text)) {
    const known = (surface: string) => gazetteer.resolve(surface) !== undefined;
    for (const e of repeatedSurnamePersons(text, { known })) if (!overlaps(e, found) && !insideAny(e.start, urls)) found.push(e);
  }
  for (const e of [...repeatedNames(text, tokens), ...localPlaces(text, tokens, found), ...citiesAfterProvince(text, tokens, found), ...placesByKind(text, tokens)]) if (!overlaps(e, found) && !insideAny(e.start, urls)) found.push(e);
  // English organisations by context, after the persons so that "rival Roger Federer" stays a
  // person and "Jol coach" is not a club.
  const personWords = new Set(found.filter((e) => e.type === "PERSON").flatMap((e) => [e.text, ...e.text.split(/\s+/)]));
  const contextOrgs = englishContextOrgs(text, { known: (surface) => gazetteer.resolve(surface) !== undefined, isPerson: (surface) => personWords.has(surface) });
  for (const e of contextOrgs) if (!overlaps(e, found) && !insideAny(e.start, urls)) found.push(e);
  if (/[A-Z][a-z]+/.test(text)) {
    const places = englishPrepositionPlaces(text, { known: (surface) => gazetteer.resolve(surface) !== undefined || mentioned(found, surface), isPerson: (surface) => personWords.has(surface) });
    for (const e of places) if (!overlaps(e, found) && !insideAny(e.start, urls)) found.push(e);
  }
  for (const e of acronymsAfterOrgs(text, found)) if (!overlaps(e, found) && !insideAny(e.start, urls)) found.push(e);
  // "USA Track & Field (USATF)": the name and its acronym, both ORG, in place of what was found
  // inside the name (USA as a place).
  for (const e of definedAcronyms(text, { known: (surface) => gazetteer.resolve(surface)?.type })) {
    if (insideAny(e.start, urls)) continue;
    const hit = found.filter((f) => f.start < e.end && e.start < f.end);
    if (hit.some((f) => f.start < e.start || f.end > e.end || (f.type === "ORG" && f.end - f.start === e.end - e.start))) continue;
    found = found.filter((f) => !hit.includes(f));
    found.push(e);
  }
  // Mined names last of all the name sources: they fill only what no rule found, and take the
  // place of shorter mentions inside them (中国 in 中国船舶).
  const mined = options.minedNames === undefined ? defaultMinedNames() : options.minedNames;
  for (const e of mined ? minedMentions(text, folded, tokens, mined) : []) {
    if (insideAny(e.start, urls)) continue;
    const hit = found.filter((f) => f.start < e.end && e.start < f.end);
    if (hit.some((f) => f.start < e.start || f.end > e.end || f.end - f.start === e.end - e.start)) continue;
    found = found.filter((f) => !hit.includes(f));
    found.push(e);
  }
  // Persons standing in a list with a person, or right after their party or district: each
  // replaces what was found inside its name (林子 for 林子琼, 琼 as Hainan).
  for (const e of [...listedPersons(text, tokens, found), ...affiliatedPersons(text, tokens, found)]) {
    if (insideAny(e.start, urls)) continue;
    const hit = found.filter((f) => f.start < e.end && e.start < f.end);
    if (hit.some((f) => f.start < e.start || f.end > e.end)) continue;
    found = found.filter((f) => !hit.includes(f));
    found.push(e);
  }
  propagate(text, found, urls, tokens, (surface) => gazetteer.resolve(surface) !== undefined);
  // Two-character names last: jieba also cuts longer names into a two-character word and a
  // character (郭卓/堅), which the rules above read whole.
  for (const e of repeatedShortNames(text, tokens, (surface) => gazetteer.resolve(surface) !== undefined)) if (!overlaps(e, found) && !insideAny(e.start, urls)) found.push(e);
  for (const e of surnameMentions(text, tokens, found)) if (!insideAny(e.start, urls)) found.push(e);
  // Bodies named after a place that only propagation or jieba's tags found (滿洲里 →
  // 滿洲里疫情防控指揮部, 喀什地区 → 喀什地区工委).
  const propagatedPlaces = found.filter((f) => f.type === "PLACE" && (f.source === "rule" || f.source === "pos"));
  for (const e of propagatedPlaces.length ? governmentBodies(text, tokens, propagatedPlaces) : []) {
    if (insideAny(e.start, urls)) continue;
    const inside = found.filter((f) => f.start >= e.start && f.end <= e.end);
    if (found.some((f) => f.start < e.end && e.start < f.end && !inside.includes(f)) || inside.some((f) => f.type === "ORG")) continue;
    found = found.filter((f) => !inside.includes(f));
    found.push(e);
  }
  found = joinUnits(text, found);
  // A name that is a whole 《》 title (《蘋果日報》, 《眾新聞》) names a publication as a work,
  // which the labelling guide leaves out with every name inside a title; names inside a longer
  // title (日内瓦 in a report's title) stay, as the dev gold labels them.
  if (text.includes("《")) found = found.filter((e) => !(/《\s*$/u.test(text.slice(Math.max(0, e.start - 2), e.start)) && /^\s*》/u.test(text.slice(e.end, e.end + 2))));
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

// A unit of an organisation written right after it (浸會大學電影學院, 中大政治與行政學系,
// 国家发改委价格司) is part of its name, as a ministry and its department are one body.
const UNIT_ENDING = /(?:学院|學院|学系|學系|系|研究所|研究院|研究中心|中心|实验室|實驗室|分行|支行|分公司|分局|司|处|處|科|组|組)$/u;

function joinUnits(text: string, found: Entity[]): Entity[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: Entity[] = [];
  for (const e of sorted) {
    const prev = out.at(-1);
    if (prev && prev.type === "ORG" && e.type === "ORG" && prev.end === e.start && e.source !== "gazetteer" && /^\p{Script=Han}/u.test(e.text) && UNIT_ENDING.test(e.text)) {
      const surface = text.slice(prev.start, e.end);
      out[out.length - 1] = { ...prev, text: surface, end: e.end, name: surface, source: "rule" };
    } else out.push(e);
  }
  // Bodies of an organisation named by a common word right after it (港大學生會, 立法會秘書處).
  return out.map((e) => {
    const unit = e.type === "ORG" && /\p{Script=Han}$/u.test(e.text) ? BODY_AFTER.exec(text.slice(e.end, e.end + 4)) : null;
    if (!unit) return e;
    const surface = text.slice(e.start, e.end + unit[0].length);
    return { ...e, text: surface, end: e.end + unit[0].length, name: surface, source: "rule" };
  });
}

const BODY_AFTER = /^(?:学生会|學生會|校友会|校友會|董事会|董事會|理事会|理事會|秘书处|秘書處|工会|工會)(?![长長员員])/u;

// A government body written after its country or city (英國政府, 英國內政部, 香港警方), or
// after a district with its administrative ending (屯門區議會, 沙田區區議會, 北京市政府), is an
// organisation, unless the body word is part of a title (美国财政部长 is a minister: 美国 stays
// a place). Also associations named after a place (九龍社團聯會, 香港總商會), unless a longer
// name goes on (香港工會聯合會 is read whole by the ending rules).
const GOV_BODY = /^(?:[區区市省縣县州鎮镇]{1,2})?(?:社團聯會|社团联会|總商會|总商会|商會|商会|聯會|联会|同鄉會|同乡会)(?![聯联會会合總总委協协])|^(?:[區区市省縣县州鎮镇]{1,2})?(?:政府|联邦政府|聯邦政府|国务院|國務院|内政部|內政部|外交部|财政部|財政部|国防部|國防部|商务部|商務部|司法部|卫生部|衛生部|教育部|贸易部|貿易部|议会|議會|国会|國會|众议院|眾議院|参议院|參議院|央行|军方|軍方|警方|海关|海關|统计局|統計局|大使馆|大使館|总领事馆|總領事館|领事馆|領事館|海军|海軍|陆军|陸軍|空军|空軍|军队|軍隊|国防军|國防軍|武装部队|武裝部隊)(?![长長])/u;

// The same in English, capitalised (the UK Government, the US Congress, the Iraqi Army is an
// adjective and not here): a body of the country, not the country.
const ENGLISH_GOV_BODY = /^ (?:Government|government|Parliament|Assembly|Executive|Treasury|Senate|Congress|Army|Navy|Air Force|Police|Cabinet|Embassy|Foreign Office|Home Office|Foreign Ministry|Defence Ministry|Defense Department|State Department|Central Bank|High Court|Supreme Court)(?![A-Za-z]| (?:Secretary|Minister|Chief|Commissioner)\b)/;

/**
 * Names made of a gazetteer name and a word after it: 英國 + 政府 → ORG 英國政府;
 * General Motors + Europe → ORG General Motors Europe (a subsidiary, not a place).
 */
function compoundNames(text: string, found: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < found.length; i++) {
    const e = found[i]!;
    const next = found[i + 1];
    // Greater Manchester Police: a capitalised word before the place makes a longer name,
    // which the capitalised-phrase rule reads whole.
    const english = /^[A-Z]/.test(e.text);
    const body = e.type !== "PLACE" ? null : english ? (/[A-Z][a-z]* $/.test(text.slice(Math.max(0, e.start - 20), e.start)) ? null : ENGLISH_GOV_BODY.exec(text.slice(e.end, e.end + 20))) : GOV_BODY.exec(text.slice(e.end, e.end + 8));
    if (body) {
      const end = e.end + body[0].length;
      const surface = text.slice(e.start, end);
      out.push({ text: surface, start: e.start, end, type: "ORG", name: surface, source: "rule" });
      if (next && next.start < end) i++;
      continue;
    }
    // The Bill Gates Foundation: a body named after a person.
    const namedAfter = e.type === "PERSON" && /^[A-Z]/.test(e.text) ? NAMED_AFTER_PERSON.exec(text.slice(e.end, e.end + 14)) : null;
    if (namedAfter && !(next && next.start < e.end + namedAfter[0].length)) {
      const end = e.end + namedAfter[0].length;
      const surface = text.slice(e.start, end);
      out.push({ text: surface, start: e.start, end, type: "ORG", name: surface, source: "rule" });
      continue;
    }
    if (e.type === "ORG" && next?.type === "PLACE" && /^[A-Z]/.test(next.text) && /^[A-Za-z]/.test(e.text) && text.slice(e.end, next.start) === " ") {
      const surface = text.slice(e.start, next.end);
      out.push({ text: surface, start: e.start, end: next.end, type: "ORG", name: surface, source: "rule" });
      i++;
      continue;
    }
    out.push(e);
  }
  return out;
}

const NAMED_AFTER_PERSON = /^ (?:Foundation|Institute|Trust|Center|Centre|Fund|Library|Museum)(?![A-Za-z])/;

/** 武漢大學 + 中南醫院 written together are one organisation. */
function joinAdjacent(orgs: Entity[], text: string): Entity[] {
  const sorted = [...orgs].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  for (const o of sorted) {
    const last = out.at(-1);
    if (last && o.start < last.end) continue;
    if (last && o.start === last.end && /\p{Script=Han}/u.test(text[o.start] ?? "")) {
      const surface = text.slice(last.start, o.end);
      out[out.length - 1] = { ...last, text: surface, end: o.end, name: surface };
    } else out.push(o);
  }
  return out;
}

// An English organisation name ending in a generic word, and the words that cannot stand for
// the organisation alone (General Motors is never "General").
const ENGLISH_ORG_BASE = /^([A-Z][A-Za-z]+) (?:Airways|Airlines|Group|Holdings|Motors|Bank|Corporation|Corp|Inc|Ltd|Limited|PLC|Plc|Company|Telecom|Communications|Entertainment|Pictures|Studios|Energy|Petroleum|Insurance|Securities|Capital|Partners|Investments)\.?$/;
// Nationality and other adjectives (Indian Airlines is not "Indian").
const ADJECTIVE_ENDING = /(?:an|ese|ish|ic|ch|al)$/;
const COMMON_ORG_WORD = /^(?:General|National|International|United|American|British|Royal|Air|First|New|Global|Standard|Central|Western|Eastern|Northern|Southern|Pacific|Atlantic|Continental|Universal|Union|Imperial|Federal|Allied|Associated|Consolidated|Premier|Capital|Independent|Virgin)$/;

// 总台 for 中央广播电视总台 (the national broadcaster's own short form).
const HEAD_OFFICE_TAIL = /^\p{Script=Han}{2,}(总局|總局|总署|總署|总站|總站|总台|總台)$/u;

/**
 * A name found once by a rule (a title before a person, a company written in full) names the
 * same thing wherever else the document writes it: 邱達昌 without a title, 永升 for
 * 永升（亞洲）有限公司, Wagoner for Rick Wagoner.
 */
function propagate(text: string, found: Entity[], urls: [number, number][], tokens: TaggedToken[], known: (surface: string) => boolean): void {
  const forms = new Map<string, Entity>();
  // Forms that only count away from a sentence start, where any word is capitalised.
  const midSentenceOnly = new Set<string>();
  const firstNames = new Map<string, Entity[]>();
  for (const e of found) {
    if (e.source !== "rule" || e.type === "PRODUCT") continue;
    forms.set(e.text, e);
    if (e.type === "ORG") for (const f of shortForms(e.text)) if (!forms.has(f)) forms.set(f, e);
    if (e.type === "ORG") {
      // Jet for Jet Airways: the name without its generic last word, when that is one word
      // the gazetteer does not know as something else (Japan Airlines is not "Japan").
      const base = ENGLISH_ORG_BASE.exec(e.text)?.[1];
      if (base && !COMMON_ORG_WORD.test(base) && !ADJECTIVE_ENDING.test(base) && !known(base) && !forms.has(base)) {
        forms.set(base, e);
        midSentenceOnly.add(base);
      }
    }
    if (e.type === "PERSON" && /^[A-Z]/.test(e.text)) {
      const words = e.text.split(/\s+/);
      const last = words.at(-1)!;
      if (last.length > 2 && !forms.has(last)) forms.set(last, e);
      if (words.length > 1 && words[0]!.length > 2) firstNames.set(words[0]!, [...(firstNames.get(words[0]!) ?? []), e]);
    }
  }
  // 总署 for 海关总署, 总局 for 市场监管总局: Chinese reports call a head office by its
  // last two characters once it is named, whichever source found the full name.
  for (const e of found) {
    const tail = e.type === "ORG" ? HEAD_OFFICE_TAIL.exec(e.text)?.[1] : undefined;
    if (tail && !forms.has(tail)) forms.set(tail, e);
  }
  // 滿洲里 for 滿洲里市, 湖州 for 湖州市: a place named with its administrative ending once is
  // written without it elsewhere (whichever source found it).
  for (const e of found) {
    const stem = e.type === "PLACE" ? /^(\p{Script=Han}{2,4})[市县縣州省]$/u.exec(e.text)?.[1] : undefined;
    if (stem && !forms.has(stem) && !known(stem)) forms.set(stem, e);
  }
  // A given name alone (Mukesh for Mukesh Ambani) when one person of the document has it.
  for (const [first, persons] of firstNames) {
    if (new Set(persons.map((p) => p.name)).size !== 1 || forms.has(first) || known(first)) continue;
    forms.set(first, persons[0]!);
    midSentenceOnly.add(first);
  }
  // 林太 for 林鄭月娥: honorific forms of the Chinese persons named in full.
  for (const [form, e] of honorificForms(found)) if (!forms.has(form)) forms.set(form, e);
  const latinBoundary = (i: number) => !/[A-Za-z0-9]/.test(text[i] ?? "");
  for (const [form, e] of [...forms].sort((a, b) => b[0].length - a[0].length)) {
    const latin = /^[A-Za-z]/.test(form);
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const span = { start: i, end: i + form.length };
      if (latin && !(latinBoundary(i - 1) && latinBoundary(span.end))) continue;
      if (midSentenceOnly.has(form) && (i === 0 || /[.!?"“\n]\s*$/.test(text.slice(Math.max(0, i - 3), i)))) continue;
      // One Han character (美 for 美国, a lone surname) is too ambiguous to mark wherever the
      // text writes it: its own rule reads each mention in context.
      if (!latin && form.length < 2) break;
      // A short Han form must be a word of its own (国铁 is not in 全国铁路); a person's full
      // name of three characters is read wherever it stands, since jieba cuts names it does not
      // know into the words around them (查游乃強涉 → 查游/乃/強涉).
      const fullName = e.type === "PERSON" && form.length === 3 && hasSurname(form);
      if (!latin && form.length <= 3 && !fullName) {
        if (!(isTokenBoundary(tokens, span.start) && isTokenBoundary(tokens, span.end))) continue;
      }
      if (insideAny(i, urls)) continue;
      const hit = found.filter((f) => f.start < span.end && span.start < f.end);
      // A place inside the short form (亞洲 in 永升亞洲) belongs to the company's name.
      if (hit.some((f) => f.type !== "PLACE" || f.start < span.start || f.end > span.end)) continue;
      for (const f of hit) found.splice(found.indexOf(f), 1);
      found.push({ text: form, start: span.start, end: span.end, type: e.type, name: e.name, source: "rule" });
    }
  }
}
