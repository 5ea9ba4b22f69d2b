import type { Figure, FigureKind } from "../schema.js";
import { foldForSearch, toSourceSpan, type Folded } from "../normalize.js";
import { parseArabic, parseChinese, SCALES, tidy, ZH_NUMERAL_CHARS } from "./numbers.js";
import { UNIT_FORMS, CURRENCY_PREFIXES, type UnitDef } from "./units.js";
import { findTimes } from "./periods.js";
import { changeOf, isApprox } from "./context.js";
import { urlSpans, insideAny } from "../url-spans.js";
import { findEnglishNumberWords } from "./english-number-words.js";
import { findEnglishAges, findEnglishYears, findChineseLevels, findScores, findOnes } from "./contextual.js";

export interface FindFiguresOptions {
  /** The document's date (ISO), giving the year to 2月24日. */
  docDate?: string | null;
  /** ISO code for a bare 元 (default CNY; HKD for Hong Kong sources, TWD for Taiwan). */
  yuanCurrency?: string | null;
  /** Folded text already computed for this text. */
  folded?: Folded;
}

/** A figure in folded-text offsets, before mapping back. */
interface Hit {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | string;
  valueMax?: number;
  unit: string;
  approx: boolean;
  counter?: string;
  /** Multiplier from the written number to `value` (unit and scale), for list sharing. */
  factor?: number;
  /** Money written without a currency (集資7億): takes the source's currency for a bare 元. */
  localCurrency?: boolean;
}

/** A parsed number with its scale: 146.4 billion, 159.5亿, 三百零八亿, 数十. */
interface Amount {
  start: number;
  end: number;
  value: number;
  approx: boolean;
  /** Written with Chinese numerals? Then stricter rules apply. */
  chinese: boolean;
  /** Chinese numeral containing a unit character (十百千万亿), or Arabic. */
  scaled: boolean;
  hasScale: boolean;
  /** The scale multiplier read after the number (1 when none). */
  scaleFactor: number;
  /** Digits only, no decimals/separators/scale: a candidate year or code. */
  plainInteger: boolean;
}

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const CHINESE = new RegExp(`[${ZH_NUMERAL_CHARS}]+`, "y");
const VAGUE = /[数几](十万|百万|千万|十亿|百亿|千亿|万亿|十|百|千|万|亿)/y;
const ASCII_ALNUM = /[a-z0-9]/;
const RANGE_SEP = /\s*(?:-|–|—|~|至|到|to)\s*/y;

const SCALE_WORDS = SCALES.map(([word, factor]) => ({ word, factor, latin: /^[a-z]/.test(word) }));

function readScale(f: string, pos: number, afterCurrency: boolean): { factor: number; end: number } | undefined {
  const space = WHITESPACE.test(f[pos] ?? "") ? 1 : 0;
  for (const { word, factor, latin } of SCALE_WORDS) {
    const gap = latin ? space : 0;
    if (f.startsWith(word, pos + gap)) {
      const end = pos + gap + word.length;
      if (latin && ASCII_ALNUM.test(f[end] ?? "")) continue;
      return { factor, end };
    }
  }
  // $5m, $300k: only after a currency sign, where m and k cannot be metres or kilo-units.
  if (afterCurrency) {
    const m = /^\s?([mk])(?![a-z0-9])/.exec(f.slice(pos, pos + 3));
    if (m) return { factor: m[1] === "m" ? 1e6 : 1e3, end: pos + m[0].length };
  }
  return undefined;
}

