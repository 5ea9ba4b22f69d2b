import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { matchAllNear } from "./match-near.js";
import { isCommonSurname } from "./pos-entities.js";
import { isTokenBoundary } from "./boundaries.js";

// Rules for Chinese names the gazetteer does not know, written here because no npm package
// ships a Chinese NER model (see NOTES.md). They read the text itself rather than jieba's
// nr/nt tags, which split or mis-tag most names they have not seen (永升, 塔赫, 邱達昌).

// Titles after which a person's name follows (Simplified and Traditional forms).
export const TITLE =
  "(?:副总理|副總理|总理|總理|副总统|副總統|总统|總統|副主席|主席|行政总裁|行政總裁|首席执行官|首席執行官|总裁|總裁|董事长|董事長|总经理|總經理|经理|經理|行长|行長|部长|部長|局长|局長|司长|司長|署长|署長|处长|處長|主任|发言人|發言人|代表|大使|议员|議員|创办人|創辦人|创始人|創始人|秘书长|秘書長|书记|書記|省长|省長|市长|市長|州长|州長|教授|律师|律師|法官|记者|記者|院长|院長|校长|校長|会长|會長|主教|首相|国务卿|國務卿|外长|外長|总干事|總幹事|总司令|總司令|司令|防长|防長|议长|議長|特使|主播|球员|球員|选手|選手|名将|名將|主帅|主帥|主教练|主教練|教练|教練|运动员|運動員|歌手|演员|演員|导演|導演|作家|学者|學者|主持人|候选人|候選人|参选人|參選人|委员|委員|督察|警司|裁判官|副主任|领队|領隊)";
// Words that describe a person rather than give a post (青年鄭仲恆, 被告陳某, 成員紀文鳳). They
// also come before ordinary words jieba does not know (學生報讀, 被告證供, 警員受襲), so the
// name after them must look like a Chinese full name: a common surname and two characters.
const DESCRIPTOR =
  "(?:被告|原告|证人|證人|事主|死者|伤者|傷者|疑犯|青年|少年|男子|女子|学生|學生|司机|司機|成员|成員|公关|公關|警员|警員|警长|警長|医生|醫生|顾问|顧問|市民|居民|议员|議員)";
// What may follow a name: punctuation, a speech verb, a conjunction, a bracket.
export const AFTER_NAME = "(?=[，。、；：！？,.;:!?（(「『“\"\\s\\d]|当天|當天|今天|昨天|日前|近日|率领|率領|表示|称|稱|说|說|指出|指|认为|認為|透露|强调|強調|回应|回應|坦言|在|与|與|和|及|联同|聯同|持有|等|的|也|亦|则|則|曾|已|将|將|会|會|作供|被控|被|涉|斥责|斥責|今早|今日|昨日|向|对|對|问|問|回答|答|均|都)";
const PERSON_AFTER_TITLE = new RegExp(`${TITLE}(\\p{Script=Han}{2,4}?)${AFTER_NAME}`, "gu");
// The three characters need not be followed by a known word: jieba's word boundary after them
// is checked instead (醫生袁煦照出庭作供).
const PERSON_AFTER_DESCRIPTOR = new RegExp(`${DESCRIPTOR}(\\p{Script=Han}{3})`, "gu");
// A character that cannot be in a name: the name then starts after it.
const NOT_NAME_CHAR = /[的了是在和与與及或为為被把将將对對从從向于於以也都又就这這那个個们們令使让讓给給有增减減续續再此]/u;

// Organisation endings that name a body, not a kind of body, once something precedes them.
const ORG_END =
  "(?:有限公司|股份公司|集团|集團|控股|银行|銀行|医院|醫院|大学|大學|研究院|研究所|基金会|基金會|基金|委员会|委員會|协会|協會|学院|學院|交易所|证券|證券|阵线|陣線|通讯社|通訊社|新闻社|新聞社|出版社|总局|總局|管理局|监管局|監管局|总站|總站|裁判法院|法院|电台|電台|校长会|校長會|联合会|聯合會)";
