/**
 * The calendar span of a date or period value, as ISO dates, so that date filters
 * (`--from`/`--to`) can compare every value form alike: "2025-Q3" → 2025-07-01…2025-09-30,
 * "2025-01/2025-05" → 2025-01-01…2025-05-31, "FY2025-Q3" → the fiscal year's calendar year
 * (2025-01-01…2025-12-31: fiscal calendars differ by company, so only the year is certain),
 * "2024" → 2024-01-01…2024-12-31. Values without a year ("Q2", "--08-13") and dates that are
 * not on the calendar ("2025-13", "2025-02-30") have no span.
 */
export function periodRange(value: string): { start: string; end: string } | undefined {
  const interval = /^(.+)\/(.+)$/.exec(value);
  if (interval && !/^FY/.test(value)) {
    const a = periodRange(interval[1]!);
    const b = periodRange(interval[2]!);
    return a && b ? { start: a.start, end: b.end } : undefined;
  }
  const fy = /^FY(\d{4})(?:\/(\d{2,4}))?/.exec(value);
  if (fy) {
    const last = fy[2] ? (fy[2].length === 2 ? fy[1]!.slice(0, 2) + fy[2] : fy[2]) : fy[1]!;
    return { start: `${fy[1]}-01-01`, end: `${last}-12-31` };
  }
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  if (q) return monthSpan(q[1]!, (Number(q[2]) - 1) * 3 + 1, Number(q[2]) * 3);
  const h = /^(\d{4})-H([12])$/.exec(value);
  if (h) return monthSpan(h[1]!, h[2] === "1" ? 1 : 7, h[2] === "1" ? 6 : 12);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (ymd) return isCalendarDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) ? { start: value, end: value } : undefined;
  const ym = /^(\d{4})-(\d{2})$/.exec(value);
  if (ym) return isMonth(Number(ym[2])) ? monthSpan(ym[1]!, Number(ym[2]), Number(ym[2])) : undefined;
  const y = /^(\d{4})$/.exec(value);
  if (y) return { start: `${value}-01-01`, end: `${value}-12-31` };
  return undefined;
}

const isMonth = (m: number) => m >= 1 && m <= 12;

function isCalendarDay(year: number, month: number, day: number): boolean {
  return isMonth(month) && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthSpan(year: string, first: number, last: number): { start: string; end: string } {
  const lastDay = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay)}` };
}