/** A number at pos (with scale and 余/多), or undefined. */
function readAmount(f: string, pos: number, afterCurrency = false): Amount | undefined {
  let value: number | undefined;
  let end = pos;
  let chinese = false;
  let scaled = true;
  let approx = false;
  let plainInteger = false;
  ARABIC.lastIndex = pos;
  const a = ARABIC.exec(f);
  if (a) {
    value = parseArabic(a[0]);
    end = pos + a[0].length;
    plainInteger = /^\d+$/.test(a[0]);
  } else {
    VAGUE.lastIndex = pos;
    const v = VAGUE.exec(f);
    if (v) {
      value = parseChinese(v[1]!) ?? undefined;
      end = pos + v[0].length;
      approx = true;
      chinese = true;
    } else {
      CHINESE.lastIndex = pos;
      const c = CHINESE.exec(f);
      if (!c) return undefined;
      value = parseChinese(c[0]);
      end = pos + c[0].length;
      chinese = true;
      scaled = /[十百千万亿]/.test(c[0]);
    }
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  // 200多个 is "over 200"; after a single digit, 多元 / 多个 is more likely a word (5多元化).
  const manyWord = /^多[元模样种次个]/.test(f.slice(end, end + 2)) && (chinese || end - pos < 2 || /[.,]/.test(f.slice(pos, end)));
  if (/^[余多]/.test(f.slice(end)) && !manyWord) {
    approx = true;
    end++;
  }
  let scaleFactor = 1;
  const s = readScale(f, end, afterCurrency);
  if (s) {
    value *= s.factor;
    scaleFactor = s.factor;
    end = s.end;
    plainInteger = false;
    if (/^[余多]/.test(f.slice(end))) {
      approx = true;
      end++;
    }
  }
  return { start: pos, end, value: tidy(value), approx, chinese, scaled, hasScale: scaleFactor !== 1, scaleFactor, plainInteger };
}

/** A unit form with what readUnit needs to know about it, worked out once. */
interface IndexedForm {
  form: string;
  def: UnitDef;
  /** Rank in UNIT_FORMS (longest first): candidates are tried in this order. */
  rank: number;
  /** Starts with a Latin letter or %: may follow the number after one space. */
  latin: boolean;
  /** Ends with a Latin letter: must not run on into a letter or digit. */
  endsLatin: boolean;
}

const FORMS_BY_FIRST = new Map<number, IndexedForm[]>();
UNIT_FORMS.forEach(({ form, def }, rank) => {
  const entry = { form, def, rank, latin: /^[a-z%]/.test(form), endsLatin: /[a-z]$/.test(form) };
  const list = FORMS_BY_FIRST.get(form.charCodeAt(0)) ?? [];
  list.push(entry);
  FORMS_BY_FIRST.set(form.charCodeAt(0), list);
});
const NO_FORMS: IndexedForm[] = [];

/**
 * The unit at pos (an optional space first), longest form first. Only forms starting with the
 * character found there can match, so the candidates come from an index by first character.
 */
function readUnit(f: string, pos: number): { def: UnitDef; end: number } | undefined {
  const gap = f[pos] === " " ? 1 : 0;
  let candidates = FORMS_BY_FIRST.get(f.charCodeAt(pos)) ?? NO_FORMS;
  if (gap) {
    // After a space: forms that start with one, at pos; Latin forms, after the space.
    const latinAfter = (FORMS_BY_FIRST.get(f.charCodeAt(pos + 1)) ?? NO_FORMS).filter((x) => x.latin);
    if (latinAfter.length) candidates = [...candidates.filter((x) => !x.latin), ...latinAfter].sort((a, b) => a.rank - b.rank);
  }
  for (const { form, def, latin, endsLatin } of candidates) {
    const at = latin ? pos + gap : pos;
    if (!f.startsWith(form, at)) continue;
    const end = at + form.length;
    if (endsLatin && ASCII_ALNUM.test(f[end] ?? "")) continue;
    return { def, end };
  }
  return undefined;
}

const CURRENCY_SIGNS = CURRENCY_PREFIXES.map(([sign, code]) => ({ sign, code, latin: /^[a-z]/.test(sign) }));
const GLUED_SIGNS = new Set(["us$", "hk$", "nt$", "a$", "c$", "s$"]);
const WHITESPACE = /\s/;

function currencyBefore(f: string, pos: number): { code: string; start: number } | undefined {
  const spaceBefore = pos > 0 && WHITESPACE.test(f[pos - 1]!) ? 1 : 0;
  for (const { sign, code, latin } of CURRENCY_SIGNS) {
    const gap = latin ? spaceBefore : 0;
    const at = pos - gap - sign.length;
    if (at < 0 || !f.startsWith(sign, at)) continue;
    if (ASCII_ALNUM.test(f[at - 1] ?? "") && latin) continue;
    if (/[a-z]/.test(f[at - 1] ?? "") && !latin && !GLUED_SIGNS.has(sign)) continue;
    return { code, start: at };
  }
  return undefined;
}

/** The original text and its folded form, for looking at case the folding erased. */
interface Source {
  text: string;
  folded: Folded;
}

/** Words after a Chinese measure word that turn it into something else (5台积电, 3成为). */
const COUNTER_BLOCK: Record<string, RegExp> = {
  台: /^(积电|積電|湾|灣|币|达)/,
  家: /^(电|居|庭|乡)/,
  部: /^(分|门|署)/,
  名: /^(义|称|字|单)/,
  位: /^(数|置|于)/,
  人: /^(民|工|才|口|类|员|士)/,
  所: /^(有|以|在|得|谓)/,
  次: /^(元|级|要)/,
  股: /^(东|份|票|市|价|权|息|本|民|指|灾|股)/,
  省: /^(道|级|份|会|委|长|政府|钱|时|力|心|事|内|外|城)/,
  席: /^(位|卷|之)/,
  例: /^(如|外|行|子)/,
};
// An English count: "12,800 jobs", "50 orders", "200 firm commitments", "30 of the aircraft", "20 more".
// Also irregular plurals ("16 other people") and one or two words between ("150 Game shops",
// "37 English council areas").
const ENGLISH_COUNTED = /^ (?:(of|more)\b|([a-z]{2,}s|people|children|men|women)\b(?<!\b(?:is|was|has|as|this|its|his|us|does|goes|says))|(?:(?!(?:and|or|but|the|a|an|in|on|at|to|for|of|from|by|with|is|was|are|were|has|had|have|will|would)\b)[A-Za-z]+ ){1,2}([a-z]{2,}s|people|children|men|women)\b)/;
const NOT_COUNTED = /^(?:is|was|has|as|this|its|his|us|yes|always|plus|less|across|series|news|thus|perhaps|weeks|minutes|seconds|percent|pounds|dollars|euros|does|goes|says)$/;
const PERCENT_TENTH_BLOCK = /^成(为|本|功|果|立|长|熟|交|员|都|效|型|品|分|就|绩)/;
const YEAR_DURATION_BLOCK = /^年(底|初|末|中|前|后|内|以来|代|度|级|报|均|化)/;

// Characters other than 0-9 that can start a number: Chinese numerals and 数/几 (数十, 几万).
const NUMBER_START = new Set([...ZH_NUMERAL_CHARS, "数", "几"].map((c) => c.charCodeAt(0)));

const DURATION_UNITS = new Set(["yr", "month", "quarter", "d", "h", "min", "s"]);
const SMALL_ZH = "二两三四五六七八九";

/**
 * A one-character Chinese numeral before a counter or a duration (三次记者会, 四部门, 七年, 兩日,
 * 七年来): a count or a duration when it stands alone. Not inside number idioms (三番五次,
 * 四面八方: another numeral two characters away), not 第三 or 星期三天气, and never 一: "a"
 * (一家, 一位) or "one" in set phrases (新的一年, 统一年度) far more often than a count.
 */
function smallChineseOk(f: string, i: number, unitEnd: number, unitText: string): boolean {
  const c = f[i]!;
  const prev = f[i - 1] ?? "";
  // 今明两年 ("this year and next"), 星期三, 初三, 每两年 are no counts of their own.
  const numeral = (ch: string | undefined) => !!ch && ZH_NUMERAL_CHARS.includes(ch);
  if (numeral(prev) || /[第每几数期周拜初明]/.test(prev)) return false;
  // 三番五次, 四面八方, 五次三番; but 兩、三個月 ("two or three months") is a duration.
  const idiom = numeral(f[i - 2]) && /[\u4e00-\u9fff]/.test(prev);
  if (idiom || numeral(f[unitEnd])) return false;
  // “两个确立”, 「四個意識」: a numbered slogan in quotes is a name, not a count.
  if (/[“「『"‘]/.test(prev)) return false;
  // 十三届全国人大五次会议: the fifth session, an ordinal.
  if (unitText === "次" && /^(会议|全会|全体会议|世界大战)/.test(f.slice(unitEnd, unitEnd + 4))) return false;
  return SMALL_ZH.includes(c);
}

// Money words before a bare scaled number (集資7億, 茶點費增至6,500萬): the number is money.
const MONEY_BEFORE = /(资|费|款|价|薪|收入|营收|利润|成本|预算|金额|总额|销售额|成交额|营业额|产值|市值|生产总值|gdp|资金|开支|支出|拨款|赔偿)[^，,。；;！？!?\n]{0,10}$/;

function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (claimed[k]) return true;
  return false;
}

/** Everything that is not a date or period: money, percent, power, … */
function findQuantities(f: string, claimed: Uint8Array, source: Source, out: Hit[]): void {
  let i = 0;
  while (i < f.length) {
    const code = f.charCodeAt(i);
    if (claimed[i] || !((code >= 0x30 && code <= 0x39) || (code >= 0x3007 && NUMBER_START.has(code)))) {
      i++;
      continue;
    }
    const ch = f[i]!;
    const hit = readFigureAt(f, i, source);
    if (hit && !isClaimed(claimed, hit.start, hit.end)) {
      out.push(hit);
      i = hit.end;
    } else {
      // Skip the rest of this number so "2026" is not re-read as "026", nor 第二十条 as 十条.
      const run = /[0-9]/.test(ch) ? ARABIC : CHINESE;
      run.lastIndex = i;
      const a = run.exec(f);
      i += a ? a[0].length : 1;
    }
  }
}

function readFigureAt(f: string, i: number, source: Source): Hit | undefined {
  const prev = f[i - 1] ?? "";
  // Guards: model names and codes (H100, GB300, M6, GPT-5, x4), ordinals (第四), inside numbers.
  if (/[a-z_%]/.test(prev) || /[\d.]/.test(prev) || prev === "第") return undefined;
  if (prev === "-" && /[a-z]/.test(f[i - 2] ?? "")) return undefined;
  if (prev === "[" && /^\d+\]/.test(f.slice(i))) return undefined; // [1] citation marker
  const currency = /\d/.test(f[i]!) ? currencyBefore(f, i) : undefined;
  const read = readAmount(f, i, currency !== undefined);
  if (!read) return undefined;
  const first = { ...read };
  // 3萬4千: a smaller scale continues the number.
  const tail = first.hasScale && !first.chinese ? /^(\d{1,3})(千|百)/.exec(f.slice(first.end)) : null;
  if (tail) {
    const add = Number(tail[1]) * (tail[2] === "千" ? 1e3 : 1e2);
    if (add < first.scaleFactor) {
      first.value = tidy(first.value + add);
      first.end += tail[0].length;
    }
  }
  let end = first.end;
  let value = first.value;
  let valueMax: number | undefined;
  let approx = first.approx;

  // Unit right after the first number (200%-500%) or only after a range (30-40%, $80-85 billion).
  let unit = currency ? undefined : readUnit(f, end);
  RANGE_SEP.lastIndex = unit ? unit.end : end;
  const sep = RANGE_SEP.exec(f);
  // After a written unit only a dash makes a range (200%-500%); 从700瓦到1200瓦 is two figures.
  const sepOk = sep && (!unit || /^\s*[-–~]\s*$/.test(sep[0]));
  if (sepOk && /[\d一二两三四五六七八九十]/.test(f[RANGE_SEP.lastIndex] ?? "")) {
    const second = readAmount(f, RANGE_SEP.lastIndex, currency !== undefined);
    if (second) {
      const unit2 = currency ? undefined : readUnit(f, second.end);
      const sameUnit = !unit || (unit2 && unit2.def === unit.def);
      if (sameUnit && (currency || unit2)) {
        let lo = value;
        let hi = second.value;
        // $80-85 billion, 30-40%: the first number borrows the second's scale.
        if (!first.hasScale && second.hasScale) lo = tidy(lo * second.scaleFactor);
        if (hi > lo) {
          value = lo;
          valueMax = hi;
          end = unit2 ? unit2.end : second.end;
          unit = unit2;
          approx ||= second.approx;
        }
      }
    }
  }
  if (valueMax === undefined && unit) end = unit.end;

  let kind: FigureKind;
  let unitSymbol: string;
  let counter: string | undefined;
  let factor = 1;
  if (currency) {
    if (unit) return undefined;
    kind = "money";
    unitSymbol = currency.code;
    return finish({ start: currency.start, end, kind, value, valueMax, unit: unitSymbol, approx });
  }
  const rest = f.slice(end);
  if (!unit) {
    // Units read by hand: 两成 (tenths), 度 (kWh, only where it cannot be a temperature),
    // N年 as a duration (years are dates, found earlier).
    if (f[end] === "成" && !PERCENT_TENTH_BLOCK.test(rest) && !first.hasScale) {
      return finish({ start: i, end: end + 1, kind: "percent", value: tidy(value * 10), valueMax: valueMax && tidy(valueMax * 10), unit: "%", approx });
    }
    if (f[end] === "度" && (first.hasScale || /电/.test(f.slice(Math.max(0, i - 6), i)))) {
      return finish({ start: i, end: end + 1, kind: "energy", value: tidy(value * 1e3), valueMax: valueMax && tidy(valueMax * 1e3), unit: "Wh", approx });
    }
    // 1200、1400瓦: a bare number in a list takes the unit of the next item.
    const list = /^、\s*/.exec(rest);
    if (list && !first.chinese && valueMax === undefined) {
      const next = readFigureAt(f, end + list[0].length, source);
      if (next && next.factor !== undefined && next.kind !== "count" && next.kind !== "ratio") {
        return finish({ start: i, end, kind: next.kind, value: tidy(value * next.factor), unit: next.unit, approx });
      }
    }
    // N年 is a duration, but not the end of a span of years (1974至78年).
    const spanOfYears = /\d{4}\s*[至到\-~–]\s*$/.test(f.slice(Math.max(0, i - 8), i));
    if (f[end] === "年" && value < 100 && !spanOfYears && !YEAR_DURATION_BLOCK.test(rest)) {
      if (first.chinese && value < 10 && !smallChineseOk(f, i, end + 1, "年")) return undefined;
      if (first.chinese && !first.scaled && value >= 10) return undefined; // 二〇 digit by digit
      // 2年半, 兩年半: two and a half years.
      if (f[end + 1] === "半" && valueMax === undefined && !/^半[导島岛]/.test(f.slice(end + 1))) {
        return finish({ start: i, end: end + 2, kind: "quantity", value: value + 0.5, unit: "yr", approx });
      }
      return finish({ start: i, end: end + 1, kind: "quantity", value, valueMax, unit: "yr", approx });
    }
    // 兩日 (two days): a Chinese numeral before 日 is a duration; Arabic N日 is a date, found earlier.
    if (f[end] === "日" && first.chinese && value < 10 && smallChineseOk(f, i, end + 1, "日") && !/^日(?:元|报|本|常|子|夜|益)/.test(rest)) {
      return finish({ start: i, end: end + 1, kind: "quantity", value, unit: "d", approx });
    }
    if (first.chinese || valueMax !== undefined) return undefined;
    const isYear = first.plainInteger && /^(1[89]|20)\d\d$/.test(f.slice(i, first.end));
    // A number with a scale and no unit (2.8亿农村群众, 超过2亿, 3.5 million in total) counts
    // something; after a money word in its clause (集資7億) it is money in the source's currency.
    if (first.scaleFactor >= 1e4 || (first.hasScale && /[a-z]$/.test(f.slice(i, first.end)))) {
      const before = f.slice(Math.max(0, i - 12), i);
      if (MONEY_BEFORE.test(before)) {
        if (/[a-z]$/.test(f.slice(i, first.end))) return undefined; // "revenue of 3 billion": currency unknown
        return finish({ start: i, end, kind: "money", value, unit: "CNY", approx, localCurrency: true });
      }
      if (!ENGLISH_COUNTED.test(f.slice(end, end + 30))) return finish({ start: i, end, kind: "count", value, unit: "", approx });
    }
    // 34,300申請人, "Another 1,700 will go": thousands separators mark a count, not a code or year.
    if (/,\d{3}/.test(f.slice(i, first.end))) return finish({ start: i, end, kind: "count", value, unit: "", approx });
    const [ss, se] = toSourceSpan(source.folded, end, Math.min(f.length, end + 30));
    const counted = ENGLISH_COUNTED.exec(source.text.slice(ss, se));
    const noun = counted?.[2] ?? counted?.[3];
    if (counted && !isYear && !(noun && NOT_COUNTED.test(noun))) {
      return finish({ start: i, end, kind: "count", value, unit: "", approx, counter: noun ?? undefined });
    }
    return undefined;
  }
  const def = unit.def;
  kind = def.kind;
  unitSymbol = def.unit;
  factor = def.factor;
  counter = def.counter;
  // Chinese numerals: only with a unit character (三百零八亿元), except multipliers (两倍), and
  // one-character numerals before a counter or a duration (三次, 四部门, 三個月).
  const duration = kind === "quantity" && DURATION_UNITS.has(unitSymbol);
  const smallZh = first.chinese && value < 10 && (kind === "count" || duration) && first.end - i === 1;
  if (smallZh && !smallChineseOk(f, i, unit.end, f.slice(first.end, unit.end))) return undefined;
  if (first.chinese && !first.scaled && kind !== "ratio" && !smallZh) return undefined;
  if (kind === "count" && COUNTER_BLOCK[counter!]?.test(f.slice(unit.end))) return undefined;
  // A 4-digit integer before a count word is more likely a year or a model (2025台?): skip.
  if (kind === "count" && first.plainInteger && /^(19|20)\d\d$/.test(f.slice(i, first.end)) && valueMax === undefined) return undefined;
  // Latin units glued to a following letter or digit are codes (5GB2, 8K60).
  if (/[a-z]/.test(f[unit.end - 1]!) && ASCII_ALNUM.test(f[unit.end] ?? "")) return undefined;
  // URL-encoded bytes (%E5%B4%97) are not percentages.
  if (unitSymbol === "%" && /^[0-9a-f]{2}/.test(f.slice(unit.end))) return undefined;
  // Per-second rates we do not model (2300 Token/s) are not counts.
  if (!unit.def.forms.some((x) => x.includes("/")) && /^\/[a-z]/.test(f.slice(unit.end))) return undefined;
  // Bit rates: "B/s" with a capital B in the source is bytes per second.
  if (unitSymbol === "bit/s") {
    const [us, ue] = toSourceSpan(source.folded, unit.end - 3, unit.end);
    if (/B/.test(source.text.slice(us, ue))) unitSymbol = "B/s";
  }
  const scale = (n: number | undefined) => (n === undefined ? undefined : tidy(n * factor));
  return finish({ start: i, end, kind, value: scale(value)!, valueMax: scale(valueMax), unit: unitSymbol, approx, counter, factor: tidy(first.scaleFactor * factor) });
}

function finish(h: Hit): Hit {
  if (h.valueMax === undefined) delete h.valueMax;
  if (h.counter === undefined) delete h.counter;
  return h;
}

const PUE = /pue(?:\s*值)?((?:\s|value|values|of|is|was|at|to|dropping|dropped|drops|falling|fell|reaching|reached|below|under|as|low|lower|than|为|约|约为|降至|降低至|低至|达到|达|小于|低于|不高于|仅为|仅|可达|<|≤|=|:)*?)(\d\.\d+|\d)(?![\d.%a-z])/gy;
const PUE_APPROX = /below|under|as low as|lower than|约|低至|低于|小于|不高于|<|≤/;

/** Bare ratios named by a metric: PUE 1.035, PUE value dropping below 1.1. */
function findPue(f: string, out: Hit[]): void {
  for (let at = f.indexOf("pue"); at >= 0; at = f.indexOf("pue", at + 3)) {
    if (/[a-z]/.test(f[at - 1] ?? "")) continue;
    PUE.lastIndex = at;
    const m = PUE.exec(f);
    if (!m) continue;
    const start = at + m[0].length - m[2]!.length;
    out.push({ start, end: at + m[0].length, kind: "ratio", value: Number(m[2]), unit: "", approx: PUE_APPROX.test(m[1]!) });
  }
}

/** Multipliers written as words: 翻倍, 翻两番, twice, doubling. */
function findMultiplierWords(f: string, out: Hit[]): void {
  for (const m of f.matchAll(/翻(一|两)?(倍|番)|(?<![a-z])(twice|doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|quadrupl(?:ed|ing|es))(?![a-z])/g)) {
    let value = 2;
    if (m[2] === "番" && m[1] === "两") value = 4;
    else if (m[3]?.startsWith("tripl")) value = 3;
    else if (m[3]?.startsWith("quadrupl")) value = 4;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: "ratio", value, unit: "x", approx: false });
  }
}