// The name part: Han characters and a bracketed region (永升（亞洲）有限公司), 2 to 10 long.
const ORG_PHRASE = new RegExp(`((?:\\p{Script=Han}|[（(]\\p{Script=Han}{1,4}[）)]){2,10}?)${ORG_END}`, "gu");
const ORG_ENDING = new RegExp(ORG_END, "gu");
// The longest name part: ten pieces of up to 10 UTF-16 units (a bracketed astral region).
const ORG_REACH = 100;
// A name part that is only a description (多家银行, 商业银行, 该集团, 本基金) is not a name.
// 政党 (a political party), 该党: an ending that names no party.
const GENERIC_END = /(?:政|该|該|本|其|全|我|两|兩|多|各|执政|執政|在野|反对|反對|新)$/u;
const GENERIC_START = /^(?:多|各|该|該|本|其|此|这|這|那|两|兩|一|几|幾|数|數|大型|小型|中小|商业|商業|国有|國有|民营|民營|外资|外資|上市|公立|私立|私营|私營|地方|全国|全國|全球|国际|國際|国内|國內|境外|海外|有关|有關|相关|相關|所属|所屬|旗下|成立|设立|設立|投资|投資|该类|不少|部分|新|大|小|老)/u;

function lastBreak(s: string, insideName: (i: number) => boolean = () => false): number {
  for (let i = s.length - 1; i >= 0; i--) if (NOT_NAME_CHAR.test(s[i]!) && !insideName(i)) return i + 1;
  return 0;
}

// jieba tags of words that are not part of a name: verbs, adverbs, pronouns, particles…
const NOT_NAME_TAG = /^(?:v|vd|vn|d|p|r|u|uj|ul|uz|c|y|ad|m|q|f|t|a|l|i)$/;

/** Persons named right after a title: 副总理何立峰, 行长塔赫表示, 主席邱達昌（. The candidate
 *  must line up with jieba's words and contain no verb, adverb or pronoun (發言人回覆指 is not
 *  a name). */
export function titledPersons(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = [];
  let byStart: Map<number, TaggedToken> | undefined;
  const candidates = [...text.matchAll(PERSON_AFTER_TITLE)];
  const afterName = new RegExp(`^${AFTER_NAME}`, "u");
  for (const m of text.matchAll(PERSON_AFTER_DESCRIPTOR)) {
    if (!isCommonSurname(m[1]![0]!)) continue;
    const start = m.index! + m[0].length - 3;
    // A dictionary word tagged as a name (馬拉松/nr) needs the context words after it; a word
    // jieba does not know (袁煦照/x) is a new name by itself.
    byStart ??= new Map(tokens.map((t) => [t.start, t]));
    const token = byStart.get(start);
    if (token?.tag !== "x" && !afterName.test(text.slice(start + 3))) continue;
    candidates.push(m);
  }
  for (const m of candidates) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    if (NOT_NAME_CHAR.test(name)) continue;
    // Built on the first candidate only: most texts have none.
    byStart ??= new Map(tokens.map((t) => [t.start, t]));
    if (!byStart.has(start) || !isTokenBoundary(tokens, start + name.length)) continue;
    // The first word must look like a name to jieba: tagged as one (nr, nrt, nz) or unknown to
    // its dictionary (x), as transliterations and unseen Hong Kong names are.
    let ok = /^(?:nr\w*|nz|x)$/.test(byStart.get(start)!.tag ?? "");
    for (let at = start; ok && at < start + name.length; ) {
      const t = byStart.get(at);
      if (!t || (t.tag && NOT_NAME_TAG.test(t.tag))) {
        ok = false;
        break;
      }
      at = t.end;
    }
    if (!ok) continue;
    out.push({ text: name, start, end: start + name.length, type: "PERSON", name, source: "rule" });
  }
  return out;
}

