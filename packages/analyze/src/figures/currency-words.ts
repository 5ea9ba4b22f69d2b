import type { UnitDef } from "./units.js";

// Currencies written as words after the number. A qualified name is one currency (Hong Kong
// dollars, Swiss francs; singular before a noun: a 7.4bn Australian dollar bid); a bare dinar, peso or franc belongs to the country the report is
// about, which the text names (an Algerian report's "200 dinars" is DZD). Forms are folded:
// lower case, Simplified.

const money = (unit: string, ...forms: string[]): UnitDef => ({ forms, kind: "money", unit, factor: 1 });

/** Currencies whose written name says which they are. */
export const QUALIFIED_CURRENCIES: UnitDef[] = [
  money("USD", "american dollars", "american dollar"),
  money("HKD", "hong kong dollars", "hk dollars", "港币元", "hong kong dollar", "hk dollar"),
  money("AUD", "australian dollars", "australian dollar"),
  money("CAD", "canadian dollars", "canadian dollar"),
  money("SGD", "singapore dollars", "新加坡元", "新元", "sgd", "singapore dollar"),
  money("NZD", "new zealand dollars", "纽元", "nzd", "new zealand dollar"),
  money("TWD", "taiwan dollars", "new taiwan dollars", "taiwan dollar", "new taiwan dollar"),
  money("CHF", "swiss francs", "瑞士法郎", "瑞郎", "chf", "swiss franc"),
  money("EGP", "egyptian pounds", "egyptian pound"),
  money("DZD", "algerian dinars", "algerian dinar"),
  money("IQD", "iraqi dinars", "iraqi dinar"),
  money("KWD", "kuwaiti dinars", "kuwaiti dinar"),
  money("JOD", "jordanian dinars", "jordanian dinar"),
  money("TND", "tunisian dinars", "tunisian dinar"),
  money("SAR", "saudi riyals", "saudi riyal"),
  money("IRR", "iranian rials", "iranian rial"),
  money("QAR", "qatari riyals", "qatari riyal"),
  money("MXN", "mexican pesos", "mexican peso"),
  money("ARS", "argentine pesos", "argentinian pesos", "argentine peso", "argentinian peso"),
  money("PHP", "philippine pesos", "philippine peso"),
  money("SEK", "swedish kronor", "kronor", "swedish krona", "瑞典克朗"),
  money("NOK", "norwegian kroner", "norwegian krone", "挪威克朗"),
  money("DKK", "danish kroner", "danish krone", "丹麦克朗"),
  money("TRY", "turkish lira", "土耳其里拉"),
  money("ZAR", "south african rand", "兰特"),
  money("THB", "thai baht", "baht", "泰铢"),
  money("MYR", "malaysian ringgit", "ringgit", "令吉", "马币"),
  money("IDR", "indonesian rupiah", "rupiah", "印尼盾"),
  money("ILS", "israeli shekels", "shekels", "新谢克尔", "谢克尔", "israeli shekel"),
  money("PLN", "polish zloty", "zlotys", "zloty", "兹罗提"),
  money("PKR", "pakistani rupees", "pakistani rupee"),
  money("KES", "kenyan shillings", "kenyan shilling"),
  money("NGN", "nigerian naira", "naira", "奈拉"),
  money("BRL", "brazilian reais", "reais", "雷亚尔", "brazilian reai"),
  money("VND", "越南盾"),
  money("MOP", "澳门元", "澳门币", "patacas"),
  money("RUB", "roubles", "rubles", "rouble", "ruble"),
];

/** Where a bare currency word is the currency of a country the text names. */
interface CountryCurrency {
  code: string;
  country: RegExp;
}

const cc = (code: string, country: RegExp): CountryCurrency => ({ code, country });

// Each placeholder unit ("?dinar") is resolved by findFigures with resolveCurrency.
const BY_COUNTRY: Record<string, CountryCurrency[]> = {
  "?dinar": [
    cc("DZD", /algeri|阿尔及利亚/g), cc("IQD", /\biraq|伊拉克/g), cc("KWD", /kuwait|科威特/g), cc("JOD", /jordan|约旦/g),
    cc("TND", /tunisia|突尼斯/g), cc("LYD", /libya|利比亚/g), cc("BHD", /bahrain|巴林/g), cc("RSD", /serbia|塞尔维亚/g),
  ],
  "?riyal": [cc("SAR", /saudi|沙特/g), cc("QAR", /qatar|卡塔尔/g), cc("IRR", /\biran|伊朗/g), cc("OMR", /\boman\b|阿曼/g), cc("YER", /yemen|也门/g)],
  "?peso": [
    cc("MXN", /mexic|墨西哥/g), cc("ARS", /argentin|阿根廷/g), cc("PHP", /philippin|菲律宾/g), cc("CLP", /\bchile|智利/g),
    cc("COP", /colombia|哥伦比亚/g), cc("CUP", /\bcuba|古巴/g), cc("UYU", /uruguay|乌拉圭/g),
  ],
  "?krone": [cc("NOK", /norw|挪威/g), cc("DKK", /denmark|danish|丹麦/g)],
  "?franc": [cc("CHF", /swiss|switzerland|瑞士/g), cc("FRF", /france|french|法国/g), cc("BEF", /belgi|比利时/g)],
  "?shilling": [cc("KES", /kenya|肯尼亚/g), cc("UGX", /uganda|乌干达/g), cc("TZS", /tanzania|坦桑尼亚/g), cc("SOS", /somali|索马里/g)],
  "?dirham": [cc("AED", /emirates|\buae\b|dubai|abu dhabi|阿联酋|迪拜/g), cc("MAD", /morocc|摩洛哥/g)],
};

/** Bare currency words: the unit is a placeholder until the text's country decides it. */
export const COUNTRY_CURRENCIES: UnitDef[] = [
  money("?dinar", "dinars", "dinar", "第纳尔"),
  money("?riyal", "riyals", "riyal", "rials", "rial", "里亚尔"),
  money("?peso", "pesos", "peso", "比索"),
  money("?krone", "kroner", "krone", "克朗"),
  money("?franc", "francs", "franc", "法郎"),
  money("?shilling", "shillings", "先令"),
  money("?dirham", "dirhams", "dirham", "迪拉姆"),
];

/**
 * The currency of a placeholder unit at `at` in folded text `f`: the country named nearest
 * before the figure, else the first named after it; undefined when the text names none.
 */
export function resolveCurrency(placeholder: string, f: string, at: number): string | undefined {
  let best: { code: string; distance: number } | undefined;
  for (const { code, country } of BY_COUNTRY[placeholder] ?? []) {
    for (const m of f.matchAll(country)) {
      // Before the figure counts as nearer than any mention after it.
      const distance = m.index! < at ? at - m.index! : f.length + m.index!;
      if (!best || distance < best.distance) best = { code, distance };
    }
  }
  return best?.code;
}
