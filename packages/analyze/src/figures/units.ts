import type { FigureKind } from "../schema.js";
import { QUALIFIED_CURRENCIES, COUNTRY_CURRENCIES } from "./currency-words.js";

/** A unit written after a number, in folded form (lower case, Simplified, half-width). */
export interface UnitDef {
  forms: string[];
  kind: FigureKind;
  /** Normalised unit symbol stored on the figure. */
  unit: string;
  /** Multiplier into the normalised unit (kW → 1000 W). */
  factor: number;
  /** Counted noun or measure word kept on count figures (台, 块, token). */
  counter?: string;
}

const u = (kind: FigureKind, unit: string, factor: number, ...forms: string[]): UnitDef => ({ forms, kind, unit, factor });
const count = (...forms: string[]): UnitDef[] =>
  forms.map((f) => ({ forms: [f], kind: "count" as const, unit: "", factor: 1, counter: f }));

/**
 * Units after a number. Latin forms (letters) must end at a word boundary; "5.5 KW" may have a
 * space before the unit. Deliberately absent: bare "g"/"G"/"T" (5G, 800G, 1.6T are product
 * names), "nm" (2nm/16nm are process-node labels, not lengths), "m" (million or metre?),
 * "h" (12h is often a model name).
 */
export const UNITS: UnitDef[] = [
  // money
  u("money", "USD", 1, "美元", "美金", "us dollars", "usd", "dollars", "dollar"),
  u("money", "HKD", 1, "港元", "港币", "hkd"),
  u("money", "JPY", 1, "日元", "日圆", "yen", "jpy"),
  u("money", "EUR", 1, "欧元", "欧罗", "euros", "euro", "eur"),
  u("money", "GBP", 1, "英镑", "英磅", "gbp", "pounds sterling"),
  u("money", "GBP", 0.01, "pence", "p"),
  u("money", "INR", 1, "卢比", "rupees", "rupee"),
  u("money", "KRW", 1, "韩元", "krw"),
  u("money", "TWD", 1, "新台币", "台币", "twd"),
  u("money", "AUD", 1, "澳元", "aud"),
  u("money", "CAD", 1, "加元", "cad"),
  u("money", "RUB", 1, "卢布", "rub"),
  u("money", "CNY", 1, "元人民币", "人民币", "元", "yuan", "renminbi", "rmb", "cny"),
  ...QUALIFIED_CURRENCIES,
  ...COUNTRY_CURRENCIES,
  // percentages and points (1 bp = 0.01 pp)
  u("percentage_point", "pp", 1, "个百分点", "百分点", "percentage points", "percentage point", "pps", "ppts", "ppt", "pp"),
  u("percentage_point", "pp", 0.01, "个基点", "基点", "basis points", "basis point", "bps", "bp"),
  u("percent", "%", 1, "%", "percent", "per cent", "pct"),
  // power (W) and energy (Wh; 1 度 = 1 kWh)
  u("energy", "Wh", 1e3, "千瓦时", "度电", "kwh"),
  u("energy", "Wh", 1e6, "兆瓦时", "mwh"),
  u("energy", "Wh", 1e9, "吉瓦时", "gwh"),
  u("energy", "Wh", 1e12, "太瓦时", "twh"),
  u("energy", "Wh", 1, "瓦时", "wh"),
  u("power", "W", 1e3, "千瓦", "kw"),
  u("power", "W", 1e6, "兆瓦", "mw"),
  u("power", "W", 1e9, "吉瓦", "gw"),
  u("power", "W", 1e12, "太瓦", "tw"),
  u("power", "W", 1, "瓦特", "瓦", "w"),
  // bandwidth: a rate, stored as quantity in bit/s or B/s (the contract has no rate kind)
  u("quantity", "bit/s", 1e12, "tbps", "tb/s"),
  u("quantity", "bit/s", 1e9, "gbps", "gb/s"),
  u("quantity", "bit/s", 1e6, "mbps", "mb/s"),
  u("quantity", "T/s", 1e9, "gt/s"),
  // data (bytes, decimal multiples)
  u("data", "B", 1e15, "pb"),
  u("data", "B", 1e12, "tb"),
  u("data", "B", 1e9, "gb"),
  u("data", "B", 1e6, "mb"),
  u("data", "B", 1e3, "kb"),
  u("data", "B", 1, "字节", "bytes"),
  // other quantities
  u("quantity", "V", 1e3, "千伏", "kv"),
  u("quantity", "V", 1, "伏特", "伏", "v"),
  u("quantity", "t", 1, "吨", "tonnes", "tons"),
  u("quantity", "kg", 1, "公斤", "千克", "kg"),
  // 斤 (jin) is half a kilogram on the mainland (粮食产量1.3万亿斤); Hong Kong's catty is 0.605
  // kg, but its media write mainland prices in 斤 as often, so one factor serves both.
  u("quantity", "kg", 0.5, "市斤", "斤"),
  u("quantity", "km", 1, "公里", "千米", "km", "kilometres", "kilometers", "kilometre", "kilometer"),
  u("quantity", "m", 1, "metres", "meters"),
  u("quantity", "cm", 1, "厘米", "公分"),
  u("quantity", "in", 1, "吋", "英寸"),
  u("quantity", "km", 1.609344, "miles", "mile"),
  u("quantity", "km2", 1, "平方千米", "平方公里", "km2", "square kilometres", "square kilometers", "-square-kilometre", "-square-kilometer", "sq km"),
  // Floor areas as Hong Kong writes them (14,500平方呎, 500 square feet), kept in square feet.
  u("quantity", "ft2", 1, "平方呎", "平方尺", "square feet", "sq ft"),
  u("quantity", "m2", 1, "平方米", "m2"),
  // Flow rates (主河槽过流能力5000立方米/秒) before volumes, the longer form first.
  u("quantity", "m3/s", 1, "立方米/秒", "立方米每秒", "cubic metres per second", "m3/s"),
  u("quantity", "m3", 1, "立方米", "m3"),
  u("quantity", "mu", 1, "亩"),
  u("quantity", "ha", 1, "公顷", "hectares", "ha"),
  u("quantity", "TEU", 1, "标箱", "teu"),
  // "-year-old", "-year" glued by a hyphen: a 47-year-old, a five-year term.
  u("quantity", "yr", 1, "-year-old", "-year", "years", "year", "周岁", "岁", "歳"),
  u("quantity", "month", 1, "-month", "个月", "months"),
  u("quantity", "quarter", 1, "个季度"),
  u("quantity", "d", 7, "-week", "weeks", "week"),
  u("quantity", "d", 1, "-day", "天", "days"),
  u("quantity", "min", 1, "-minute", "分钟", "minutes"),
  u("quantity", "h", 1, "-hour", "个小时", "小时", "hours"),
  // Race times and other short durations (9.85 seconds, 3秒).
  u("quantity", "s", 1, "seconds", "secs", "秒钟", "秒"),
  u("quantity", "ft3", 1, "cubic feet", "cubic foot"),
  // Anniversaries and weeks (建交30周年 → 30 yr, 两周 → 14 d, 三个星期 → 21 d); 周岁 is an age above.
  u("quantity", "yr", 1, "周年"),
  u("quantity", "d", 7, "个星期", "星期", "周"),
  // Lengths in metres (30米, 164.7毫米 of rain); race events (3000米决赛) are blocked in find.ts.
  u("quantity", "m", 1, "米"),
  u("quantity", "mm", 1, "毫米"),
  // Temperatures (最高气温可超40℃, 零下18摄氏度: the sign is read in find.ts).
  u("quantity", "°C", 1, "摄氏度", "℃", "°c"),
  // multipliers
  u("ratio", "x", 1, "倍", "times", "-fold", "fold", "x"),
  // counts: Chinese measure words and a few counted nouns
  ...count("台", "块", "个", "颗", "张", "家", "套", "条", "次", "人", "名", "位", "款", "项", "座", "辆", "架", "艘", "部", "件", "户", "所", "层", "卡", "枚", "片", "笔", "份", "批", "宗", "例", "席", "股"),
  // Counters of kinds, pages, places, provinces and government departments (44种语言, 700頁,
  // 3處受傷, 3省, 四部门).
  ...count("种", "页", "处", "省", "部门"),
  // Measure words of news counts (1000多道工序, 500头牛, 两只熊猫, 19场论坛, 新一轮, 6566列列车,
  // 9起枪击, 16支队伍, 四百多间企业, 三栋楼, 700票, 四十多门重炮, 四字), and countries and places
  // counted (中亚五国, 两国, 成渝两地, 3省5地).
  ...count("道", "头", "只", "篇", "场", "轮", "列", "起", "支", "间", "栋", "幢", "棵", "匹", "票", "门", "字", "国", "地", "面"),
  // Cases by sex in health reports (11男4女); gun salutes (鸣放21响礼炮) and parties (两党).
  ...count("男", "女", "响", "党"),
  // Kinds, terms of office and districts counted (4類「負面清單」, 9屆區議員, 18 區).
  ...count("类", "届", "区"),
  // Train services (停运列车121趟) and offences or cases counted (兩罪, 兩案).
  ...count("趟", "罪", "案"),
  ...count("tokens", "token"),
  // English compounds that count: the 12-member panel, a 13-strong squad, a 40-page report.
  ...count("-member", "-nation", "-strong", "-man", "-woman", "-seat", "-page", "-storey", "-bed"),
];

/** Currency written before the number ($80 billion, US$5, HK$3, £2, RMB 146.4 billion). */
export const CURRENCY_PREFIXES: [string, string][] = [
  ["us$", "USD"],
  ["hk$", "HKD"],
  ["nt$", "TWD"],
  ["a$", "AUD"],
  ["c$", "CAD"],
  ["s$", "SGD"],
  ["$", "USD"],
  ["£", "GBP"],
  ["€", "EUR"],
  ["¥", "CNY"],
  ["rmb", "CNY"],
  ["usd", "USD"],
  ["hkd", "HKD"],
  ["cny", "CNY"],
  ["eur", "EUR"],
];

/** Units matched longest form first. */
export const UNIT_FORMS: { form: string; def: UnitDef }[] = UNITS.flatMap((def) => def.forms.map((form) => ({ form, def }))).sort(
  (a, b) => b.form.length - a.form.length,
);
