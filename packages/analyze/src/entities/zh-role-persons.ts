import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { isCommonSurname } from "./pos-entities.js";
import { NOT_NAME_LAST } from "./zh-repeated.js";
import { CLAUSE_GOES_ON } from "./zh-clause.js";

// A person named right after the noun of their role, where neither the role nor the end of the
// name is in a fixed list: 验船师艾子涛和, 參議員格拉斯利早前稱, 第一书记姜镇立刻, 副主任黃永光握手.
// The role is a jieba noun ending in a character that makes a noun a person's role (工程师,
// 船员, 法官, 院长, 专家, 选手, 书记, 主任); the name is one to three jieba words that look like
// a name (jieba tags them as names or does not know them), and the clause goes on after it
// (a verb, adverb, preposition, conjunction, time word or punctuation). The fixed title list
// of zh-names.ts stays for the names these checks cannot see (a name before a known word).

// The last character of a role noun (Simplified and Traditional; 教授, 患者, 学者).
const ROLE_END = /[师師员員官长長家手记記任匠生统統理席使表授者]$/u;
// Role nouns that end in one of those characters but name no person before a name (国家,
// 大家, 自家 …; 学生 and 医生 are roles: 医生袁煦照).
const NOT_ROLE = /^(?:道理|處理|处理|管理|整理|清理|代理|心理|地理|物理|真理|出席|列席|缺席|即席|外表|发表|發表|图表|圖表|报表|報表|传统|傳統|系统|系統|总统府|總統府|国家|國家|大家|自家|人家|全家|回家|住家|老家|东家|東家|居家|在家|农家|農家|娘家|婆家|万家|萬家|千家|百家|成家|安家|持家|对手|對手|联手|聯手|人手|一手|新手|出手|入手|下手|上手|发生|發生|产生|產生|出生|先生|民生|卫生|衛生|人生|学生会|學生會|责任|責任|担任|擔任|信任|上任|继任|繼任|日记|日記|笔记|筆記|标记|標記|登记|登記|忘记|忘記|或者|再者|前者|后者|後者|两者|兩者|三者|二者|行者|使者|王者|强者|強者|弱者|智者|长者|長者)$/u;
// Tags of a role noun: nouns, nouns jieba made of the role and its qualifier (第一书记/nz),
// and the descriptive words jieba tags b (主任/b).
const ROLE_TAG = /^(?:n|ng|nz|b|nr)$/;
// Tags of a word inside a name: names, unknown words, and single characters jieba reads as
// something else (黃/a, 涛/nr, 利/n).
const NAME_TAG = /^(?:nr\w*|nz|x)$/;
const SINGLE_NAME_TAG = /^(?:nr\w*|nz|x|n|ng|a|b|j|ns)$/;
// After a name with its role, a set phrase goes on the clause too (举行会谈 is one jieba word
// tagged i).
const continuesClause = (tag: string | undefined) => CLAUSE_GOES_ON.test(tag ?? "") || tag === "i";
// Characters a name never has: particles, pronouns, numbers.
const NOT_NAME_CHAR = /[的了是在和与與及或为為被把将將对對从從向于於以也都又就这這那个個们們等一二三四五六七八九十]/u;
// Words of time jieba's dictionary tags as names (今天下午/nr after 记者).
const TIME_WORD = /今天|明天|昨天|今日|明日|昨日|今年|明年|去年|当天|當天|上午|下午|晚上|早上|中午|凌晨/u;

