import { findDates } from "../text/date.js";

/** A run of visible page text and its position in the page's visible text (in chars). */
export interface TextRun {
  text: string;
  pos: number;
}

const LABEL_BEFORE = /(?:发布|發佈|發布|发表|發表|更新|时间|時間|日期|published|posted|updated|on)\s*(?:于|於)?\s*[:：]?\s*$/iu;
const THIS_YEAR = new Date().getFullYear();

/**
 * The publication date printed on the page: among the dates in the visible text, the one
 * closest to the start of the article (or to its very end, where posts print their footer),
 * preferring dates with a time or a label (发布时间, published…). A date deep inside the body
 * is most likely a date the article talks about, and one after it (blogs print "posted at"
 * below the post) is accepted at a cost.
 * Returns the date and its distance, so the caller can weigh it against meta tags.
 */
export function visibleDate(runs: TextRun[], mainStart: number, mainEnd: number): { iso: string; distance: number } | null {
  let best: { iso: string; distance: number } | null = null;
  for (const run of runs) {
    for (const d of findDates(run.text)) {
      const year = Number(d.iso.slice(0, 4));
      if (year < 1980 || year > THIS_YEAR + 1) continue;
      const pos = run.pos + d.index;
      let distance: number;
      if (pos < mainStart) distance = mainStart - pos;
      // A post's footer ("发布时间 … by", "posted at", "写于…") closes the block: a date at
      // the very end is as near the article as one just above it.
      else if (pos <= mainEnd) distance = Math.min(pos - mainStart, mainEnd - pos + 100) + 50;
      else distance = pos - mainEnd + 300;
      const labelled = LABEL_BEFORE.test(run.text.slice(Math.max(0, d.index - 12), d.index));
      const timed = d.iso.includes("T");
      if (labelled || timed) distance *= 0.3;
      else if (pos > mainStart + 200 && pos < mainEnd - 100) distance *= 3;
      if (!best || distance < best.distance) best = { iso: d.iso, distance };
    }
  }
  return best ?? yearMonth(runs, mainStart);
}

const YEAR_MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/gu;

/** Periodicals and reports print only a month (1998年3月号): the one nearest the article start,
 *  as "YYYY-MM", when no full date was found. Far weaker evidence, so a last resort. */
function yearMonth(runs: TextRun[], mainStart: number): { iso: string; distance: number } | null {
  let best: { iso: string; distance: number } | null = null;
  for (const run of runs) {
    for (const m of run.text.matchAll(YEAR_MONTH)) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (year < 1980 || year > THIS_YEAR + 1 || month < 1 || month > 12) continue;
      const distance = Math.abs(run.pos + m.index! - mainStart) + 1000;
      if (!best || distance < best.distance) best = { iso: `${year}-${String(month).padStart(2, "0")}`, distance };
    }
  }
  return best;
}