// 半小时, 半年, 半个月, 两个半小时: half of a duration (上半年 is a period, found before).
const HALF = /(?:([一二两三四五六七八九十]|\d+)(?:个|個)?)?半(个小时|小时|个月|年|天)(?!报|度|期|岛|导|径|场|边|身|数|价|夜)/g;
const HALF_UNIT: Record<string, string> = { 个小时: "h", 小时: "h", 个月: "month", 年: "yr", 天: "d" };

/** Half durations: 半小时 → 0.5 h, 两个半小时 → 2.5 h. */
function findHalves(f: string, out: Hit[]): void {
  if (!f.includes("半")) return;
  for (const m of f.matchAll(HALF)) {
    const prev = f[m.index! - 1] ?? "";
    if (/[上下前后後大多一]/.test(prev) && !m[1]) continue; // 上半年, 大半年, 一半
    const whole = m[1] ? (parseArabic(m[1]) ?? parseChinese(m[1]) ?? 0) : 0;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: "quantity", value: whole + 0.5, unit: HALF_UNIT[m[2]!]!, approx: false });
  }
}

/** 百分之二十 → 20%. */
function findPercentWords(f: string, out: Hit[]): void {
  for (const m of f.matchAll(/百分之([零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)/g)) {
    const v = parseArabic(m[1]!) ?? parseChinese(m[1]!);
    if (v !== undefined) out.push({ start: m.index!, end: m.index! + m[0].length, kind: "percent", value: v, unit: "%", approx: false });
  }
}

function claim(claimed: Uint8Array, hits: Hit[]): void {
  for (const h of hits) claimed.fill(1, h.start, h.end);
}

/**
 * Figures in `text` with offsets into it. Matching runs on folded text (full-width digits,
 * Traditional 億/萬/兩 and case all normalised) and spans are mapped back.
 */
export function findFigures(text: string, options: FindFiguresOptions = {}): Figure[] {
  const folded = options.folded ?? foldForSearch(text);
  const f = folded.text;
  const hits: Hit[] = [];
  const claimed = new Uint8Array(f.length);

  const times: Hit[] = findTimes(f, options.docDate).map((t) => ({ ...t, unit: "", approx: false }));
  const special: Hit[] = [];
  findPue(f, special);
  findMultiplierWords(f, special);
  findPercentWords(f, special);
  findHalves(f, special);
  special.push(...findChineseLevels(f), ...findScores(f), ...findOnes(f));
  for (const s of special) if (!claimed.subarray(s.start, s.end).some((c) => c)) hits.push(s);
  claim(claimed, hits);
  for (const t of times) if (!claimed.subarray(t.start, t.end).some((c) => c)) hits.push(t);
  claim(claimed, hits);
  findQuantities(f, claimed, { text, folded }, hits);
  if (/[a-z]/.test(f)) {
    claim(claimed, hits);
    const capitalAt = (k: number) => {
      const [s] = toSourceSpan(folded, k, k + 1);
      return /[A-Z]/.test(text[s] ?? "");
    };
    for (const w of findEnglishNumberWords(f, capitalAt)) if (!isClaimed(claimed, w.start, w.end)) hits.push({ ...w, approx: false });
    // Ages after a name and years after "the", "of", "from": only where no figure was read.
    claim(claimed, hits);
    for (const w of [...findEnglishAges(f, capitalAt), ...findEnglishYears(f)]) if (!isClaimed(claimed, w.start, w.end)) hits.push(w);
  }
  // A bare 元 (not 人民币, not 美元) follows the source's convention.
  const yuan = options.yuanCurrency;
  if (yuan && yuan !== "CNY") {
    for (const h of hits) if (h.kind === "money" && h.unit === "CNY" && /元$/.test(f.slice(h.start, h.end)) && !/人民币|元人民币/.test(f.slice(h.start, h.end + 3))) h.unit = yuan;
    for (const h of hits) if (h.localCurrency) h.unit = yuan;
  }

  const urls = urlSpans(text);
  return hits
    .sort((a, b) => a.start - b.start)
    .filter((h) => !urls.length || !insideAny(folded.origin[h.start]!, urls)) // 2021/03/47人 in a file path
    .map((h) => {
      const [start, end] = toSourceSpan(folded, h.start, h.end);
      const figure: Figure = {
        text: text.slice(start, end),
        start,
        end,
        kind: h.kind,
        value: h.value,
        unit: h.unit,
        approx: h.approx || (h.kind !== "date" && h.kind !== "period" && isApprox(f, h.start, h.end)),
      };
      if (h.valueMax !== undefined) figure.valueMax = h.valueMax;
      if (h.counter !== undefined) figure.counter = h.counter;
      if (h.kind === "percent" || h.kind === "percentage_point") {
        const change = changeOf(f, h.start, h.end);
        if (change.direction) figure.direction = change.direction;
        if (change.basis) figure.basis = change.basis;
      }
      return figure;
    });
}