// Tags of a word jieba knows as a name (新疆/ns, 和田/nz): a break character (和) or a
// description's first character (新) inside it belongs to the name.
const NAME_TOKEN_TAG = /^(?:ns|nt|nz|nr\w*)$/;
// Words that end a name when walking back from an organisation ending (verbs, adverbs, …).
const ORG_STOP_TAG = /^(?:v|vd|d|p|r|u\w*|c|y|ad|m|q|f|t|l)$/;
// Verbs of meeting and visiting that jieba tags as nouns (会见/n): the body they meet starts after.
const VISIT_VERB = /^(?:会见|會見|会晤|會晤|访问|訪問|考察|视察|視察|参观|參觀|拜会|拜會|接见|接見)$/u;

/** Organisations written with a naming ending: 周大福企業有限公司, 警察福利基金, 武漢大學中南醫院.
 *  The name part runs back from the ending over jieba words that are not verbs, adverbs,
 *  prepositions or pronouns (申請人需要顯示銀行 has no name before 銀行). */
export function suffixedOrgs(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = [];
  let tokenEnding: Map<number, TaggedToken> | undefined;
  let tokenAt: Map<number, TaggedToken> | undefined;
  for (const m of matchAllNear(text, ORG_PHRASE, ORG_ENDING, ORG_REACH)) {
    if (!tokenEnding || !tokenAt) {
      // Built on the first candidate only: most texts have none.
      tokenEnding = new Map(tokens.map((t) => [t.end, t]));
      tokenAt = new Map();
      for (const t of tokens) for (let i = t.start; i < t.end; i++) tokenAt.set(i, t);
    }
    const bodyEnd = m.index! + m[1]!.length;
    // A break character inside a place jieba knows (和 in 和田) does not end the name.
    let start = m.index! + lastBreak(m[1]!, (i) => {
      const t = tokenAt!.get(m.index! + i);
      return t !== undefined && t.end - t.start >= 2 && NAME_TOKEN_TAG.test(t.tag ?? "");
    });
    // Walk back over name-like words from the ending.
    let at = bodyEnd;
    while (at > start) {
      if (/[（()）]/.test(text[at - 1]!)) {
        at--; // the bracket of 永升（亞洲）
        continue;
      }
      // jieba may keep the ending inside one word (武漢大學): the word counts whole.
      const t = tokenEnding.get(at) ?? tokenAt.get(at - 1);
      // 代表 ("on behalf of", tagged a noun) after a name stands between a person and the body
      // they speak for (黄晓薇代表全国妇联); 人大代表工作委员会 is a body's name.
      if (!t || (t.tag && ORG_STOP_TAG.test(t.tag)) || VISIT_VERB.test(t.text)) break;
      if (t.text === "代表" && /^(?:x|nr\w*)$/.test(tokenEnding.get(t.start)?.tag ?? "")) break;
      // A word glued across the break (為永升) ends the walk at the break.
      at = Math.max(t.start, start);
    }
    start = at;
    const body = text.slice(start, bodyEnd);
    // 新 / 大 / 老 start descriptions (新公司, 大银行) but also names jieba knows (新疆, 大连).
    const firstWord = tokenAt.get(start);
    const namedStart = firstWord !== undefined && firstWord.start === start && firstWord.end - firstWord.start >= 2 && NAME_TOKEN_TAG.test(firstWord.tag ?? "");
    if ([...body.replace(/[（()）]/g, "")].length < 2 || (GENERIC_START.test(body) && !namedStart) || GENERIC_END.test(body)) continue;
    const end = m.index! + m[0].length;
    // 22岁的王云峰大学毕业 ("graduated from university"): an ending glued to the word after it
    // (大学毕业), after nothing but an unknown surname-led name, names no organisation.
    const spanning = tokenAt.get(end - 1);
    const nameWord = tokenAt.get(start);
    if (
      spanning && spanning.end > end && spanning.start === bodyEnd &&
      nameWord && nameWord.start === start && nameWord.end === bodyEnd && nameWord.tag === "x" && bodyEnd - start === 3 && isCommonSurname(text[start]!)
    ) continue;
    const surface = text.slice(start, end);
    out.push({ text: surface, start, end, type: "ORG", name: surface, source: "rule" });
  }
  return out;
}

