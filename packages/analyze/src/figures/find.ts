import type { Figure, FigureKind } from "../schema.js";
import { foldForSearch, toSourceSpan, type Folded } from "../normalize.js";
import { parseArabic, parseChinese, parseNumber, SCALES, tidy, ZH_NUMERAL_CHARS } from "./numbers.js";
import { UNIT_FORMS, CURRENCY_PREFIXES, type UnitDef } from "./units.js";
import { resolveCurrency } from "./currency-words.js";
import { findTimes } from "./periods.js";
import { changeOf, isApprox } from "./context.js";
import { urlSpans, insideAny } from "../url-spans.js";
import { findEnglishNumberWords } from "./english-number-words.js";
import { findFractions, findOneInN } from "./fractions.js";
import { findDayCounts, findEnglishAges, findEnglishYears, findEnglishAnniversaries, findChineseLevels, findScores, findOnes, findGroupsOfN, findAged } from "./contextual.js";

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
  /** Two neighbouring Chinese digits (两三, 三四): "two or three", never a digit-by-digit year. */
  neighbours?: boolean;
}

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const CHINESE = new RegExp(`[${ZH_NUMERAL_CHARS}]+`, "y");
const NEIGHBOUR_DIGITS = /^([一二两三四五六七八])([二三四五六七八九])([十百千万亿]*)$/;
const VAGUE = /[数几](十万|百万|千万|十亿|百亿|千亿|万亿|十|百|千|万|亿)/y;
const ASCII_ALNUM = /[a-z0-9]/;
const RANGE_SEP = /\s*(?:-\s*to|-|–|—|~|至|到|to)\s*/y;

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
  // 364m euros, 4m DS consoles, 1m barrels: "m" glued to a number is a million when a currency
  // or a counted plural follows (not 100m hurdles, a race).
  // (Not after a number with a thousands separator: 10,000m is a race distance.)
  if (!afterCurrency && f[pos] === "m" && /\d/.test(f[pos - 1] ?? "") && !/\d,\d{3}$/.test(f.slice(Math.max(0, pos - 6), pos))) {
    const m = MILLION_BEFORE_NOUN.exec(f.slice(pos, pos + 40));
    if (m && (MILLION_CURRENCY.test(m[1]!) || !(NOT_COUNTED.test(m[1]!) || RACE_WORDS.test(m[1]!) || /(?:ss|us|is)$/.test(m[1]!)))) return { factor: 1e6, end: pos + 1 };
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
  let neighbours = false;
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
      // 两三年, 三四天, 五六十人: two neighbouring digits say "two or three", read as the lower
      // bound, approximate (as 10多名 is 10).
      const pair = NEIGHBOUR_DIGITS.exec(c[0]);
      const digit = (ch: string) => (ch === "两" ? 2 : ZH_DIGIT_VALUE[ch]!);
      if (pair && digit(pair[2]!) === digit(pair[1]!) + 1) {
        const scale = pair[3] ? parseChinese(`一${pair[3]}`) : 1;
        if (scale !== undefined && !Number.isNaN(scale)) {
          value = digit(pair[1]!) * scale;
          approx = true;
          neighbours = true;
        }
      }
    }
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  // 200多个, 三千多次, 十多个 are "over 200 / 3000 / 10"; after a single digit, 多元 / 多个 is
  // more likely a word (5多元化, 三多个).
  const manyWord = /^多[元模样种次个]/.test(f.slice(end, end + 2)) && (end - pos < 2 ? !/[十百千]/.test(f[pos]!) : !chinese && /[.,]/.test(f.slice(pos, end)));
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
  return { start: pos, end, value: tidy(value), approx, chinese, scaled, hasScale: scaleFactor !== 1, scaleFactor, plainInteger, neighbours };
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
  // After an Arabic number, Chinese units may follow a space too ("19 歲", "8 本"), as Hong Kong
  // writers space mixed text.
  const spacedHan = gap === 1 && /\d/.test(f[pos - 1] ?? "") && f.charCodeAt(pos + 1) >= 0x3400;
  if (gap) {
    // After a space: forms that start with one, at pos; Latin forms (and Han forms after a digit), after the space.
    const after = (FORMS_BY_FIRST.get(f.charCodeAt(pos + 1)) ?? NO_FORMS).filter((x) => x.latin || spacedHan);
    if (after.length) candidates = [...candidates.filter((x) => !x.latin), ...after].sort((a, b) => a.rank - b.rank);
  }
  for (const { form, def, latin, endsLatin } of candidates) {
    const at = latin || (spacedHan && !f.startsWith(form, pos)) ? pos + gap : pos;
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
  类: /^(似|型|别|推)/,
  // 十四届全国人大, 二十届三中全会, 三届世界杯: a session's ordinal written without 第.
  届: /^(时|满|期|全国|全國|中央|人大|政协|政協|世界|亚运|亞運|奥运|奧運|冬奥|冬奧|全运|全運|会|會|大会|大會|[一二三四五六七]中|国际|國際)/,
  区: /^(域|别|间|块|分|位)/,
  罪: /^(名|行|案|犯|恶|魁)/,
  案: /^(件|例|子|情|发|由|底|卷|头)/,
  家: /^(电|居|庭|乡)/,
  部: /^(分|门|署)/,
  名: /^(义|称|字|单)/,
  位: /^(数|置|于)/,
  人: /^(民|工|才|口|类|员|士)/,
  所: /^(有|以|在|得|谓)/,
  次: /^(元|级|要|大战|大戰|世界大战|世界大戰|世界)/,
  股: /^(东|份|票|市|价|权|息|本|民|指|灾|股)/,
  省: /^(道|级|份|会|委|长|政府|钱|时|力|心|事|内|外|城)/,
  席: /^(位|卷|之)/,
  例: /^(如|外|行|子)/,
  道: /^(路|理|德|歉|教|具|观|士|长|口|家|义|别|谢|贺|出|来|去|地|场|统|法|破|尽|及|岔|轨)/,
  头: /^(条|版|号|部|脑|等|疼|发|衔|像|盔|顶|目|领|子|奖|牌|痛|绪|套|头)/,
  只: /^(有|是|能|要|会|在|用|需|得|好|见|不|占|因|剩|想|为|对|靠|限|管|怕|够|知|说|做)/,
  场: /^(所|景|面|合|馆|地|上|下|内|外|站|区|主|次|均|长|景|域|价|强)/,
  轮: /^(船|胎|椅|子|回|流|廓|番|候|值|岗|休|换|班|到|机|渡)/,
  列: /^(车|入|出|为|举|表|岛|强|位|宁|国|支|队|席)/,
  起: /^(来|到|步|飞|点|源|诉|草|航|跑|见|初|始|落|身|床|码|价|色|伏|居|义|因|止|算|计|至|开始|生效|施行|实施)/,
  支: /^(持|付|出|撑|柱|援|部|行|配|票|线|流|架|书|局|取|撑|队伍以外)/,
  间: /^(隔|断|接|谍|歇|距|或|中|内|的|于|里|段)/,
  票: /^(价|房|据|选|务|站|箱|证|根|面|仓|友|源|决|权|额|款)/,
  门: /^(口|户|票|店|诊|槛|类|派|将|前|外|内|徒|生|面|窗|卫|禁|路|下|市|牌|楣|第|诀|道|峡)/,
  // 十面红旗; not 四面八方 (an idiom the small-numeral check reads) nor 全面 / 面积 / 面向.
  面: /^(积|積|向|临|臨|对|對|前|上|下|貌|孔|值|额|額|板|料|世|子|试|試|谈|談|对面|對面|包|条|條|粉|食)/,
  字: /^(路|架|会|军|形|街|号|节|样|幕|母|体|句|迹|眼|典|画|条|据|头|符|段|库|面|词|里)/,
  国: /^(集团|联军|演义|志|时代|时期|杀|庆|际|产|企|籍|债|务院|王|土|语|宝|货|画|手|足|字|防|情|策|库|界|道|境|门|之)/,
  条: /^(立法|例|文|款|约|规|目|理|件|形|纹|码|幅)/,
  响: /^(应|起|了|亮|声|彻|遏|度|当)/,
  党: /^(员|委|组|支|建|的|中央|校|性|风|章|史|内|外|派|政|务|代|籍|报|团|费|纪|徽|旗|领|和)/,
  男: /^(子|性|生|童|孩|人|士|方|装|篮|足|排|友|主|女|声)/,
  女: /^(子|性|生|童|孩|人|士|儿|王|足|排|篮|装|方|权|神|星|友|主|婿|声|皇|仆|佣)/,
  地: /^(区|方|点|产|铁|图|球|震|下|上|面|位|址|段|带|标|块|税|价|皮|毯|板|理|质|域|貌|狱|雷|道|基|主|勤|级|市|步|利|形|处|名|中海|平线)/,
};
const RACE_AFTER = /^\s*(?:final|finals|race|heats?|semi|title|record|crown|champion|gold|silver|bronze|hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relay|sprint|event|world|olympic|indoor)/;
/** Words after a quantity unit that make it something else (3000米决赛 names a race, 周日 a weekday). */
const UNIT_FORM_BLOCK: Record<string, RegExp> = {
  米: /^(决赛|预赛|半决赛|复赛|比赛|赛|跑|栏|板|台|步枪|手枪|金牌|银牌|铜牌|长跑|赛事|接力|自由泳|蛙泳|仰泳|蝶泳|混合泳|速滑|障碍|个人|短道|项目|冠军|级|饭|粉|面|酒|价|线|粒|其|兰|歇|勒|哈|诺|奇|切|尔|亚|利|特|飞人)/,
  周: /^(边|围|期|末|刊|报|转|到|全|密|游|日|一|二|三|四|五|六|天|折|旋|知|长|岁)/,
  星期: /^(一|二|三|四|五|六|日|天)/,
  // "the 200 metres final", "100 metres hurdles": an athletics or swimming event.
  metres: RACE_AFTER,
  meters: RACE_AFTER,
};
// An English count: "12,800 jobs", "50 orders", "200 firm commitments", "30 of the aircraft", "20 more".
// Also irregular plurals ("16 other people") and one or two words between ("150 Game shops",
// "37 English council areas").
// (Plurals without an s: aircraft, sheep, cattle, staff, personnel.)
const ENGLISH_COUNTED = /^ (?:(of|more)\b|([a-z]{2,}s|people|children|men|women|aircraft|sheep|cattle|staff|personnel)\b(?<!\b(?:is|was|has|as|this|its|his|us|does|goes|says))|(?:(?!(?:and|or|but|the|a|an|in|on|at|to|for|of|from|by|with|is|was|are|were|has|had|have|will|would)\b)[A-Za-z]+ ){1,2}([a-z]{2,}s|people|children|men|women|aircraft|sheep|cattle|staff|personnel)\b)/;
const NOT_COUNTED = /^(?:is|was|has|as|this|its|his|us|yes|always|plus|less|across|series|news|thus|perhaps|weeks|minutes|seconds|percent|pounds|dollars|euros|does|goes|says)$/;
const VIDEO_LINES = new Set([240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);
const MILLION_BEFORE_NOUN = /^m (?:(?!(?:and|or|but|the|a|an|in|on|at|to|for|of|from|by|with|is|was|are|were|has|had|have|will|would)\b)[a-z]+ ){0,2}([a-z]{3,}s|people|children|men|women|yen|yuan|euro|renminbi)\b/;
const MILLION_CURRENCY = /^(?:euros|euro|dollars|pounds|yen|yuan|renminbi|francs|rupees|kronor|roubles|rubles)$/;
const RACE_WORDS = /^(?:hurdles|heats|finals|relays|races|sprints|events|metres|meters|swims|runs|runners|laps|lengths|titles|medals|golds|records|crowns|wins|victories|champions|specialists|years|months|weeks|days|hours|minutes|seconds)$/;
const PERCENT_TENTH_BLOCK = /^成(为|本|功|果|立|长|熟|交|员|都|效|型|品|分|就|绩|不变)/;
// 一成六: the digit after 成, not the start of a word (三成五成群 is no percentage).
const TENTH_DIGIT = /^成([一二三四五六七八九])(?![成个十百千万亿])/;
const ZH_SCALE_VALUE: Record<string, number> = { 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };
const ZH_DIGIT_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const YEAR_DURATION_BLOCK = /^年(底|初|末|代|度|级|报|均|化)/;
const ANNIVERSARY_BEFORE = /(?:建党|建黨|建国|建國|成立|回归|回歸|建交|建校|建院|开埠|開埠|诞辰|誕辰|逝世|过去|過去|长达|長達|超过|超過|近|逾)$/u;
// 20年前, 七年後, 兩年內, 5年中, 45年来: a span of years before, after or within (round 8 labels 七年前
// as 七年). Written with two Arabic digits from 60 up, 97年後 is more likely the year 1997.
const YEAR_RELATIVE = /^年(前|后|中|内|来|以来|以后|以前|之内|之后|之前)/;

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
  if (numeral(prev) || /[第每几数周拜初明]/.test(prev)) return false;
  // 星期三 is Wednesday; 为期三天, 假期三天 are spans.
  if (prev === "期" && f[i - 2] === "星") return false;
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
  // A lone 万 without money after it (万人空巷, 万亩片, 万里) starts no figure.
  // 千家万户, 千方百计, 百战百胜: a lone 百 / 千 in a four-character idiom with another scale.
  if (read.chinese && read.end - i === 1 && (f[i] === "千" || f[i] === "百") && /[万千百]/.test(f[i + 2] ?? "")) return undefined;
  // After a hedge (上万家, 过万人) it is "ten thousand".
  if (read.chinese && read.end - i === 1 && f[i] === "万" && !/[上过破近超逾约]/.test(prev) && !/^(元|美元|港元|日元|欧元|英镑)/.test(f.slice(read.end))) return undefined;
  // 几十个, 几百年: "dozens", "centuries", a manner of speaking with no number to query.
  if (read.chinese && (f[i] === "几" || prev === "几")) return undefined;
  // A lone 亿 is "hundreds of millions" as a manner of speaking (億人點閲, 以億計, 過億), not an
  // amount, unless money follows (过亿元).
  if (read.chinese && read.end - i === 1 && f[i] === "亿" && !/^(元|美元|港元|日元|欧元|英镑)/.test(f.slice(read.end))) return undefined;
  // A section number right after a law's title (《防止賄賂條例》30條) is no count.
  if (f[read.end] === "条" && /》\s*(?:[（(][^）)]{0,20}[）)])?\s*$/.test(f.slice(Math.max(0, i - 24), i))) return undefined;
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
    // 突破一千至1287宗: a round Chinese number, then the exact Arabic one, is a climb, not a range:
    // the round number is a count of the same things, and the exact one is read next.
    const climb = second && first.chinese && !second.chinese;
    if (climb && !currency && !unit && first.scaled) {
      const unit2 = readUnit(f, second!.end);
      if (unit2?.def.kind === "count") return finish({ start: i, end: first.end, kind: "count", value: first.value, unit: "", approx: first.approx });
    }
    if (second && !climb) {
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
      // 一成六 is 16%: a digit after 成 gives the units.
      const units = valueMax === undefined && value < 10 ? TENTH_DIGIT.exec(rest) : null;
      if (units) return finish({ start: i, end: end + 2, kind: "percent", value: tidy(value * 10 + ZH_DIGIT_VALUE[units[1]!]!), unit: "%", approx });
      // 八成半 is 85%: half a tenth more (not 成半 before a noun: 三成半导体).
      if (valueMax === undefined && value < 10 && /^成半(?![导導岛島])/.test(rest)) return finish({ start: i, end: end + 2, kind: "percent", value: tidy(value * 10 + 5), unit: "%", approx });
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
    const twoDigitYear = !first.chinese && value >= 60 && YEAR_RELATIVE.test(rest);
    // 600多年, 二百年, 五千多年: a hundred years or more is a span when hedged (多, 余) or written
    // with Chinese numerals (a year in Chinese numerals is written digit by digit: 二〇二四年).
    const longSpan = value >= 100 && valueMax === undefined && (first.approx || (first.chinese && first.scaled && /[一二两三四五六七八九]/.test(f.slice(i, first.end))));
    // 建党100年, 成立300年, 过去200年: three digits after an anniversary's or a span's word are
    // years counted, not a year of the first millennium.
    const anniversary = !first.chinese && value >= 100 && value < 1000 && valueMax === undefined && ANNIVERSARY_BEFORE.test(f.slice(Math.max(0, i - 4), i));
    if (f[end] === "年" && (longSpan || anniversary) && !YEAR_DURATION_BLOCK.test(rest)) {
      return finish({ start: i, end: end + 1, kind: "quantity", value, unit: "yr", approx });
    }
    if (f[end] === "年" && value < 100 && !spanOfYears && !YEAR_DURATION_BLOCK.test(rest) && !twoDigitYear) {
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
    // 二百多萬香港人, 三十万: a Chinese numeral of ten thousand or more with a digit in it counts
    // something, or is money after a money word. Without a digit it is an idiom or an adverb
    // (千万不要, 十万火急, 亿万人民).
    if (first.chinese && valueMax === undefined && value >= 1e4 && /^[一二两三四五六七八九十][^万亿]*[一二两三四五六七八九百千十]?/.test(f.slice(i, first.end)) && /[一二两三四五六七八九]/.test(f.slice(i, first.end)) && /[万亿]/.test(f.slice(i, first.end))) {
      // 八萬五 is 85,000: a digit after the last scale counts tenths of it.
      const short = /([万亿千百])([一二三四五六七八九])$/.exec(f.slice(i, end));
      const whole = short ? tidy(value - ZH_DIGIT_VALUE[short[2]!]! + (ZH_DIGIT_VALUE[short[2]!]! * ZH_SCALE_VALUE[short[1]!]!) / 10) : value;
      if (MONEY_BEFORE.test(f.slice(Math.max(0, i - 12), i))) return finish({ start: i, end, kind: "money", value: whole, unit: "CNY", approx, localCurrency: true });
      return finish({ start: i, end, kind: "count", value: whole, unit: "", approx });
    }
    if (first.chinese || valueMax !== undefined) return undefined;
    // 報22,983點, 跌222點: an index's level or move in points, which the contract has no kind for.
    if (/^\s*[点點]/.test(f.slice(end, end + 2))) return undefined;
    const isYear = first.plainInteger && /^(1[89]|20)\d\d$/.test(f.slice(i, first.end));
    // A number with a scale and no unit (2.8亿农村群众, 超过2亿, 3.5 million in total) counts
    // something; after a money word in its clause (集資7億) it is money in the source's currency.
    if (first.scaleFactor >= 1e4 || (first.hasScale && /[a-z]$/.test(f.slice(i, first.end)))) {
      const before = f.slice(Math.max(0, i - 12), i);
      if (MONEY_BEFORE.test(before)) {
        if (/[a-z]$/.test(f.slice(i, first.end))) return undefined; // "revenue of 3 billion": currency unknown
        return finish({ start: i, end, kind: "money", value, unit: "CNY", approx, localCurrency: true });
      }
      // 1.6m Muslims, 3.5 million in total: a count, with its noun when one follows.
      const noun = ENGLISH_COUNTED.exec(f.slice(end, end + 30));
      const counter = noun?.[2] ?? noun?.[3];
      if (!counter || !NOT_COUNTED.test(counter)) return finish({ start: i, end, kind: "count", value, unit: "", approx, counter });
    }
    // "in the top 50", "the Top 40": the number of places a ranking counts.
    if (!isYear && /\btop\s$/.test(f.slice(Math.max(0, i - 5), i))) return finish({ start: i, end, kind: "count", value, unit: "", approx });
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
  if (first.chinese && !first.scaled && kind !== "ratio" && !smallZh && !first.neighbours) return undefined;
  if (kind === "count" && COUNTER_BLOCK[counter!]?.test(f.slice(unit.end))) return undefined;
  // 第18及22条: the second of two sections a law numbers, not a count of articles.
  if (counter === "条" && /第[\d一二三四五六七八九十百]+[及和、与至到-]$/.test(f.slice(Math.max(0, i - 8), i))) return undefined;
  // 十字 alone is a cross (红十字, 十字路口), not ten characters.
  if (counter === "字" && f.slice(i, first.end) === "十") return undefined;
  const form = f.slice(first.end, unit.end);
  if (kind !== "count" && UNIT_FORM_BLOCK[form.trim()]?.test(f.slice(unit.end))) return undefined;
  // Pence as "p" only glued to the number (797p), never a video resolution (1080p) or 3 p.m.
  if (form.trim() === "p" && (form !== "p" || VIDEO_LINES.has(value) || /^\.?m\b/.test(f.slice(unit.end)))) return undefined;
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
  // 零下18摄氏度: below zero.
  if (unitSymbol === "°C" && /零下\s*$/.test(f.slice(Math.max(0, i - 3), i))) factor = -1;
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

// 半小时, 半年, 半个月, 两个半小时, 两个半月: half of a duration (上半年 is a period, found before).
const HALF = /(?:([一二两三四五六七八九十]|\d+)(个|個)?)?半(个小时|小时|个月|年|天|月)(?!报|度|期|岛|导|径|场|边|身|数|价|夜)/g;
const HALF_UNIT: Record<string, string> = { 个小时: "h", 小时: "h", 个月: "month", 月: "month", 年: "yr", 天: "d" };
// 一年半, 两年半: the half after the unit (not 一年半载, "a year or so").
const YEAR_AND_HALF = /([一二两三四五六七八九十]|\d+)年半(?!载|載)/g;
// 两个多月, 三个多小时, 一年多: "over N months / hours / years", the 多 after the counter.
const OVER_DURATION = /(?<![上下前头])([一二两三四五六七八九十]|\d+)(?:个多(月|小时|星期)|(年)多(?![少久]))/g;
const OVER_UNIT: Record<string, [string, number]> = { 月: ["month", 1], 小时: ["h", 1], 星期: ["d", 7], 年: ["yr", 1] };

/** Half durations: 半小时 → 0.5 h, 两个半小时 → 2.5 h, 一年半 → 1.5 yr; 两个多月 → ~2 months, 一年多 → ~1 yr. */
function findHalves(f: string, out: Hit[]): void {
  const number = (s: string) => parseNumber(s) ?? 0;
  if (f.includes("半")) {
    for (const m of f.matchAll(HALF)) {
      const prev = f[m.index! - 1] ?? "";
      if (/[上下前后後大多一]/.test(prev) && !m[1]) continue; // 上半年, 大半年, 一半
      if (m[3] === "月" && !m[2]) continue; // 半月 alone is a word (半月刊, 半月谈)
      const whole = m[1] ? number(m[1]) : 0;
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: "quantity", value: whole + 0.5, unit: HALF_UNIT[m[3]!]!, approx: false });
    }
    for (const m of f.matchAll(YEAR_AND_HALF)) {
      if (f[m.index! - 1] === "第") continue; // 第一年半 is an ordinal
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: "quantity", value: number(m[1]!) + 0.5, unit: "yr", approx: false });
    }
  }
  if (f.includes("个多") || f.includes("年多")) {
    for (const m of f.matchAll(OVER_DURATION)) {
      if (f[m.index! - 1] === "第") continue;
      const [unit, factor] = OVER_UNIT[(m[2] ?? m[3])!]!;
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: "quantity", value: number(m[1]!) * factor, unit, approx: true });
    }
  }
}

