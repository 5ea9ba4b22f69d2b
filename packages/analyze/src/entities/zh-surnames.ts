import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { TITLE } from "./zh-names.js";
import { isCommonSurname } from "./pos-entities.js";

// Within-document coreference for Chinese persons: after 袁煦照 is named in full, news and
// court reports call him 袁 alone (袁表示, 向袁指出, 為鄭的傷勢). A surname is also an ordinary
// character (高, 林, 張), so a lone surname counts only when
// - exactly one person of the document, named earlier in full, has that surname;
// - jieba does not read the character as the start of a dictionary word (高度, 林中): the
//   surname starts a token that is the character alone or an unknown (x) word such as 鄭是;
// - the words on both sides are what stands around a person: a verb of saying or doing, a
//   particle or punctuation after it, and punctuation or a preposition / verb before it.
// No library resolves coreference for Chinese in Node; these are rules.

const BEFORE_WORD =
  /(?:向|讓|让|問|问|為|为|與|与|給|给|按|對|对|及|和|但|令|使|據|据|替|跟|同|被|由|把|將|将|叫|請|请|指|引述|提及|如果|期間|期间|在|播放|盤問|盘问|指出|控告|質疑|质疑|回應|回应|稱|称|要求|認為|认为|相信|形容|批評|批评|感謝|感谢|支持|反駁|反驳|聯絡|联络|交給|交给|協助|协助|陪同|邀請|邀请|當時|当时)$/u;
const BEFORE_PUNCT = /(?:^|[，。、；：！？「」『』“”"（()\s—])$/u;
const AFTER =
  /^(?:[，。、；：！？」』”）),;:]|是|的|在|當時|当时|當日|当日|表示|稱|称|指|說|说|回應|回应|回答|答|先|對|对|曾|亦|也|則|则|又|再|已|將|将|會|会|認為|认为|坦言|強調|强调|透露|承認|承认|否認|否认|澄清|模仿|被|要求|同意|不同意|補充|补充|感受|求診|求诊|問|问|撰寫|撰写|解釋|解释|作供|供稱|供称|重申|續指|续指|續稱|续称|直言|笑言|坦承|憶述|忆述|估計|估计|相信|希望|與|与|和|及|他|她|本人|事後|事后|隨即|随即|之後|之后|曾經|曾经|並|并|仍|都|從|从|向|稍後|稍后|早前|其後|其后)/u;

// (ng, a noun morpheme: jieba reads 林 alone as "forest", which alone is rarely that.)
const NAME_LIKE_TAG = /^(?:nr\w*|ns|nz|x|ng)$/;
// A surname with a title right after it (习主席, 李总理, 林局長) is the person of that surname.
const TITLE_AFTER = new RegExp(`^${TITLE}`, "u");

// How far back the preceding word is looked for (the longest BEFORE_WORD).
const LOOK_BACK = 4;

/**
 * Lone-surname mentions of persons already found in full (Han names of 3–4 characters that
 * start with a common surname). Returns new PERSON entities named after the full name.
 */
export function surnameMentions(text: string, tokens: TaggedToken[], found: Entity[]): Entity[] {
  const bySurname = new Map<string, { person: Entity; names: Set<string>; from: number }>();
  for (const e of found) {
    if (e.type !== "PERSON" || !/^\p{Script=Han}{3,4}$/u.test(e.text) || !isCommonSurname(e.text[0]!)) continue;
    const s = e.text[0]!;
    const entry = bySurname.get(s);
    if (entry) {
      entry.names.add(e.name);
      entry.from = Math.min(entry.from, e.start);
    } else bySurname.set(s, { person: e, names: new Set([e.name]), from: e.start });
  }
  const out: Entity[] = [];
  const taken = (i: number) => found.some((f) => f.start <= i && i < f.end);
  // With a title after it the surname needs no list of common surnames (习主席 after 习近平).
  const titled = new Map<string, Set<string>>();
  for (const e of found) {
    if (e.type !== "PERSON" || !/^\p{Script=Han}{2,4}$/u.test(e.text)) continue;
    titled.set(e.text[0]!, (titled.get(e.text[0]!) ?? new Set()).add(e.name));
  }
  for (const t of tokens) {
    const names = titled.get(text[t.start]!);
    if (!names || names.size !== 1 || taken(t.start) || !TITLE_AFTER.test(text.slice(t.start + 1, t.start + 7))) continue;
    const first = found.find((f) => f.type === "PERSON" && f.text[0] === text[t.start]);
    if (!first || first.start >= t.start) continue;
    out.push({ text: text[t.start]!, start: t.start, end: t.start + 1, type: "PERSON", name: [...names][0]!, source: "rule" });
  }
  if (!bySurname.size) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s = text[t.start]!;
    const entry = bySurname.get(s);
    if (!entry || entry.names.size !== 1 || t.start <= entry.from) continue;
    if (out.some((o) => o.start === t.start)) continue;
    if (t.end - t.start > 1 && t.tag !== "x") continue;
    // jieba tags a lone surname as a name (nr, ns), a morpheme (ng) or unknown (x); 向/p, 張/q,
    // 高/a are words.
    if (!NAME_LIKE_TAG.test(t.tag ?? "")) continue;
    if (taken(t.start)) continue;
    const before = text.slice(Math.max(0, t.start - LOOK_BACK), t.start);
    const after = text.slice(t.start + 1, t.start + 5);
    // Or a verb on either side as jieba reads it (拘捕林，, 裁定林無需答辯): the surname is the
    // verb's object or subject.
    const prev = tokens[i - 1], next = tokens[i + 1];
    const verbBefore = prev !== undefined && prev.end === t.start && t.end - t.start === 1 && /^(?:v|vn|p)$/.test(prev.tag ?? "");
    const verbAfter = next !== undefined && next.start === t.end && t.end - t.start === 1 && /^(?:v|vd|d|p|c)$/.test(next.tag ?? "");
    if (!(BEFORE_PUNCT.test(before) || BEFORE_WORD.test(before) || verbBefore) || !(AFTER.test(after) || verbAfter)) continue;
    // Another surname-like character right after (袁鄭) would make this part of a name.
    if (/^\p{Script=Han}/u.test(after) && bySurname.has(after[0]!)) continue;
    out.push({ text: s, start: t.start, end: t.start + 1, type: "PERSON", name: entry.person.name, source: "rule" });
  }
  return out;
}
