import { parseArabic, parseChinese, parseNumber, SCALES, tidy } from "@wenku/analyze/numbers";

/**
 * Value terms for the numbers written in folded text, so that the same quantity written
 * differently meets in the index: 九成 / 90% / 百分之九十 / 90 per cent all give `_90%`,
 * 十万 / 10万 / 100,000 all give `_100000`, 四分之三 gives `_75%`, and 146.4亿 meets
 * 14.64 billion across languages. Both sides make them: documents (appended after
 * their ordinary terms, so phrase positions stay as they were) and queries (as another way a
 * number may match). The leading "_" keeps them apart from words: no written token starts
 * with it.
 *
 * This is not the analyser's figure reader (`@wenku/analyze` figures: units, currencies,
 * periods, approximators): that one needs the whole sentence and runs at ingest; this one
 * must be cheap, run on a three-word query in a cold process, and give the same answer for
 * the number alone wherever it stands.
 */

const ZH_DIGITS = "零〇一二两三四五六七八九";
// A Chinese numeral, or a fraction/percent made of numerals or Arabic digits.
const NUMBER =
  /百分之([零〇一二两三四五六七八九十百千\d.]+)|([一二两三四五六七八九十百千万\d.]+)分之([零〇一二两三四五六七八九十百千\d.]+)|([一二两三四五六七八九十])成([一二三四五六七八九])?(?!员|为|立|功|果|本|就|熟|长|不)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万亿|亿|万|千| ?(?:trillion|billion|million|thousand|tn|bn|mn)(?![a-z]))?(%| ?per ?cent(?![a-z]))?|([零〇一二两三四五六七八九十百千万亿]{2,})/gu;
// A lone Chinese numeral counts only before a measure word or unit: 十度, 十年, 百人.
const ZH_ALONE = /(?<![零〇一二两三四五六七八九十百千万亿\d])([十百千万])(?=[度年月日天个人岁倍次名家所项条座公米])/gu;
/** Multipliers of the scale words NUMBER accepts: the analyser's table, plus "tn". */
const SCALE: Record<string, number> = { ...Object.fromEntries(SCALES), tn: 1e12 };
// Idioms and adverbs made of numeral characters: not quantities.
const NOT_NUMBERS = new Set(["千万", "万一", "一一", "万万", "三三两两", "一二", "千千万万"]);

function term(value: number | undefined, percent: boolean): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return `_${tidy(value)}${percent ? "%" : ""}`;
}

/** Whether an index term is a number's value term. */
export function isNumberTerm(term: string): boolean {
  return term.startsWith("_");
}

/** A number's value term and where it stands in the folded text. */
export interface NumberTerm {
  token: string;
  start: number;
  end: number;
}

export function numberTerms(folded: string): NumberTerm[] {
  const out: NumberTerm[] = [];
  const push = (token: string | undefined, start: number, end: number) => {
    if (token) out.push({ token, start, end });
  };
  for (const m of folded.matchAll(NUMBER)) {
    const at = m.index!;
    const end = at + m[0].length;
    const [, percentOf, denominator, numerator, tenths, hundredths, arabic, scale, percentSign, chinese] = m;
    if (percentOf !== undefined) push(term(parseNumber(percentOf), true), at, end);
    else if (denominator !== undefined) {
      const d = parseNumber(denominator);
      const n = parseNumber(numerator!);
      if (d && n !== undefined) push(term((n / d) * 100, true), at, end);
    } else if (tenths !== undefined) {
      // 九成 = 90%, 三成五 = 35%: 成 counts tenths.
      const t = parseChinese(tenths)!;
      push(term(t * 10 + (hundredths ? parseChinese(hundredths)! : 0), true), at, end);
    } else if (arabic !== undefined) {
      const value = parseArabic(arabic);
      const times = scale === undefined ? 1 : SCALE[scale.trim()]!;
      push(term(value === undefined ? undefined : value * times, percentSign !== undefined), at, end);
    } else if (chinese !== undefined && !NOT_NUMBERS.has(chinese)) {
      // Digit strings like 二〇二五 are years; runs with units are quantities. A run of bare
      // digits that is not four long (一二, 三四) is more often words than a number.
      const bareDigits = [...chinese].every((c) => ZH_DIGITS.includes(c));
      if (!bareDigits || chinese.length === 4) push(term(parseChinese(chinese), false), at, end);
    }
  }
  for (const m of folded.matchAll(ZH_ALONE)) {
    const at = m.index!;
    // Not when it is part of a longer numeral already read above.
    if (out.some((t) => t.start <= at && at < t.end)) continue;
    push(term(parseChinese(m[1]!), false), at, at + 1);
  }
  return out;
}
