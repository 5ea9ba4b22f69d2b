import { parseChinese } from "./numbers.js";

/** A date or period found in folded text (offsets into the folded text). */
export interface TimeHit {
  start: number;
  end: number;
  kind: "date" | "period";
  value: string;
}

/**
 * Value formats:
 *   date:   "2025-08-08", "2025-08", "2025"; a month-day without a year and without a docDate
 *           is "--08-13" (ISO 8601 omitted-year form).
 *   period: calendar "2025-Q2", "2025-H2"; fiscal "FY2026-Q2", "FY2025", and a split fiscal
 *           year as written "FY2025/26-Q2"; without a year "Q2", "H1"; year ranges "2024/2026".
 * Two-digit years are 20xx.
 */
const ZH_ORD = "一二三四1234";
const quarterOf = (c: string) => (ZH_ORD.indexOf(c) % 4) + 1;
const fullYear = (y: string) => (y.length === 2 ? `20${y}` : y);
const pad = (n: number) => String(n).padStart(2, "0");

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_RE = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

// Left and right edges: no ASCII letter or digit glued on (so "h100" or "gb300" never start a match).
const L = "(?<![a-z0-9.])";
const R = "(?![a-z0-9])";
const ZH_NUM = "[一二两三四五六七八九十]{1,3}|\\d{1,2}";

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray, ctx: { year?: string }) => Omit<TimeHit, "start" | "end"> | undefined;
}

function validDate(y: number, m: number, d?: number): boolean {
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (parseChinese(s) ?? NaN));

