import type { Cut } from "./view.js";
import { lexicon } from "./lexicon.js";
import { isBlank, splitLines, type Line } from "./text/lines.js";

const TRUNCATED = /(?:\.\.\.|…|⋯)\s*$/u;

/** A related-content heading line (相关内容, 热门资讯, Related articles), colon optional. */
export function isTeaserHeading(s: string): boolean {
  const key = s.trim().replace(/[:：\s]+$/u, "").replace(/^[【\[]|[】\]]$/gu, "").toLowerCase();
  return lexicon().teaserHeadings.has(key);
}

/**
 * boilerplate/teaser-list, boilerplate/truncated-run: lists of other articles. A heading
 * starts a list that runs while lines are headings, truncated teasers (…) or short titles;
 * without a heading, ≥2 truncated lines ending the document are a teaser run too.
 */
export function teaserCuts(text: string): Cut[] {
  const lines = splitLines(text).filter((l) => !isBlank(l.text));
  const cuts: Cut[] = [];
  const cutLine = (l: Line, rule: string, detail: string) => cuts.push({ start: l.start, end: l.end, reason: "teaser", rule, detail });
  const cutUpTo = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isTeaserHeading(line.text)) continue;
    const heading = line.text.trim();
    let j = i + 1;
    let teasers = 0;
    while (j < lines.length) {
      const s = lines[j]!.text.trim();
      if (isTeaserHeading(s)) { j++; continue; }
      const short = [...s].length <= 40 && !/[。！？!?]$/u.test(s);
      if (TRUNCATED.test(s) || short) { teasers++; j++; continue; }
      break;
    }
    // A heading alone at the end of the text, or followed by teasers: the list.
    if (teasers === 0 && j < lines.length) continue;
    for (let k = i; k < j; k++) {
      cutLine(lines[k]!, "boilerplate/teaser-list", `after heading "${heading}"`);
      cutUpTo.add(k);
    }
    i = j - 1;
  }
  // Trailing run of truncated teaser lines without a heading.
  let k = lines.length - 1;
  while (k >= 0 && !cutUpTo.has(k) && TRUNCATED.test(lines[k]!.text)) k--;
  const run = lines.length - 1 - k;
  if (run >= 2) {
    for (let m = k + 1; m < lines.length; m++) cutLine(lines[m]!, "boilerplate/truncated-run", `${run} truncated lines end the text`);
  }
  return cuts;
}

