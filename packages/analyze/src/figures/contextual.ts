import type { FigureKind } from "../schema.js";

/** A figure found by its context, in folded-text offsets. */
export interface ContextHit {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | string;
  unit: string;
  approx: boolean;
  valueMax?: number;
}

const MONTHS_AND_DAYS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/**
 * A person's age in commas after their name, as English news writes it: "Gatlin, 22, won",
 * "Kelly Holmes, 34, said". The word before must be capitalised (a name) and not a month or
 * weekday ("June, 22," is no age); ages 10 to 99 only.
 */
export function findEnglishAges(f: string, capitalAt: (k: number) => boolean): ContextHit[] {
  const out: ContextHit[] = [];
  for (const m of f.matchAll(/(?<![a-z])([a-z][a-z'-]+), ([1-9]\d), (?=[a-z])/g)) {
    const wordStart = m.index!;
    if (!capitalAt(wordStart) || MONTHS_AND_DAYS.test(m[1]!)) continue;
    const start = wordStart + m[1]!.length + 2;
    out.push({ start, end: start + 2, kind: "quantity", value: Number(m[2]), unit: "yr", approx: false });
  }
  return out;
}

// A year after a word that introduces a time or names an edition: "the 2004 awards", "a 2004
// law", "its 2005 survey", "the 1936
// Berlin Games", "the end of 2007", "from 2011 onwards", "dating back to 1997". Counts and quantities ("the 2000
// metres", "of 1500 people") are read before this and claim their number first.
const ENGLISH_YEAR = /(?<![a-z0-9$£€.,])(the|a|its|their|his|her|our|on|of|in|from|since|until|till|by|before|after|between|during|through|back to) ((?:19|20)\d\d)(?![0-9%]|[.,]\d|'?s\b|\s?(?:bn|m|million|billion|pounds|dollars|euros)\b)/g;
// After a preposition, a number before a plural noun counts it ("of 2000 runners"); after "the"
// it names an edition ("the 2004 awards").
const COUNTED_AFTER = /^ (?:(?!(?:onwards|afterwards|towards|was|is|as|has|this|its|his|does|says)\b)[a-z]+s|people|men|women|children)\b/;

// Words after which a year names an edition or a year of something ("the 2004 awards", "a 2004
// law"), whatever follows.
const EDITION_WORDS = new Set(["the", "a", "its", "their", "his", "her", "our"]);

/** Years written alone after "the", "of", "from" …: dates with the year as value. */
export function findEnglishYears(f: string): ContextHit[] {
  const out: ContextHit[] = [];
  for (const m of f.matchAll(ENGLISH_YEAR)) {
    const start = m.index! + m[0].length - 4;
    if (!EDITION_WORDS.has(m[1]!) && COUNTED_AFTER.test(f.slice(start + 4, start + 30))) continue;
    out.push({ start, end: start + 4, kind: "date", value: m[2]!, unit: "", approx: false });
  }
  return out;
}

const ZH_SMALL: Record<string, number> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// Levels counted with a one-character numeral (四级应急响应, 省市县乡村五级). Not magnitudes and
// wind forces (七级地震, 六级大风), grades (三级甲等), disability or pay grades. (两国 "the two
// countries" is left alone: it refers to two countries named just before rather than counting,
// and the gold labels it so in only one of four articles that write it.)
const LEVELS = /(?<![第一二两三四五六七八九十百千\d])([二两三四五六七八九])级(?!地震|余震|风|台风|大风|阵风|浪|甲|乙|伤|残|工|别|市场|公路|台阶|跳)/g;

/** One-character Chinese numerals before 级: counts of levels. */
export function findChineseLevels(f: string): ContextHit[] {
  if (!f.includes("级")) return [];
  const out: ContextHit[] = [];
  for (const m of f.matchAll(LEVELS)) {
    if (/[“「『"‘]/.test(f[m.index! - 1] ?? "")) continue; // a numbered slogan is a name
    out.push({ start: m.index!, end: m.index! + 2, kind: "count", value: ZH_SMALL[m[1]!]!, unit: "", approx: false });
  }
  return out;
}

// A score in 分 (满意度为83.3分, 上升3.3分, 得了90分): an Arabic number and 分 ending the phrase.
// Not minutes (3分钟, 8点30分, 10时5分), fractions (三分之一), money (5元5角3分), nor 分 starting
// another word (分析, 分别, 分公司 …: anything but punctuation, 以上/左右/的 or a verb of change
// may follow).
const SCORE = /(?<![\d.:：点时第])(\d{1,3}(?:\.\d{1,2})?)分(?=$|[，,。；;、）)！？!?\s]|以上|以下|左右|的|，)/g;

/** Scores in 分: quantity, unit "pt". */
export function findScores(f: string): ContextHit[] {
  if (!f.includes("分")) return [];
  const out: ContextHit[] = [];
  for (const m of f.matchAll(SCORE)) {
    const before = f.slice(Math.max(0, m.index! - 3), m.index!);
    if (/[元角点时]\s*$/.test(before)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: "quantity", value: Number(m[1]), unit: "pt", approx: false });
  }
  return out;
}

// 一 before a duration: 一个星期 (7 d), 一小时, 一年. Not before counters (一名, 一项): there it
// is the article "a" (成为一名村干部) as often as a count. The numeral 一 is read nowhere else, because it is "a" or part of a word far more often: not after
// a character that makes it a word or an ordinal (统一, 唯一, 第一, 之一, 万一, 同一, 每一, 其一 …) or
// an article (新的一年), nor the day or year before or after (前一天, 头一天; 比上一年, 下一年 below),
// not in set phrases (一年一度, 一天天, 一年四季, 一天到晚), not a school year (一年级).
const ONE = /(?<![第统唯之万同每单逐专划整均合纯任另某哪这那有没其的前头一二三四五六七八九十百千\d])一(个星期|个小时|个月|小时|星期|年|天|周)(?!一度|天|年|四季|到晚|级|半|多|两|二|三|来一|生|直|代|轮|线|流|手|边|头|门|号)/g;
const ONE_UNIT: Record<string, [FigureKind, string, number]> = {
  个星期: ["quantity", "d", 7],
  星期: ["quantity", "d", 7],
  周: ["quantity", "d", 7],
  个小时: ["quantity", "h", 1],
  小时: ["quantity", "h", 1],
  个月: ["quantity", "month", 1],
  年: ["quantity", "yr", 1],
  天: ["quantity", "d", 1],
};

/** 一 + a duration: one week, one hour, one year. */
export function findOnes(f: string): ContextHit[] {
  if (!f.includes("一")) return [];
  const out: ContextHit[] = [];
  for (const m of f.matchAll(ONE)) {
    // 比上一年, 下一年: the year before or after (but 餘下一個星期 is a week left).
    if (m[1] === "年" && /[上下]/.test(f[m.index! - 1] ?? "")) continue;
    const [kind, unit, value] = ONE_UNIT[m[1]!]!;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind, value, unit, approx: false });
  }
  return out;
}

// N大 + a noun: "the N major …" (三大全球倡议, 两大弊政, 七大版, 五大洲) counts a set. A one-character
// numeral only: 十八大, 二十大 name party congresses (ordinals). Not 大 starting another word (大会,
// 大学, 大家, 大约, 大幅, 大批 …), not after a numeral or 第, nor a quoted slogan (“五大支柱” is a name).
const GROUP_OF_N = /(?<![第一二两三四五六七八九十百千\d.a-z])([二两三四五六七八九2-9])大(?![会學学家人约概都多小幅量力批部于致选赛战雪雨风火寒暑桥道街楼厦门使夫哥姐爷妈叔伯姨嫂佬王帝将侠盗快步声笑喊叫吃喜悲])(?=[\u4e00-\u9fff])/y;

/** 三大倡议: counts of a named set. */
export function findGroupsOfN(f: string): ContextHit[] {
  const out: ContextHit[] = [];
  // Only where a numeral stands before 大 (one indexOf pass, the expression tried there alone).
  for (let at = f.indexOf("大", 1); at >= 0; at = f.indexOf("大", at + 1)) {
    if (!(f[at - 1]! in ZH_SMALL) && !/[2-9]/.test(f[at - 1] ?? "")) continue;
    GROUP_OF_N.lastIndex = at - 1;
    const m = GROUP_OF_N.exec(f);
    if (!m || m.index !== at - 1) continue;
    if (/[“「『"‘]/.test(f[m.index! - 1] ?? "")) continue;
    // 党的七大, 中共八大: a party congress, an ordinal.
    if (/(?:党的|中共|党)$/.test(f.slice(Math.max(0, m.index! - 2), m.index!))) continue;
    out.push({ start: m.index!, end: m.index! + 2, kind: "count", value: ZH_SMALL[m[1]!] ?? Number(m[1]), unit: "", approx: false });
  }
  return out;
}

// "died in 1994 aged 63", "women aged 30 to 40", "aged between 18 and 25": ages after "aged".
const AGED = /(?<![a-z])aged (?:between )?(\d{1,3})(?:(?: to | and |-|–)(\d{1,3}))?(?![\d,.]?\d|%| ?(?:years? )?(?:per|percent|months|weeks|days))/g;

// "the retirement age of 65", "under the age of 16", "retire before 65", "work on till 70".
const AGE_OF = /(?<![a-z])(?:age of|retire (?:at|before|after)|retiring at|retirement at) (\d{1,3})(?![\d,.]?\d|%|'?s\b| ?(?:per|percent|months|weeks|days))/g;

/** Ages after "aged" or "the age of": quantity in yr, a range with valueMax. */
export function findAged(f: string): ContextHit[] {
  if (!f.includes("age") && !f.includes("retir")) return [];
  const out: ContextHit[] = [];
  for (const m of f.matchAll(AGE_OF)) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (Number(m[1]) <= 120) out.push({ start, end: start + m[1]!.length, kind: "quantity", value: Number(m[1]), unit: "yr", approx: false });
  }
  for (const m of f.matchAll(AGED)) {
    const start = m.index! + m[0].indexOf(m[1]!, 5);
    const lo = Number(m[1]);
    const hi = m[2] ? Number(m[2]) : undefined;
    if (lo > 120 || (hi !== undefined && (hi <= lo || hi > 120))) continue;
    const hit: ContextHit = { start, end: m.index! + m[0].length, kind: "quantity", value: lo, unit: "yr", approx: false };
    if (hi !== undefined) hit.valueMax = hi;
    out.push(hit);
  }
  return out;
}

// "the 70th anniversary of his birth", "her 60th birthday": the years the occasion counts.
const ANNIVERSARY = /(?<![a-z0-9.])(\d{1,3})(?:st|nd|rd|th) (?:anniversary|birthday)/g;

/** Anniversaries and birthdays numbered in English: quantity in years. */
export function findEnglishAnniversaries(f: string): ContextHit[] {
  if (!f.includes("anniversary") && !f.includes("birthday")) return [];
  const out: ContextHit[] = [];
  for (const m of f.matchAll(ANNIVERSARY)) {
    const end = m.index! + m[0].length;
    out.push({ start: m.index!, end, kind: "quantity", value: Number(m[1]), unit: "yr", approx: false });
  }
  return out;
}

// Days counted in 日, as Hong Kong writes durations (326日囚錮生涯, 服刑14日, 為期100日): a number
// of days no month has, or any number after a word of duration. Otherwise N日 is a day of the
// month (periods.ts).
const DAYS = /(?<![\d.月年号號日第\-\/])(\d{1,4})\s*日(?![元圆圓币幣本])/g;
const DURATION_BEFORE = /(?:服刑|為期|为期|歷時|历时|長達|长达|連續|连续|需時|需时|禁閉|禁闭|隔離|隔离|住院|羈押|羁押|還柙|还柙|拘留|監禁|监禁|判囚|判监|判監|入獄|入狱|休假|停牌|停課|停课|罷工|罢工|絕食|绝食)\s*(?:了|共|約|约|近|逾|超過|超过)?$/u;

/** Durations in 日: quantity in days. */
export function findDayCounts(f: string): ContextHit[] {
  if (!f.includes("日")) return [];
  const out: ContextHit[] = [];
  for (const m of f.matchAll(DAYS)) {
    const n = Number(m[1]);
    if (n > 31 ? n > 3660 : !DURATION_BEFORE.test(f.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: "quantity", value: n, unit: "d", approx: false });
  }
  return out;
}
