/** Parsing of written numbers: Arabic (1,000 / 146.4), Chinese numerals (三百零八亿), scales. */

const ZH_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is made of. */
export const ZH_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/** Scale words after a number, longest first; values are multipliers. */
export const SCALES: [string, number][] = [
  ["万亿", 1e12],
  ["千亿", 1e11],
  ["百亿", 1e10],
  ["十亿", 1e9],
  ["亿", 1e8],
  ["千万", 1e7],
  ["百万", 1e6],
  ["十万", 1e5],
  ["万", 1e4],
  ["千", 1e3],
  ["trillion", 1e12],
  ["billion", 1e9],
  ["million", 1e6],
  ["thousand", 1e3],
  ["bn", 1e9],
  ["mn", 1e6],
];

/** Round away binary floating-point noise (146.4 * 1e9 = 146400000000.00003). */
export function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** "1,000" → 1000, "146.4" → 146.4; undefined when not an Arabic number. */
export function parseArabic(s: string): number | undefined {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return undefined;
  return Number(s.replace(/,/g, ""));
}

/**
 * Chinese numerals: 三百零八亿 → 30800000000, 十五 → 15, 两 → 2, 一万二千 → 12000,
 * 二〇二五 (digit by digit) → 2025. Undefined when the string is not a numeral.
 */
export function parseChinese(s: string): number | undefined {
  if (!s || [...s].some((c) => !ZH_NUMERAL_CHARS.includes(c))) return undefined;
  // Digit-by-digit form (years): no unit characters at all.
  if (s.length > 1 && [...s].every((c) => c in ZH_DIGIT)) {
    return Number([...s].map((c) => ZH_DIGIT[c]).join(""));
  }
  let total = 0; // completed 亿 groups
  let section = 0; // completed 万 groups inside the current 亿 group
  let chunk = 0; // value below 万
  let digit: number | undefined;
  for (const c of s) {
    if (c in ZH_DIGIT) {
      digit = ZH_DIGIT[c]!;
    } else if (c in ZH_SMALL_UNIT) {
      chunk += (digit ?? 1) * ZH_SMALL_UNIT[c]!;
      digit = undefined;
    } else if (c === "万") {
      section += (chunk + (digit ?? 0) || 1) * ZH_BIG_UNIT[c]!;
      chunk = 0;
      digit = undefined;
    } else if (c === "亿") {
      total = (total + section + chunk + (digit ?? 0) || 1) * ZH_BIG_UNIT[c]!;
      section = 0;
      chunk = 0;
      digit = undefined;
    }
  }
  return total + section + chunk + (digit ?? 0);
}

/** Either form. */
export function parseNumber(s: string): number | undefined {
  return parseArabic(s) ?? parseChinese(s);
}