// Places named by what they are: 內利斯空軍基地, 首都機場.
const PLACE_END = "(?:空军基地|空軍基地|军事基地|軍事基地|海军基地|海軍基地|国际机场|國際機場|核电站|核電站|核电厂|核電廠)";
const PLACE_PHRASE = new RegExp(`(\\p{Script=Han}{2,8}?)${PLACE_END}`, "gu");
const PLACE_ENDING = new RegExp(PLACE_END, "gu");

export function suffixedPlaces(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of matchAllNear(text, PLACE_PHRASE, PLACE_ENDING, 16)) {
    const cut = lastBreak(m[1]!);
    const start = m.index! + cut;
    const end = m.index! + m[0].length;
    if (m[1]!.length - cut < 2 || GENERIC_START.test(m[1]!.slice(cut))) continue;
    out.push({ text: text.slice(start, end), start, end, type: "PLACE", name: text.slice(start, end), source: "rule" });
  }
  return out;
}

// The legal-form tail of a company name; what is left is how the text names it afterwards.
const LEGAL_TAIL = /(?:有限公司|股份公司|集团|集團|控股)$/u;

/**
 * Short forms of a company the document names in full: 永升（亞洲）有限公司 is later 永升（亞洲）,
 * 永升亞洲 and 永升. Returns the short forms (at least two Han characters) to look for.
 */
export function shortForms(fullName: string): string[] {
  if (!LEGAL_TAIL.test(fullName)) return [];
  const base = fullName.replace(LEGAL_TAIL, "");
  const forms = new Set<string>([base, base.replace(/[（()）]/g, ""), base.replace(/[（(][^）)]*[）)]/g, "")]);
  return [...forms].filter((f) => /^\p{Script=Han}{2,}/u.test(f) && f !== fullName);
}

// A photographer's credit closing a caption: 何君健攝, 資料圖片 aside (眾新聞記者X攝 too).
const CREDIT = /(\p{Script=Han}{2,3})[攝摄](?=\s*(?:<\/|\n|$|[）)。]))/gu;

/** Persons credited for a photograph: a 2–3 character name starting with a common surname, then 攝. */
export function creditedPersons(text: string): Entity[] {
  const out: Entity[] = [];
  if (!text.includes("攝") && !text.includes("摄")) return out;
  for (const m of text.matchAll(CREDIT)) {
    let name = m[1]!;
    let start = m.index!;
    // The name is the last 2–3 characters before 攝 that start with a surname (記者何君健攝).
    if (!isCommonSurname(name[0]!) && name.length === 3 && isCommonSurname(name[1]!)) {
      name = name.slice(1);
      start += 1;
    }
    if (!isCommonSurname(name[0]!) || NOT_NAME_CHAR.test(name)) continue;
    out.push({ text: name, start, end: start + name.length, type: "PERSON", name, source: "rule" });
  }
  return out;
}

// How a person is called after being named in full: surname + 太 (Mrs), 先生, 女士, 小姐.
const HONORIFICS = ["太", "先生", "女士", "小姐"];

/**
 * Honorific short forms of Chinese persons the document names in full: 林太 for 林鄭月娥. Only
 * for a surname that one person of the document has (two 林 make 林太 ambiguous).
 */
export function honorificForms(persons: Entity[]): Map<string, Entity> {
  const bySurname = new Map<string, Entity[]>();
  for (const p of persons) {
    if (p.type !== "PERSON" || !/^\p{Script=Han}{3,4}$/u.test(p.text) || !isCommonSurname(p.text[0]!)) continue;
    const list = bySurname.get(p.text[0]!) ?? [];
    if (!list.some((q) => q.name === p.name)) list.push(p);
    bySurname.set(p.text[0]!, list);
  }
  const forms = new Map<string, Entity>();
  for (const [surname, list] of bySurname) if (list.length === 1) for (const h of HONORIFICS) forms.set(surname + h, list[0]!);
  return forms;
}
