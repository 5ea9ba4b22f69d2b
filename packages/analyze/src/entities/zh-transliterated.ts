import type { Entity } from "../schema.js";
import { TITLE, AFTER_NAME } from "./zh-names.js";
import { TRANSLIT } from "./zh-foreign-places.js";

// Foreign persons written in Chinese transliteration: 约翰·柯比, 亚历山大·巴斯特雷金 (parts
// joined by a middle dot), or 斯凯里特 after a title (总理斯凯里特的). jieba cuts most of these
// into pieces it tags at random, so the titled-person rule, which needs jieba's word edges,
// misses them; the characters themselves are the evidence: transliteration uses a small set of
// syllable characters (the table in zh-foreign-places.ts, plus female-name characters here).
const CHARS = TRANSLIT + "玛瑪娜丝絲娃黛佛珊琪茜蕾薇娅婭";
const PART = `[${CHARS}]{2,8}`;
const DOT = "[·・‧•]";
const DOTTED = new RegExp(`(?<![${CHARS}])${PART}(?:${DOT}${PART}){1,2}(?![${CHARS}])`, "gu");
const TITLED = new RegExp(`${TITLE}([${CHARS}]{2,5})${AFTER_NAME}`, "gu");
const CHAR_SET = new Set(CHARS);
const SHORT_NAME_AFTER = /^(?:表示|称|稱|说|說|指出|认为|認為|强调|強調|时|時|会谈|會談|举行|舉行|[，、\d])/u;

/** Inside a 《》 title (《致莎瑪︰敘利亞家書》)? Names there are not mentions. */
function insideTitle(text: string, i: number): boolean {
  const open = text.lastIndexOf("《", i);
  return open >= 0 && text.lastIndexOf("》", i) < open;
}

export function transliteratedPersons(text: string): Entity[] {
  const out: Entity[] = [];
  const names: { full: string; last: string }[] = [];
  for (const m of text.matchAll(DOTTED)) {
    // 【桑普・荒腔走板】: a columnist's byline joins a name and a column title, not two names.
    if (insideTitle(text, m.index!) || text[m.index! - 1] === "【") continue;
    out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, type: "PERSON", name: m[0], source: "rule" });
    names.push({ full: m[0], last: m[0].split(new RegExp(DOT, "u")).at(-1)! });
  }
  for (const m of text.matchAll(TITLED)) {
    const start = m.index! + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (insideTitle(text, start)) continue;
    // Two characters after a title may be a word (議員拉布, "legislators filibustered"): only
    // before a verb of saying or meeting, and not looked for elsewhere.
    const short = m[1]!.length === 2;
    if (short && !SHORT_NAME_AFTER.test(text.slice(end, end + 3))) continue;
    out.push({ text: m[1]!, start, end, type: "PERSON", name: m[1]!, source: "rule" });
    if (!short) names.push({ full: m[1]!, last: m[1]! });
  }
  // The surname part alone later (柯比表示, 斯凯里特用), not glued to other such characters.
  for (const { full, last } of names) {
    if (last.length < 2) continue;
    for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
      const end = i + last.length;
      if (CHAR_SET.has(text[i - 1] ?? "") || CHAR_SET.has(text[end] ?? "") || /[·・‧•]/.test(text[i - 1] ?? "") || insideTitle(text, i)) continue;
      if (out.some((e) => e.start <= i && i < e.end)) continue;
      out.push({ text: last, start: i, end, type: "PERSON", name: full, source: "rule" });
    }
  }
  return out;
}
