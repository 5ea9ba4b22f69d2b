/** What the words around a figure say about it: approximate, growth direction, basis. */

const APPROX_BEFORE =
  /(?:约为?|大约|大概|近|将近|接近|超过|超|逾|高达|低至|多达|最多|至少|不到|不足|不低于|不超过|低于|高于|小于|大于|\babout|\bapproximately|\bapprox\.?|\baround|\broughly|\bnearly|\balmost|\bover|\bmore than|\bup to|\bas low as|\bas high as|\bbelow|\bunder|\bless than|\bclose to|\bsome|\bat least|\bat most|\babove|\bexceeding|~)\s*$/;
const APPROX_AFTER = /^\s*(?:左右|以上|以下|上下|\+|or so|or more|plus\b)/;

/** Approximate when a hedge word sits right before or after the figure. */
export function isApprox(folded: string, start: number, end: number): boolean {
  return APPROX_BEFORE.test(folded.slice(Math.max(0, start - 16), start)) || APPROX_AFTER.test(folded.slice(end, end + 8));
}

const UP = /(增长|增加|提升|上升|上涨|增幅|涨幅|升幅|提高|扩大|上调|攀升|飙升|大涨|激增|增|涨|升|increase[sd]?|increasing|growth|grew|grow(?:s|ing)?|rose|rise[sn]?|rising|up|surged?|surging|gain(?:ed|s)?|improved?|improving|jump(?:ed|s)?|climb(?:ed|s)?|higher|soar(?:ed|s)?|expand(?:ed|s)?)/g;
const DOWN = /(下降|降低|减少|下滑|下跌|降幅|跌幅|缩减|回落|下调|缩小|收窄|下挫|降|跌|减|decrease[sd]?|decreasing|decline[sd]?|declining|fell|fall(?:s|ing)?|down|drop(?:ped|s)?|lower|reduc(?:e[sd]?|ing|tion)|cut|shr[ai]nk|slump(?:ed)?|plunge[sd]?|contract(?:ed|ion)?)/g;
const YOY = /(同比|比上年|较上年|较去年|year-on-year|year-over-year|year on year|year over year|yoy|y\/y|from a year earlier|annual)/g;
const QOQ = /(环比|较上季|比上季|上季|quarter-on-quarter|quarter-over-quarter|quarter on quarter|sequential(?:ly)?|qoq|q\/q)/g;
const MOM = /(month-on-month|month-over-month|mom|m\/m|较上月|比上月)/g;

// A clause ends at these; cues beyond them do not belong to the figure.
const CLAUSE_END = /[，,。；;！？!?\n:：()（）]/;

function clauseBefore(folded: string, start: number): string {
  let i = start;
  while (i > 0 && start - i < 80 && !CLAUSE_END.test(folded[i - 1]!)) i--;
  return folded.slice(i, start);
}

function clauseAfter(folded: string, end: number, max: number): string {
  let i = end;
  while (i < folded.length && i - end < max && !CLAUSE_END.test(folded[i]!)) i++;
  return folded.slice(end, i);
}

function lastMatch(re: RegExp, s: string): { index: number; text: string } | undefined {
  let last: { index: number; text: string } | undefined;
  for (const m of s.matchAll(re)) {
    // English cue words must stand alone ("up" not in "upgrade").
    const before = s[m.index! - 1] ?? " ";
    const after = s[m.index! + m[0].length] ?? " ";
    if (/[a-z]/.test(m[0][0]!) && (/[a-z]/.test(before) || /[a-z]/.test(after))) continue;
    last = { index: m.index!, text: m[0] };
  }
  return last;
}

function firstMatch(re: RegExp, s: string): { index: number; text: string } | undefined {
  for (const m of s.matchAll(re)) {
    const before = s[m.index! - 1] ?? " ";
    const after = s[m.index! + m[0].length] ?? " ";
    if (/[a-z]/.test(m[0][0]!) && (/[a-z]/.test(before) || /[a-z]/.test(after))) continue;
    return { index: m.index!, text: m[0] };
  }
  return undefined;
}

export interface Change {
  direction?: "up" | "down";
  basis?: "yoy" | "qoq" | "mom";
}

/**
 * Direction and basis of a percentage change. The nearest cue before the figure in the same
 * clause wins (同比增长22%, improved by 0.3 percentage points); otherwise a cue in the next few
 * words (15% year-on-year revenue growth). "增长至 / 升至 / to" before the figure make it a level,
 * not a change: no direction.
 */
export function changeOf(folded: string, start: number, end: number): Change {
  const before = clauseBefore(folded, start);
  const after = clauseAfter(folded, end, 30);
  const out: Change = {};
  if (/(至|到|为|\bto|\bat)\s*(?:约|about|approximately)?\s*$/.test(before)) return out;
  const up = lastMatch(UP, before);
  const down = lastMatch(DOWN, before);
  if (up || down) out.direction = (up?.index ?? -1) > (down?.index ?? -1) ? "up" : "down";
  else {
    const upA = firstMatch(UP, after.slice(0, 30));
    const downA = firstMatch(DOWN, after.slice(0, 30));
    if (upA || downA) out.direction = (upA?.index ?? 99) < (downA?.index ?? 99) ? "up" : "down";
  }
  // Basis: a cue right after the figure ("0.3 percentage points year-on-year") binds tightest.
  const bases: [RegExp, Change["basis"]][] = [[YOY, "yoy"], [QOQ, "qoq"], [MOM, "mom"]];
  let best: { pos: number; basis: Change["basis"] } | undefined;
  for (const [re, basis] of bases) {
    const a = firstMatch(re, after.slice(0, 24));
    if (a && (!best || a.index < best.pos)) best = { pos: a.index, basis };
  }
  if (!best) {
    let bestBefore: { pos: number; basis: Change["basis"] } | undefined;
    for (const [re, basis] of bases) {
      const b = lastMatch(re, before);
      if (b && (!bestBefore || b.index > bestBefore.pos)) bestBefore = { pos: b.index, basis };
    }
    best = bestBefore;
  }
  if (best) out.basis = best.basis;
  return out;
}
