import type { Entity } from "../schema.js";

// The author named in a byline (博客 | 陳聰, 作者：一悠, 文／林某某, 記者 | 何君健): a label, a
// separator, and a name of two to four Han characters ending the line, a link text or a bold
// span. Pen names (一悠) start with no surname, so nothing but the byline says they are
// persons; once found, the name is marked wherever else the document writes it.
const BYLINE = /(?<![\p{Script=Han}])(?:博客|作者|撰文|文|記者|记者|編輯|编辑|攝影|摄影|圖|图)\s*[|｜:：／/]\s*(\p{Script=Han}{2,4})(?=\s*(?:\*\*|\]|$|\n|[|｜】）)]))/gmu;

/** Persons named in bylines. */
export function bylinePersons(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(BYLINE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ text: m[1]!, start, end: start + m[1]!.length, type: "PERSON", name: m[1]!, source: "rule" });
  }
  return out;
}
