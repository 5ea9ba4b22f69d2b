import type { Cut } from "../view.js";
import { splitLines } from "../text/lines.js";

/** The parts of a title worth looking for in the text: all of it, and its last segment
 *  after a colon ("2026东方财富:<keyword title>"), when long enough to be specific. */
function titleForms(title: string): string[] {
  const t = title.trim();
  const forms = [t];
  const tail = t.split(/[:：]/u).pop()!.trim();
  if (tail !== t) forms.push(tail);
  return forms.filter((s) => [...s].length >= 5);
}

const QUOTE_OPEN = /[「『“‘"'《〈(（【\[]/u;

/** Once a title is known planted: its part after the last space too ("2024最新 <keyword
 *  title>" planted again as "<keyword title>最新地址"). Never a detector on its own: the last
 *  words of a headline recur in its article. */
function plantedForms(title: string): string[] {
  const tail = title.trim().split(/\s+/u).pop()!;
  return [...tail].length >= 5 && tail !== title.trim() && /\p{Script=Han}/u.test(tail) ? [tail] : [];
}

/**
 * spam/title-stuffing: an SEO title planted again and again in the text, glued to other
 * text (as a prefix of scraped paragraphs, or repeated inside a wrapper line). Seen planted
 * so at least twice, every occurrence is spam and so is the title. A title that only stands on a
 * line of its own is a header repeat, not stuffing.
 */
export function titleStuffingCuts(text: string, title: string): { cuts: Cut[]; titleIsSpam: boolean } {
  for (const form of titleForms(title)) {
    const at: number[] = [];
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) at.push(i);
    if (at.length < 2) continue;
    const lines = splitLines(text);
    const lineOf = (i: number) => lines.find((l) => l.start <= i && i < l.end)!;
    // Planted means glued as a prefix of a paragraph, or twice in one (wrapper) line. A
    // headline's words quoted in its article (「…」, mid-sentence) are not planted.
    const glued = at.filter((i) => {
      const line = lineOf(i);
      if (line.text.trim() === form) return false;
      if (QUOTE_OPEN.test(text[i - 1] ?? "")) return false;
      // Glued: the next char follows with no space ("…的个人主页我国，", "…多少【网"); a
      // profile's paragraphs starting "David Miliband was…" are prose.
      if (/\s/u.test(text[i + form.length] ?? " ")) return false;
      const atLineStart = text.slice(line.start, i).trim() === "";
      const twiceInLine = at.filter((j) => lineOf(j) === line).length >= 2;
      return atLineStart || twiceInLine;
    }).length;
    if (glued < 2) continue;
    const detail = `the title "${form}" is planted ${at.length}x in the text, ${glued}x glued to other text`;
    const cuts: Cut[] = at.map((i) => ({ start: i, end: i + form.length, reason: "spam-insertion", rule: "spam/title-stuffing", detail }));
    // Once the title is known planted, its shorter forms go too ("…的个人主页最新地址").
    for (const other of [...titleForms(title), ...plantedForms(title)]) {
      if (other === form) continue;
      for (let i = text.indexOf(other); i >= 0; i = text.indexOf(other, i + other.length)) {
        cuts.push({ start: i, end: i + other.length, reason: "spam-insertion", rule: "spam/title-stuffing", detail: `a form of the planted title "${form}"` });
      }
    }
    return { cuts, titleIsSpam: true };
  }
  return { cuts: [], titleIsSpam: false };
}