/** 百分之二十 → 20%. */
function findPercentWords(f: string, out: Hit[]): void {
  // 百分之零點六 (0.6%), 百分之三點五: decimals written in Chinese numerals, digit by digit after 点.
  for (const m of f.matchAll(/百分之([零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)(?:点([零〇一二三四五六七八九]+))?/g)) {
    const whole = parseNumber(m[1]!);
    if (whole === undefined) continue;
    const v = m[2] ? tidy(whole + Number("0." + [...m[2]].map((c) => parseChinese(c) ?? 0).join(""))) : whole;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: "percent", value: v, unit: "%", approx: false });
  }
}

function claim(claimed: Uint8Array, hits: Hit[]): void {
  for (const h of hits) claimed.fill(1, h.start, h.end);
}

/**
 * Figures in `text` with offsets into it. Matching runs on folded text (full-width digits,
 * Traditional 億/萬/兩 and case all normalised) and spans are mapped back.
 */
/** The spans inside 《》 titles of one line. */
function workTitles(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text.includes("《")) return out;
  for (const m of text.matchAll(/《[^《》\n]{1,80}》/gu)) out.push([m.index! + 1, m.index! + m[0].length - 1]);
  return out;
}

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
  special.push(...findFractions(f), ...findOneInN(f));
  findHalves(f, special);
  special.push(...findChineseLevels(f), ...findScores(f), ...findOnes(f), ...findGroupsOfN(f), ...findDayCounts(f));
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
    for (const w of [...findEnglishAges(f, capitalAt), ...findEnglishYears(f), ...findEnglishAnniversaries(f)]) if (!isClaimed(claimed, w.start, w.end)) hits.push(w);
    claim(claimed, hits);
    for (const w of findAged(f)) if (!isClaimed(claimed, w.start, w.end)) hits.push(w);
  }
  // A bare dinar or peso is the currency of the country the text names; with none named it
  // stays a number of things.
  for (const h of hits) {
    if (h.kind !== "money" || !h.unit.startsWith("?")) continue;
    const code = resolveCurrency(h.unit, f, h.start);
    if (code) h.unit = code;
    else (h.kind = "count"), (h.unit = "");
  }
  // A bare 元 (not 人民币, not 美元) follows the source's convention.
  const yuan = options.yuanCurrency;
  if (yuan && yuan !== "CNY") {
    for (const h of hits) if (h.kind === "money" && h.unit === "CNY" && /元$/.test(f.slice(h.start, h.end)) && !/人民币|元人民币/.test(f.slice(h.start, h.end + 3))) h.unit = yuan;
    for (const h of hits) if (h.localCurrency) h.unit = yuan;
  }

  const urls = urlSpans(text);
  const titles = workTitles(text);
  return hits
    .sort((a, b) => a.start - b.start)
    .filter((h) => !urls.length || !insideAny(folded.origin[h.start]!, urls)) // 2021/03/47人 in a file path
    // A number in a work's title names the work (《2021年公職（參選及任職）條例》, 《十四五规划》).
    .filter((h) => !titles.length || !insideAny(folded.origin[h.start]!, titles))
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
