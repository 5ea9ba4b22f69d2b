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

/**
 * spam/title-stuffing: an SEO title planted again and again in the text, glued to other
 * text (as a prefix of scraped paragraphs, or repeated inside a wrapper line). Seen glued at
 * least twice, every occurrence is spam and so is the title. A title that only stands on a
 * line of its own is a header repeat, not stuffing.
 */
export function titleStuffingCuts(text: string, title: string): { cuts: Cut[]; titleIsSpam: boolean } {
  for (const form of titleForms(title)) {
    const at: number[] = [];
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) at.push(i);
    if (at.length < 2) continue;
    const lines = splitLines(text);
    const glued = at.filter((i) => {
      const line = lines.find((l) => l.start <= i && i < l.end)!;
      return line.text.trim() !== form;
    }).length;
    if (glued < 2) continue;
    const detail = `the title "${form}" is planted ${at.length}x in the text, ${glued}x glued to other text`;
    return { cuts: at.map((i) => ({ start: i, end: i + form.length, reason: "spam-insertion", rule: "spam/title-stuffing", detail })), titleIsSpam: true };
  }
  return { cuts: [], titleIsSpam: false };
}