/** Persons named after a role noun. */
export function rolePersons(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const role = tokens[i]!;
    if (!ROLE_TAG.test(role.tag ?? "") || !ROLE_END.test(role.text) || NOT_ROLE.test(role.text)) continue;
    // 验船 + 师: jieba may cut the role before its last character, which then ends a noun
    // glued to the word before it.
    const before = tokens[i - 1];
    if (role.text.length < 2 && !(before && before.end === role.start && /\p{Script=Han}$/u.test(before.text))) continue;
    if (tokens[i + 1]!.start !== role.end) continue;
    let end = role.end;
    let j = i + 1;
    let nameLike = false;
    for (; j < tokens.length && end - role.end < 4; j++) {
      const t = tokens[j]!;
      if (t.start !== end || !/^\p{Script=Han}+$/u.test(t.text)) break;
      const tag = t.tag ?? "";
      // jieba may read a name as two place words (吳國/ns 坤/ns); allowed for the first.
      const placePart = tag === "ns" && j === i + 1 && t.text.length === 2;
      if (!(NAME_TAG.test(tag) || placePart || (t.text.length === 1 && SINGLE_NAME_TAG.test(tag)))) break;
      if (NAME_TAG.test(tag)) nameLike = true;
      end = t.end;
    }
    const name = text.slice(role.end, end);
    // A three-character name cut in two after a role: 吳國 + 坤.
    if (!nameLike && name.length === 3 && j === i + 3 && isCommonSurname(name[0]!)) nameLike = true;
    if (name.length < 2 || name.length > 4 || !nameLike || NOT_NAME_CHAR.test(name) || NOT_NAME_LAST.test(name) || TIME_WORD.test(name)) continue;
    // 斯蒂芬·米勒: a transliterated name goes on after the dot (zh-transliterated.ts reads it).
    if (/[·・•‧]/u.test(text[end] ?? "")) continue;
    // Chinese names start with a surname and have two or three characters; a longer one is a
    // transliteration, which jieba tags as names throughout (格拉斯/nr 利).
    if (name.length <= 3 ? !isCommonSurname(name[0]!) && !/^nr/.test(tokens[i + 1]!.tag ?? "") : !/^nr/.test(tokens[i + 1]!.tag ?? "")) continue;
    const next = tokens[j];
    // One unknown three-character word after a role is a name whatever follows it (專員陳淑文
    // 代表控方: jieba tags 代表 a noun).
    const unknownName = j === i + 2 && tokens[i + 1]!.tag === "x" && name.length === 3;
    const goesOn = !next || next.start > end || continuesClause(next.tag) || unknownName;
    if (!goesOn) continue;
    out.push({ text: name, start: role.end, end, type: "PERSON", name, source: "rule" });
  }
  return out;
}

// How Hong Kong reports call a person already introduced: surname + a short title (林官 the
// magistrate, 黃狀 the barrister, 劉伯 "old Mr Lau", 劉氏, 陳太, 陳生). jieba does not know these
// two-character words (tag x). The surname alone is the mention, as for lone surnames (沈 for
// 沈大狀 in the gold); the clause must go on after the word (林官認為, 劉伯於是), so that 李官
// inside an unknown longer word is not read.
const SHORT_TITLE = /^[官狀状伯氏太生婆]$/u;
// Verbs of saying and doing that follow a person, for a two-character name no rule knows
// (蔡霞說, 王勇参加, 韩正表示): an unknown word followed by one of these starts a clause about
// a person far more often than about anything else.
const SPEECH_VERB = /^(?:表示|指出|说|說|称|稱|认为|認為|强调|強調|回应|回應|透露|坦言|介绍|介紹|补充|補充|解释|解釋|质疑|質疑|批评|批評|承认|承認|否认|否認|拒绝|拒絕|参加|參加|出席|主持|会见|會見|提出|提醒|呼吁|呼籲|反问|反問|斥责|斥責|留意|问|問|答)$/u;

/** Persons named by a surname and a short title, or by an unknown two-character name before a verb of saying. */
export function shortNamedPersons(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tag !== "x" || t.end - t.start !== 2 || !isCommonSurname(text[t.start]!) || !/^\p{Script=Han}{2}$/u.test(t.text)) continue;
    const prev = tokens[i - 1];
    // Starting a clause: after punctuation, the start, or a conjunction (杜官和陳官).
    if (prev && prev.end === t.start && !/^(?:c|p)$/.test(prev.tag ?? "")) continue;
    const next = tokens[i + 1]!;
    if (next.start !== t.end) continue;
    if (SHORT_TITLE.test(t.text[1]!) && continuesClause(next.tag)) {
      out.push({ text: t.text[0]!, start: t.start, end: t.start + 1, type: "PERSON", name: t.text[0]!, source: "rule" });
    } else if (SPEECH_VERB.test(next.text)) {
      out.push({ text: t.text, start: t.start, end: t.end, type: "PERSON", name: t.text, source: "rule" });
    }
  }
  return out;
}
