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

/** A month name without the abbreviation's dot, where the dot may end the sentence (2 August.). */
const MONTH_WORD = MONTH_RE.slice(0, -"\\.?".length);

// Left and right edges: no ASCII letter or digit glued on (so "h100" or "gb300" never start a match).
const L = "(?<![a-z0-9.])";
const R = "(?![a-z0-9])";
const ZH_NUM = "[一二两三四五六七八九十]{1,3}|\\d{1,2}";

// Words before a bare day that put it in the days to come.
const FUTURE_BEFORE = /(?:预计|预报|预测|将于|将在|即将|计划于|定于|拟于|将从|预定)[^。；！？\n]{0,8}$/u;

/**
 * The year, month and day that dates without them take: the document's, or those of an
 * earlier event the report narrates. `docYear` stays the document's: 去年 and 今年 count from
 * the day of writing, whatever event is being told.
 */
interface TimeContext {
  year?: string;
  month?: number;
  day?: number;
  docYear?: string;
}

/** How far a year named relative to the document's is from it. */
const YEAR_SHIFT: Record<string, number> = { 前年: -2, 去年: -1, 本年: 0, 今年: 0, 明年: 1 };

/** The year of a date: counted from the document's when a word says so (去年, 明年), else the
 *  narrated one; undefined when the text gives none. */
function yearOf(relative: string | undefined, ctx: TimeContext): number | undefined {
  const base = relative ? ctx.docYear : ctx.year;
  return base ? Number(base) + (relative ? YEAR_SHIFT[relative]! : 0) : undefined;
}

interface Rule {
  re: RegExp;
  /** Characters the rule can start with: a cheap test before the regular expression. */
  first?: RegExp;
  make: (m: RegExpExecArray, ctx: TimeContext) => Omit<TimeHit, "start" | "end"> | undefined;
}

function validDate(y: number, m: number, d?: number): boolean {
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ENGLISH_ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (parseChinese(s) ?? NaN));

/** A day and month written without a year: the document's year, or the ISO form without one. */
function dayOfMonth(ctx: { year?: string }, mo: number, d: number): Omit<TimeHit, "start" | "end"> | undefined {
  if (!validDate(ctx.year ? Number(ctx.year) : 2000, mo, d)) return undefined;
  return { kind: "date", value: ctx.year ? `${ctx.year}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}` };
}