/** Rules in priority order: at one position the first (longest, most specific) rule wins. */
const RULES: Rule[] = [
  // Q2 of FY2025/26, Q2 FY2025/26, Q2 FY26
  {
    re: new RegExp(`${L}q([1-4])\\s*(?:of\\s+)?fy\\s*(\\d{4}|\\d{2})(?:\\/(\\d{2}|\\d{4}))?${R}`, "y"),
    make: (m) => ({ kind: "period", value: m[3] ? `FY${m[2]!.length === 2 ? fullYear(m[2]!) : m[2]}/${m[3]}-Q${m[1]}` : `FY${fullYear(m[2]!)}-Q${m[1]}` }),
  },
  // FY26Q2, FY2026 Q2, FY26H1
  {
    re: new RegExp(`${L}fy\\s*(\\d{4}|\\d{2})\\s*([qh])([1-4])${R}`, "y"),
    make: (m) => (m[2] === "h" && Number(m[3]) > 2 ? undefined : { kind: "period", value: `FY${fullYear(m[1]!)}-${m[2]!.toUpperCase()}${m[3]}` }),
  },
  // FY2025/26, FY2025, FY25
  {
    re: new RegExp(`${L}fy\\s*(\\d{4}|\\d{2})(?:\\/(\\d{2}|\\d{4}))?${R}`, "y"),
    make: (m) => ({ kind: "period", value: m[2] ? `FY${fullYear(m[1]!)}/${m[2]}` : `FY${fullYear(m[1]!)}` }),
  },
  // 2025财年第三财季 / 2025财年Q3 / 2025财年
  {
    re: new RegExp(`(?<![\\d.a-z])(\\d{4}|\\d{2})\\s*财年(?:\\s*(?:第([一二三四1-4])财?季度?|q([1-4])|(上|下)半年))?`, "y"),
    make: (m) => {
      const fy = `FY${fullYear(m[1]!)}`;
      if (m[2]) return { kind: "period", value: `${fy}-Q${quarterOf(m[2])}` };
      if (m[3]) return { kind: "period", value: `${fy}-Q${m[3]}` };
      if (m[4]) return { kind: "period", value: `${fy}-H${m[4] === "上" ? 1 : 2}` };
      return { kind: "period", value: fy };
    },
  },
  // 2025年第二季度, 2025年二季度, 2025年Q2, 25年下半年, 2026 下半年, 2025年上半年
  {
    re: new RegExp(`(?<![\\d.a-z])(\\d{4}|\\d{2})\\s*年?\\s*(?:第?([一二三四1-4])季度|q([1-4])|(上|下)半年|([一二三四1-4])季)`, "y"),
    make: (m) => {
      if (m[0].length === m[1]!.length) return undefined;
      const y = fullYear(m[1]!);
      if (!/年/.test(m[0]) && !m[3] && !m[4]) return undefined; // "2025二季度" is unusual; need 年
      if (m[2]) return { kind: "period", value: `${y}-Q${quarterOf(m[2])}` };
      if (m[3]) return { kind: "period", value: `${y}-Q${m[3]}` };
      if (m[4]) return { kind: "period", value: `${y}-H${m[4] === "上" ? 1 : 2}` };
      if (m[5]) return { kind: "period", value: `${y}-Q${quarterOf(m[5])}` };
      return undefined;
    },
  },
  // 2025Q2, 24Q2, 25H2, 2025H1, 2025-Q2
  {
    re: new RegExp(`${L}(\\d{4}|\\d{2})\\s*-?\\s*([qh])([1-4])${R}`, "y"),
    make: (m) => (m[2] === "h" && Number(m[3]) > 2 ? undefined : { kind: "period", value: `${fullYear(m[1]!)}-${m[2]!.toUpperCase()}${m[3]}` }),
  },
  // 1H25, 2Q24, 1Q2025
  {
    re: new RegExp(`${L}([1-4])([qh])(\\d{4}|\\d{2})${R}`, "y"),
    make: (m) => (m[2] === "h" && Number(m[1]) > 2 ? undefined : { kind: "period", value: `${fullYear(m[3]!)}-${m[2]!.toUpperCase()}${m[1]}` }),
  },
  // Q2 2025, H1 2025
  {
    re: new RegExp(`${L}([qh])([1-4])\\s+(\\d{4})${R}`, "y"),
    make: (m) => (m[1] === "h" && Number(m[2]) > 2 ? undefined : { kind: "period", value: `${m[3]}-${m[1]!.toUpperCase()}${m[2]}` }),
  },
  // Q2, H1 alone; the second quarter / 第三季度 / 第三财季 / 一季度 / 上半年 alone
  {
    re: new RegExp(`${L}([qh])([1-4])${R}`, "y"),
    make: (m) => (m[1] === "h" && Number(m[2]) > 2 ? undefined : { kind: "period", value: `${m[1]!.toUpperCase()}${m[2]}` }),
  },
  {
    re: /第?([一二三四])财?季度|第([一二三四])财季|([一二三四])季度|(上|下)半年/y,
    make: (m) => {
      const q = m[1] ?? m[2] ?? m[3];
      if (q) return { kind: "period", value: `Q${quarterOf(q)}` };
      return { kind: "period", value: `H${m[4] === "上" ? 1 : 2}` };
    },
  },
  // 2024-2026年 / 2019-2020年: a span of years
  {
    re: /(?<![\d.])(\d{4})\s*[-–~至到]\s*(\d{4})\s*年/y,
    make: (m) => (Number(m[2]) > Number(m[1]) ? { kind: "period", value: `${m[1]}/${m[2]}` } : undefined),
  },
  // 2025年8月8日, 2025年8月, 2025年5月底, 二〇一九年四月三日
  {
    re: new RegExp(`(?<![\\d.])(\\d{4}|[零〇一二三四五六七八九]{4})\\s*年\\s*(${ZH_NUM})\\s*月(?:\\s*(${ZH_NUM})\\s*[日号])?`, "y"),
    make: (m) => {
      const y = num(m[1]!);
      m[1] = String(y);
      const mo = num(m[2]!);
      const d = m[3] ? num(m[3]) : undefined;
      if (!validDate(y, mo, d)) return undefined;
      return { kind: "date", value: d === undefined ? `${m[1]}-${pad(mo)}` : `${m[1]}-${pad(mo)}-${pad(d)}` };
    },
  },
  // 8月13日, 去年8月18日 (year from the document date, shifted by 去年/今年/明年/前年)
  {
    re: new RegExp(`(?<![\\d.])(前年|去年|今年|明年)?(${ZH_NUM})\\s*月\\s*(${ZH_NUM})\\s*[日号]`, "y"),
    make: (m, ctx) => {
      const mo = num(m[2]!);
      const d = num(m[3]!);
      const shift = m[1] ? { 前年: -2, 去年: -1, 今年: 0, 明年: 1 }[m[1]]! : 0;
      const year = ctx.year ? Number(ctx.year) + shift : undefined;
      if (!validDate(year ?? 2000, mo, d)) return undefined; // 2000 is a leap year: 2月29日 stays valid
      return { kind: "date", value: year ? `${year}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}` };
    },
  },
  // ISO 2025-08-08 (also the date part of "2026-02-27 13:01:41")
  {
    re: /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?![\d])/y,
    make: (m) => (validDate(Number(m[1]), Number(m[2]), Number(m[3])) ? { kind: "date", value: `${m[1]}-${m[2]}-${m[3]}` } : undefined),
  },
  // August 8, 2025 / Aug. 8 2025 / August 2025
  {
    re: new RegExp(`${L}${MONTH_RE}\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(\\d{4})${R}`, "y"),
    make: (m) => {
      const mo = MONTHS[m[1]!]!;
      const d = m[2] ? Number(m[2]) : undefined;
      if (!validDate(Number(m[3]), mo, d)) return undefined;
      return { kind: "date", value: d === undefined ? `${m[3]}-${pad(mo)}` : `${m[3]}-${pad(mo)}-${pad(d)}` };
    },
  },
  // 8 August 2025
  {
    re: new RegExp(`${L}(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})${R}`, "y"),
    make: (m) => {
      const mo = MONTHS[m[2]!]!;
      if (!validDate(Number(m[3]), mo, Number(m[1]))) return undefined;
      return { kind: "date", value: `${m[3]}-${pad(mo)}-${pad(Number(m[1]))}` };
    },
  },
  // 2023年 alone: a year
  {
    re: /(?<![\d.])((?:19|20)\d{2})\s*年(?!度|代|级|期|限|化|利率|均|薪|报)/y,
    make: (m) => ({ kind: "date", value: m[1]! }),
  },
];

// Characters at which some rule can start: digits, q/h/f, Chinese ordinals/上下/第, month names.
const START = /[\dqhfjmasond第一二三四五六七八九十上下前去今明零〇]/;

/**
 * Dates and periods in folded text, left to right, non-overlapping. `docDate` (ISO) gives the
 * year to month-day dates (2月24日).
 */
export function findTimes(folded: string, docDate?: string | null): TimeHit[] {
  const year = docDate && /^\d{4}/.test(docDate) ? docDate.slice(0, 4) : undefined;
  const ctx = { year };
  const out: TimeHit[] = [];
  let i = 0;
  outer: while (i < folded.length) {
    if (!START.test(folded[i]!)) {
      i++;
      continue;
    }
    for (const rule of RULES) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(folded);
      if (!m || m[0].length === 0) continue;
      const hit = rule.make(m, ctx);
      if (!hit) continue;
      out.push({ start: i, end: i + m[0].length, ...hit });
      i += m[0].length;
      continue outer;
    }
    i++;
  }
  return out;
}