/** Rules in priority order: at one position the first (longest, most specific) rule wins. */
const RULES: Rule[] = [
  // 2019/20年度, 2019-20年度: a split fiscal year as written.
  {
    first: /\d/,
    re: /(?<![\d.])(\d{4})\s*[\/-]\s*(\d{2})\s*(?:年度|财年|財年)/y,
    make: (m) => ({ kind: "period", value: `FY${m[1]}/${m[2]}` }),
  },
  // 2022年度 (中央预算执行, 年度报告): the year a budget or report covers, a fiscal year as
  // 2019/20年度 is; a split one is read above.
  {
    first: /\d/,
    re: /(?<![\d.\/／-])(\d{4})\s*年度/y,
    make: (m) => ({ kind: "period", value: `FY${m[1]}` }),
  },
  // the fourth quarter of 2003, last quarter of 2004, the first half of 2006
  {
    first: /[fstl1-4]/,
    re: new RegExp(`${L}(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(quarter|half)(?:\\s+of)?\\s+((?:19|20)\\d{2})${R}`, "y"),
    make: (m) => {
      const n = ENGLISH_ORD[m[1]!]!;
      if (m[2] === "half") return n > 2 && m[1] !== "last" ? undefined : { kind: "period", value: `${m[3]}-H${m[1] === "last" ? 2 : n}` };
      return { kind: "period", value: `${m[3]}-Q${m[1] === "last" ? 4 : n}` };
    },
  },
  // the second quarter (no year)
  {
    first: /[fst1-4]/,
    re: new RegExp(`${L}(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter${R}`, "y"),
    make: (m) => ({ kind: "period", value: `Q${ENGLISH_ORD[m[1]!]}` }),
  },
  // 本年首季, 今年第一季度, 去年上半年: a quarter or half of a year named relative to the document.
  {
    first: /[本今去明]/,
    re: /(本年|今年|去年|明年)(?:首季|第?([一二三四])季度?|(上|下)半年)/y,
    make: (m, ctx) => {
      const y = yearOf(m[1], ctx);
      if (y === undefined) return undefined;
      if (m[3]) return { kind: "period", value: `${y}-H${m[3] === "上" ? 1 : 2}` };
      return { kind: "period", value: `${y}-Q${m[2] ? quarterOf(m[2]) : 1}` };
    },
  },
  // 1—8月份, 1-3月: months of one year, as an ISO interval; 今年1至4月, 去年1-3月: of a year
  // named relative to the document's.
  {
    first: /[\d今去明前]/,
    re: /(?:(今年|去年|明年|前年)|(?<![\d.年]))(\d{1,2})\s*[-–—~至到]\s*(\d{1,2})\s*月份?(?!\s*\d{1,2}\s*[日号])/y,
    make: (m, ctx) => {
      const a = Number(m[2]);
      const b = Number(m[3]);
      if (!(a >= 1 && b <= 12 && a < b)) return undefined;
      if (m[1]) {
        const y = yearOf(m[1], ctx);
        if (y === undefined) return undefined;
        return { kind: "period", value: `${y}-${pad(a)}/${y}-${pad(b)}` };
      }
      return { kind: "period", value: ctx.year ? `${ctx.year}-${pad(a)}/${ctx.year}-${pad(b)}` : `--${pad(a)}/--${pad(b)}` };
    },
  },
  // 前5个月: the months of this year so far.
  {
    first: /[今前]/,
    re: /(?:今年)?前(\d{1,2}|[一二三四五六七八九十]{1,2})个月/y,
    make: (m, ctx) => {
      const n = num(m[1]!);
      if (!(n >= 2 && n <= 12)) return undefined;
      return { kind: "period", value: ctx.year ? `${ctx.year}-01/${ctx.year}-${pad(n)}` : `--01/--${pad(n)}` };
    },
  },
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
    re: new RegExp(`(?<![\\d.a-z])(\\d{4}|\\d{2})\\s*年?\\s*(?:第?([一二三四1-4])季度?|q([1-4])|(上|下)半年|([一二三四1-4])季)`, "y"),
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
    re: /第?([一二三四])财?季度|第([一二三四])财?季|([一二三四])季度|(上|下)半年|(首)季(?!节)/y,
    make: (m) => {
      const q = m[1] ?? m[2] ?? m[3] ?? (m[5] ? "一" : undefined);
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
      const year = yearOf(m[1], ctx);
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
  // A football or academic season (2001/2, 2004/05): the two years it spans.
  {
    first: /\d/,
    re: /(?<![\d.\/])((?:19|20)\d{2})\/(\d{1,2})(?![\d\/])/y,
    make: (m) => {
      const y = Number(m[1]);
      const next = m[2]!.length === 1 ? (y + 1) % 10 : (y + 1) % 100;
      return Number(m[2]) === next ? { kind: "period", value: `${y}/${y + 1}` } : undefined;
    },
  },
  // A year in brackets after a title or a name (《十字街頭》（1937）, Citizen Kane (1941)).
  {
    first: /\d/,
    re: /(?<=[(（])((?:1[89]|20)\d{2})(?=[)）])/y,
    make: (m) => ({ kind: "date", value: m[1]! }),
  },
  // "in December", "last August", "the end of February": a month alone after a word of time,
  // in the document's year (last: the one before, when that month has not come yet this year).
  // Not May and March, which are verbs as often.
  {
    re: /(?<=\b(in|last|next|since|until|till|by|early|late|mid|of|from|this|during)\s)(january|february|april|june|july|august|september|october|november|december)(?![a-z])(?!\s*,?\s*\d)/y,
    make: (m, ctx) => {
      const mo = MONTHS[m[2]!]!;
      if (!ctx.year) return { kind: "date", value: `--${pad(mo)}` };
      const shift = m[1] === "last" && ctx.month !== undefined && mo >= ctx.month ? -1 : m[1] === "next" && ctx.month !== undefined && mo <= ctx.month ? 1 : 0;
      return { kind: "date", value: `${Number(ctx.year) + shift}-${pad(mo)}` };
    },
  },
  // 16-18 December, 10–12 March 2004: a span of days of one month (without a year, the
  // document's, as below).
  {
    first: /\d/,
    re: new RegExp(`${L}(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?!may\\b|march\\b)${MONTH_WORD}(?:\\s+(\\d{4}))?${R}(?!\\s*,?\\s*\\d)`, "y"),
    make: (m, ctx) => {
      const [from, to] = [Number(m[1]), Number(m[2])];
      const year = m[4] ? { year: m[4] } : ctx;
      const first = dayOfMonth(year, MONTHS[m[3]!]!, from);
      const last = dayOfMonth(year, MONTHS[m[3]!]!, to);
      return first && last && from < to ? { kind: "period", value: `${first.value}/${last.value}` } : undefined;
    },
  },
  // 2 August, 3rd December, August 2 (no year): the document's year, else --08-02. Not "may"
  // (2 may rise) nor "march" (the verb); "August 8, 2025" is read by the rule above.
  {
    first: /\d/,
    re: new RegExp(`${L}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?!may\\b|march\\b)${MONTH_WORD}${R}(?!\\s*,?\\s*\\d)`, "y"),
    make: (m, ctx) => dayOfMonth(ctx, MONTHS[m[2]!]!, Number(m[1])),
  },
  {
    re: new RegExp(`${L}(?!may\\b|march\\b)${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?${R}(?![.,]?\\d|\\s*(?:%|per\\b|million|billion|bn\\b|m\\b))`, "y"),
    make: (m, ctx) => dayOfMonth(ctx, MONTHS[m[1]!]!, Number(m[2])),
  },
  // "on 5 May", "by March 3": may and march as months after a preposition of time.
  {
    first: /\d/,
    re: new RegExp(`(?<=\\b(?:on|by|until|till|from|since|before|after|between)\\s)(\\d{1,2})(?:st|nd|rd|th)?\\s+(may|march)${R}(?!\\s*,?\\s*\\d)`, "y"),
    make: (m, ctx) => dayOfMonth(ctx, MONTHS[m[2]!]!, Number(m[1])),
  },
  {
    first: /m/,
    re: new RegExp(`(?<=\\b(?:on|by|until|till|from|since|before|after|between)\\s)(may|march)\\s+(\\d{1,2})(?:st|nd|rd|th)?${R}(?![.,]?\\d|\\s*(?:%|per\\b|million|billion|bn\\b|m\\b))`, "y"),
    make: (m, ctx) => dayOfMonth(ctx, MONTHS[m[1]!]!, Number(m[2])),
  },
  // 上月26日: a day of the month before the document's.
  {
    first: /上/,
    re: /上个?月(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/y,
    make: (m, ctx) => {
      if (!ctx.year || !ctx.month) return undefined;
      let y = Number(ctx.year);
      let mo = ctx.month - 1;
      if (mo === 0) (mo = 12), y--;
      const d = num(m[1]!);
      return validDate(y, mo, d) ? { kind: "date", value: `${y}-${pad(mo)}-${pad(d)}` } : undefined;
    },
  },
  // 1日: a day of the document's month (news reports what happened days before: a day after
  // the document's day is in the month before). Not 3日内, 5日后 (durations) nor 日元.
  {
    first: /\d/,
    re: /(?<![\d.月年号日\-\/第])(\d{1,2})\s*日(?!\s*(?:内|以内|之内|后|後|前|以来|以來|间|間|起|元|圆|圓|币|幣|本|游|遊|均|电|電|报|報|常|益|渐|漸|趋|趨|用|子|夜))/y,
    make: (m, ctx) => {
      const d = Number(m[1]);
      if (!ctx.year || !ctx.month || !ctx.day) return undefined;
      let y = Number(ctx.year);
      let mo = ctx.month;
      // A forecast or a plan (预计13日—15日, 将于3日) speaks of days to come: a day before the
      // document's is in the month after.
      const ahead = FUTURE_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index));
      if (ahead && d < ctx.day) {
        mo += 1;
        if (mo === 13) (mo = 1), y++;
      } else if (!ahead && d > ctx.day) {
        mo -= 1;
        if (mo === 0) (mo = 12), y--;
      }
      return validDate(y, mo, d) ? { kind: "date", value: `${y}-${pad(mo)}-${pad(d)}` } : undefined;
    },
  },
  // 8月, 8月份, 去年3月: a month, with the year of the document (or the one named).
  {
    first: /[\d前去今明一二三四五六七八九十]/,
    re: /(?<![\d.年个個—\-~])(前年|去年|今年|明年)?(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(份)?(?!\s*\d|[一二三四五六七八九十]|球|饼|光|亮|台|薪|费|票|卡)/y,
    make: (m, ctx) => {
      const mo = num(m[2]!);
      const year = yearOf(m[1], ctx);
      if (!validDate(2000, mo)) return undefined;
      return { kind: "date", value: year ? `${year}-${pad(mo)}` : `--${pad(mo)}` };
    },
  },
  // in 2003, since 1875, by mid-2005, forecasts for 2005, spring 2005: a year in English after a
  // preposition or a season.
  {
    first: /[12]/,
    re: /(?<=(?:\b(?:in|of|from|since|by|until|till|before|after|during|early|late|mid|year|for|spring|summer|autumn|winter)\s)|mid-)((?:1[89]|20)\d{2})(?![\d%a-z]|[.,]\d)(?!\s+(?!and\b|to\b|was\b|were\b|is\b|as\b|when\b|the\b|that\b|than\b|but\b|while\b|with\b|by\b|in\b|on\b|at\b|for\b|from\b|and\b|it\b|a\b|he\b|she\b|they\b|we\b|according\b|after\b|before\b)[a-z])/y,
    make: (m) => ({ kind: "date", value: m[1]! }),
  },
  // 2023年 alone: a year
  {
    re: /(?<![\d.])((?:19|20)\d{2})\s*年(?!度|代|级|期|限|化|利率|均|薪|报)/y,
    make: (m) => ({ kind: "date", value: m[1]! }),
  },
];

// Characters at which some rule can start: digits, q/h/f, Chinese ordinals/上下/第, month names.
const START = /[\dqhfjmasondlt第一二三四五六七八九十上下前去今明本首零〇]/;

/** Each rule's expression without the sticky flag, to search ahead instead of testing every position. */
const SEARCHES = RULES.map((rule) => new RegExp(rule.re.source, rule.re.flags.replace("y", "") + "g"));


const HALF_YEAR_MS = 183 * 24 * 3600 * 1000;

/**
 * Where rule r next applies at or after `from`: the first position that can start a rule
 * (START and the rule's `first`) where its expression matches something non-empty and `make`
 * accepts the match. A forward search finds, at the first position where the expression
 * matches, the same match as testing that position alone would, so this is the position-by-
 * position scan done in one pass of the regular-expression engine per rule.
 */
function nextApplication(folded: string, r: number, from: number, ctx: TimeContext): { at: number; length: number; hit: Omit<TimeHit, "start" | "end"> } | null {
  const rule = RULES[r]!;
  const search = SEARCHES[r]!;
  search.lastIndex = from;
  for (let m = search.exec(folded); m; m = search.exec(folded)) {
    const at = m.index;
    const ch = folded[at]!;
    if (m[0].length > 0 && START.test(ch) && (!rule.first || rule.first.test(ch))) {
      const hit = rule.make(m, ctx);
      if (hit) return { at, length: m[0].length, hit };
    }
    search.lastIndex = at + 1;
  }
  return null;
}

/**
 * Dates and periods in folded text, left to right, non-overlapping. `docDate` (ISO) gives the
 * year to month-day dates (2月24日). At each position the first rule (in RULES order) that
 * applies wins.
 */
export function findTimes(folded: string, docDate?: string | null): TimeHit[] {
  const year = docDate && /^\d{4}/.test(docDate) ? docDate.slice(0, 4) : undefined;
  const md = docDate ? /^\d{4}-(\d{2})-(\d{2})/.exec(docDate) : null;
  const ctx: TimeContext = { year, month: md ? Number(md[1]) : undefined, day: md ? Number(md[2]) : undefined, docYear: year };
  const docTime = md ? Date.UTC(Number(year), Number(md[1]) - 1, Number(md[2])) : undefined;
  const out: TimeHit[] = [];
  // next[r]: rule r's next application (searched from an earlier position, still valid while at >= i).
  const next: (ReturnType<typeof nextApplication> | undefined)[] = RULES.map(() => undefined);
  let i = 0;
  while (i < folded.length) {
    let best = -1;
    for (let r = 0; r < RULES.length; r++) {
      let n = next[r];
      if (n === undefined || (n !== null && n.at < i)) next[r] = n = nextApplication(folded, r, i, ctx);
      if (n && (best < 0 || n.at < next[best]!.at)) best = r;
    }
    if (best < 0) break;
    const { at, length, hit } = next[best]!;
    out.push({ start: at, end: at + length, ...hit });
    i = at + length;
    // A report that narrates an earlier event names its full date once (2014年11月26日) and then
    // writes 28日 or 12月1日: those take that date's year and month, not the article's. Only for
    // a date more than half a year before the article: news also mentions last month's dates in
    // passing before going on with this year's.
    const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(hit.value);
    if (full && full[1] && docTime !== undefined && full[1] !== ctx.year && docTime - Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])) > HALF_YEAR_MS && folded.slice(at, at + length).includes("年")) {
      ctx.year = full[1];
      ctx.month = Number(full[2]);
      ctx.day = 31; // days after the named one stay in its month
      next.fill(undefined);
    }
    // 1945年4月至6月: the end month of a range shares the year.
    const month = /^(\d{4})-\d{2}(?:-\d{2})?$/.exec(hit.value);
    const endMonth = month && /^\s*[至到\-–—~]\s*(\d{1,2})\s*月份?(?!\s*\d)/.exec(folded.slice(i));
    if (month && endMonth && validDate(2000, Number(endMonth[1]))) {
      out.push({ start: i + endMonth[0].search(/\d/), end: i + endMonth[0].length, kind: "date", value: `${month[1]}-${pad(Number(endMonth[1]))}` });
      i += endMonth[0].length;
      continue;
    }
    // 5月10日至11日: the second day of a range of days shares the month.
    const day = /^(\d{4}-\d{2}|--\d{2})-\d{2}$/.exec(hit.value);
    const nextDay = day && /^\s*[至到\-–—~]\s*(\d{1,2})\s*[日号]/.exec(folded.slice(i));
    if (day && nextDay) {
      const d = Number(nextDay[1]);
      const [y, mo] = day[1]!.startsWith("--") ? [2000, Number(day[1]!.slice(2))] : day[1]!.split("-").map(Number);
      if (validDate(y!, mo!, d)) {
        out.push({ start: i + nextDay[0].search(/\d/), end: i + nextDay[0].length, kind: "date", value: `${day[1]}-${pad(d)}` });
        i += nextDay[0].length;
      }
    }
  }
  return out;
}
