import { mulberry32 } from "../../support/prng.js";
/**
 * Generated spam variants: clean articles from the corpora with injected spam of the
 * families the issue names, in shapes and with brands, decorations and names that appear
 * nowhere in the cleaner's tests or lexicon. Because we injected the spam, the article
 * that must survive is known exactly. A seeded PRNG makes every run the same sample.
 */

export interface Article {
  title: string;
  body: string;
}

export interface Variant {
  family: string;
  /** What the cleaner gets. */
  format: "text" | "html";
  input: string;
  /** A title declared by the container (RawRecord.meta.title), when the input has none. */
  declaredTitle?: string;
  /** What must survive. */
  title: string;
  body: string;
}

export const rng = mulberry32;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const charIn = (r: () => number, from: number, to: number) => String.fromCodePoint(from + Math.floor(r() * (to - from + 1)));

/** Decoration alphabets: dingbats, symbols, emoji, and letters of scripts unrelated to the
 *  page (Georgian, Armenian, Cherokee, Tifinagh, Runic, Ethiopic, Vai, Canadian syllabics). */
const DECORATION_RANGES: Array<[number, number]> = [
  [0x2701, 0x27bf], [0x2600, 0x26ff], [0x25a0, 0x25ff], [0x1f300, 0x1f5ff], [0x10d0, 0x10fa], [0x0531, 0x0556],
  [0x13a0, 0x13f4], [0x2d30, 0x2d65], [0x16a0, 0x16ea], [0x1200, 0x1250], [0xa500, 0xa60b], [0x1401, 0x166c],
];
export function decoration(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  let s = "";
  for (let i = 0; i < n; i++) {
    const [a, b] = pick(r, DECORATION_RANGES);
    s += charIn(r, a, b);
  }
  return s;
}

const BRAND_CHARS = "金银鼎盛皇冠永利宝博星辉豪天富鸿运大发乐彩海龙凤腾威尼斯新葡京亚洲万达华美赢钻百胜";
const BRAND_CHARS_HANT = "金銀鼎盛皇冠永利寶博星輝豪天富鴻運大發樂彩海龍鳳騰威尼斯新葡京亞洲萬達華美贏鑽百勝";
export function brand(r: () => number, traditional = false): string {
  const chars = traditional ? BRAND_CHARS_HANT : BRAND_CHARS;
  const han = [...chars];
  const name = pick(r, han) + pick(r, han);
  const code = r() < 0.6 ? String.fromCharCode(97 + Math.floor(r() * 26)) + String.fromCharCode(97 + Math.floor(r() * 26)) + String(Math.floor(r() * 900) + 10) : "";
  return name + code;
}
const SITE_TAILS = ["娱乐官网app", "官网入口", "官方网站", "平台登录", "app下载", "网页版", "官网首页", "娱乐手机版"];
const SITE_TAILS_HANT = ["娛樂官網app", "官網入口", "官方網站", "平台登錄", "app下載", "網頁版", "官網首頁"];
const NAMES = ["新垣结衣", "石原里美", "桥本环奈", "深田恭子", "汤姆汉克斯", "基努里维斯", "斯嘉丽约翰逊", "绫濑遥", "户田惠梨香", "布拉德皮特"];
const NAMES_HANT = ["新垣結衣", "石原里美", "橋本環奈", "深田恭子", "湯姆漢克斯", "基努李維", "綾瀨遙", "戶田惠梨香"];

const CLAUSE_END = /([，。；：！？、])/gu;

/** Decorations before clause punctuation, in most clauses (periodic, not everywhere). */
function decorate(text: string, r: () => number, deco: string): string {
  return text.replace(CLAUSE_END, (p) => (r() < 0.8 ? deco + p : p));
}

/** A name inserted before a clause boundary every few clauses. */
function insertName(text: string, r: () => number, name: string): string {
  let k = 0;
  return text.replace(CLAUSE_END, (p) => (++k % 4 === 2 && r() < 0.9 ? name + p : p));
}

/** A brand compound inserted mid-sentence, after a clause mark, in some paragraphs. */
function insertBrand(paragraphs: string[], r: () => number, compound: () => string): string[] {
  return paragraphs.map((p, i) => {
    if (i % 2 === 1 || p.length < 30) return p;
    const marks = [...p.matchAll(/[，；]/gu)];
    if (marks.length === 0) return p;
    const at = pick(r, marks).index! + 1;
    return p.slice(0, at) + compound() + p.slice(at);
  });
}

const paragraphsOf = (body: string) => body.split(/\n+/).map((p) => p.trim()).filter(Boolean);

export function zhVariant(a: Article, r: () => number, family: "decoration" | "brand" | "insertion" | "combined", traditional = false): Variant {
  const b = brand(r, traditional);
  const tails = traditional ? SITE_TAILS_HANT : SITE_TAILS;
  const name = pick(r, traditional ? NAMES_HANT : NAMES);
  const deco = decoration(r);
  let paras = paragraphsOf(a.body);
  if (family === "brand" || family === "combined") paras = insertBrand(paras, r, () => b + pick(r, tails));
  if (family === "insertion" || family === "combined") paras = paras.map((p) => insertName(p, r, name));
  if (family === "decoration" || family === "combined") paras = paras.map((p) => decorate(p, r, deco));
  let title = a.title;
  const head: string[] = [];
  const foot: string[] = [];
  if (family === "brand" || family === "combined") {
    const mid = Math.max(1, Math.floor([...a.title].length / 2));
    title = `${b}${pick(r, tails)}${[...a.title].slice(0, mid).join("")}|${name}|${[...a.title].slice(mid).join("")}`;
    head.push(`${b}${pick(r, tails)} ${b}${pick(r, tails)} 关于${b} ${b}${pick(r, tails)} 最新消息 ${b}${pick(r, tails)}`);
    foot.push(`${b}${pick(r, tails)}|${b}${pick(r, tails)}|${b}${pick(r, tails)}`);
  }
  const input = [...head, title, ...paras, ...foot].join("\n\n");
  return { family: `${traditional ? "zh-Hant " : ""}${family}`, format: "text", input, title: a.title, body: paragraphsOf(a.body).join("\n\n") };
}

const EN_LURES = ["slot gacor", "judi online", "casino login", "link alternatif", "daftar slot", "situs judi bola", "online casino bonus", "togel hari ini"];

/** English page with casino/slot/judi spam: a stuffed header and footer, a spam title and
 *  a brand + lure inserted after a comma in every other paragraph. */
export function enVariant(a: Article, r: () => number): Variant {
  const b = `${pick(r, ["Maxwin", "Royal", "Gacor", "Lucky", "Mega", "Jackpot", "Hoki", "Sultan"])}${Math.floor(r() * 900) + 10}`;
  const lure = () => `${b} ${pick(r, EN_LURES)}`;
  const paras = paragraphsOf(a.body).map((p, i) => {
    if (i % 2 === 1) return p;
    const commas = [...p.matchAll(/, /g)];
    if (commas.length === 0) return p;
    const at = pick(r, commas).index! + 2;
    return `${p.slice(0, at)}${lure()} ${p.slice(at)}`;
  });
  const title = `${b} | ${a.title} | ${pick(r, EN_LURES)}`;
  const head = `${lure()} | ${lure()} | ${lure()} | Daftar ${b}`;
  const foot = `Copyright ${b} ${pick(r, EN_LURES)} ${pick(r, EN_LURES)} ${pick(r, EN_LURES)}`;
  const input = [head, title, ...paras, foot].join("\n\n");
  return { family: "en casino/slot/judi", format: "text", input, title: a.title, body: paragraphsOf(a.body).join("\n\n") };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An HTML parasite page: spam <title>, keyword meta, a hidden keyword block, a spam nav,
 *  decorated paragraphs with a brand inserted, and a link-farm footer. */
export function htmlVariant(a: Article, r: () => number): Variant {
  const b = brand(r);
  const deco = decoration(r);
  const site = () => b + pick(r, SITE_TAILS);
  const paras = insertBrand(paragraphsOf(a.body), r, site).map((p) => decorate(p, r, deco));
  const links = Array.from({ length: 8 }, () => `<a href="/${Math.floor(r() * 1e6)}.html">${esc(site())}</a>`).join(" ");
  const input = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(site())}-${esc(a.title)}</title>
<meta name="keywords" content="${esc(site())},${esc(site())},${esc(site())}"></head><body>
<div class="top"><a href="/">${esc(site())}</a> <a href="/a">${esc(site())}</a> <a href="/b">最新消息</a> <a href="/c">${esc(site())}</a></div>
<div style="display:none">${esc(site())}${esc(site())}${esc(site())}</div>
<div class="main"><h1>${esc(site())}${esc(a.title)}</h1>
${paras.map((p) => `<p>${esc(p)}</p>`).join("\n")}
</div>
<div class="links">${links}</div>
<div class="foot">${esc(site())} 版权所有</div>
</body></html>`;
  return { family: "html parasite", format: "html", input, title: a.title, body: paragraphsOf(a.body).join("\n\n") };
}

/** Letters of a string spaced out ("金 银 a b 1 2 官 网"), as parasite spam writes its brands
 *  to dodge keyword filters. */
const spaced = (s: string) => [...s].join(" ");
/** Latin letters swapped for Cyrillic look-alikes (а е о с р х). */
const CYRILLIC: Record<string, string> = { a: "\u0430", e: "\u0435", o: "\u043e", c: "\u0441", p: "\u0440", x: "\u0445" };
const lookalike = (s: string, r: () => number) => s.replace(/[aeocpx]/g, (c) => (r() < 0.5 ? CYRILLIC[c]! : c));

/** Brand compounds written letter-spaced and with full-width letters, inserted mid-sentence in
 *  a Chinese article, plus a spaced spam title; in an English article, lures written with
 *  Cyrillic look-alikes or letter-spaced. */
export function spacedVariant(a: Article, r: () => number, english: boolean): Variant {
  if (english) {
    const b = `${pick(r, ["Maxwin", "Royal", "Gacor", "Lucky", "Mega", "Hoki"])}${Math.floor(r() * 900) + 10}`;
    const lure = () => (r() < 0.5 ? `${b} ${lookalike(pick(r, EN_LURES), r)}` : `${b} ${pick(r, EN_LURES).split(" ").map(spaced).join("  ")}`);
    const paras = paragraphsOf(a.body).map((p, i) => {
      const commas = [...p.matchAll(/, /g)];
      if (i % 2 === 1 || commas.length === 0) return p;
      const at = pick(r, commas).index! + 2;
      return `${p.slice(0, at)}${lure()} ${p.slice(at)}`;
    });
    const input = [`${lure()} | ${lure()} | ${lure()}`, `${b} | ${a.title} | ${lookalike("casino login", r)}`, ...paras].join("\n\n");
    return { family: "en spaced/look-alike", format: "text", input, title: a.title, body: paragraphsOf(a.body).join("\n\n") };
  }
  const b = brand(r);
  const fullWidth = (s: string) => s.replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const compound = () => {
    const c = b + pick(r, SITE_TAILS);
    return r() < 0.5 ? spaced(c) : spaced(fullWidth(c));
  };
  const paras = insertBrand(paragraphsOf(a.body), r, compound);
  const input = [`${compound()} ${compound()} ${compound()}`, `${compound()}${a.title}`, ...paras].join("\n\n");
  return { family: "zh spaced/full-width", format: "text", input, title: a.title, body: paragraphsOf(a.body).join("\n\n") };
}

/** The parasite-post shape of the real samples, with new brands and contact codes: a wrapper
 *  line (contact blocks around a keyword title, decorations, a "type this address" prompt)
 *  above the copied article, image lines, and the wrapper again below. */
export function wrappedVariant(a: Article, r: () => number): Variant {
  const b = brand(r).replace(/[a-z0-9]+$/, "");
  const deco = decoration(r);
  const code = () => `${Math.floor(r() * 9000) + 1000} · ${pick(r, ["CC", "VIP", "HK", "bz"])}`;
  const keyword = `${b}${pick(r, ["是做什么的", "靠谱吗", "怎么样", "官网入口"])}`;
  const wrapper = `${deco}【网址:${code()}】${deco}${keyword}${deco}【网址:${code()}】${deco}<浏览器手动输入网址>`;
  const input = [`${wrapper} ${a.title}`, `<img src="https://img.example.com/${Math.floor(r() * 1e6)}.jpg" />`, ...paragraphsOf(a.body), wrapper].join("\n");
  return { family: "wrapped parasite post", format: "text", input, title: a.title, body: paragraphsOf(a.body).join("\n\n") };
}

/** A pure advertisement (no article): lure sentences with a site, contact handles, bonuses;
 *  or a link farm. The clean result must be empty. */
export function adVariant(r: () => number): Variant {
  const b = brand(r).replace(/[a-z0-9]+$/, "");
  const site = `${pick(r, ["vip", "www", "m"])}${Math.floor(r() * 900000) + 100000}.${pick(r, ["com", "cc", "net", "top"])}`;
  if (r() < 0.3) {
    const host = `${pick(r, ["wap", "m", "h5"])}.${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join("")}.cn`;
    const input = Array.from({ length: 8 + Math.floor(r() * 8) }, () => `<${host}/blog/${Math.floor(r() * 1e6)}.PDF>`).join("\n");
    return { family: "pure ad / link farm", format: "text", input: `${b}娱乐官网版下载\n${input}`, title: "", body: "" };
  }
  const lines = [
    `${b}娱乐是一家正规${pick(r, ["博彩", "彩票", "真人"])}平台，官网：${site}，${pick(r, ["注册送金", "首存即送", "极速开户"])}。`,
    `玩家可以在线体验${pick(r, ["百家乐", "老虎机", "体育投注", "捕鱼"])}和${pick(r, ["六合彩", "时时彩", "快三"])}，返水高达${1 + Math.floor(r() * 3)}%起。`,
    `客服${pick(r, ["飞机", "微信", "QQ"])}：${pick(r, ["@", ""])}${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join("")}，${b}官方入口：${site}`,
    `随时随地，手机也能玩，${b}娱乐欢迎您！`,
  ];
  return { family: "pure ad / link farm", format: "text", input: lines.join("\n"), title: "", body: "" };
}

/** Letters+digits brand codes the way gambling sites write them (k8, KY88, jd129, 365). */
function siteCode(r: () => number): string {
  const letters = Array.from({ length: 1 + Math.floor(r() * 3) }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join("");
  const code = `${letters}${Math.floor(r() * (r() < 0.5 ? 10 : 1000))}`;
  return r() < 0.5 ? code.toUpperCase() : code;
}
const SITE_NAME_TAILS = ["国际", "国际官网", "官网", "娱乐", "娱乐平台", "平台", "登录入口", "官方网站", "app", "娱乐官网"];
const SITE_NAME_TAILS_HANT = ["國際", "國際官網", "官網", "娛樂", "娛樂平台", "平台", "登錄入口", "官方網站", "app"];

/** A page whose <title> (and, half the time, <h1>) is nothing but a gambling site's name:
 *  a brand with a letters+digits code and site words ("凯发k8国际_K8凯发国际官网"), over a
 *  real article. Brand, code, order and script vary; the right title is none at all. */
export function siteNameTitleVariant(a: Article, r: () => number, traditional: boolean): Variant {
  const name = brand(r, traditional).replace(/[a-z0-9]+$/, "");
  const code = siteCode(r);
  const tails = traditional ? SITE_NAME_TAILS_HANT : SITE_NAME_TAILS;
  const form = () => (r() < 0.5 ? `${name}${code}${pick(r, tails)}` : `${code}${name}${pick(r, tails)}`);
  const title = r() < 0.5 ? `${form()}_${form()}` : form();
  const h1 = r() < 0.5 ? `<h1>${esc(form())}</h1>` : "";
  const input = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<div class="main">${h1}
${paragraphsOf(a.body).map((p) => `<p>${esc(p)}</p>`).join("\n")}
</div></body></html>`;
  return { family: `site-name title${traditional ? " (zh-Hant)" : ""}`, format: "html", input, title: "", body: paragraphsOf(a.body).join("\n\n") };
}

const SHOP_NOUNS = ["化妆品", "护肤品", "旗舰店", "专卖店", "有限公司", "装饰", "家具", "贷款", "保健品", "商城"];
const SHOP_NOUNS_HANT = ["化妝品", "護膚品", "旗艦店", "專賣店", "有限公司", "裝修", "珠寶", "貸款", "商城"];
const SHOP_NAME_CHARS = "诗婷露雅兰芝悦颜美澜馨蔻卡梵希柔肌莎丽缇慕思蓝月瑶琪";
const BRACKETS: Array<[string, string]> = [["[", "]"], ["【", "】"], ["〔", "〕"], ["［", "］"], ["（", "）"]];

/** A commercial name in brackets injected before the real headline ("[<name>化妆品]<title>"),
 *  the name found nowhere in the article; or a coded gambling brand in brackets. Declared
 *  by the container half the time, the dump's first line otherwise. */
export function titlePrefixVariant(a: Article, r: () => number, traditional: boolean): Variant {
  const chars = [...SHOP_NAME_CHARS];
  const shop = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, chars)).join("");
  const inner = r() < 0.8 ? `${shop}${pick(r, traditional ? SHOP_NOUNS_HANT : SHOP_NOUNS)}` : `${brand(r, traditional).replace(/[a-z0-9]+$/, "")}${siteCode(r)}${pick(r, traditional ? SITE_NAME_TAILS_HANT : SITE_NAME_TAILS)}`;
  const [open, close] = pick(r, BRACKETS);
  const spamTitle = `${open}${inner}${close}${a.title}`;
  const body = paragraphsOf(a.body);
  const declared = r() < 0.5;
  return {
    family: `bracketed prefix title${traditional ? " (zh-Hant)" : ""}`,
    format: "text",
    input: (declared ? body : [spamTitle, ...body]).join("\n\n"),
    ...(declared ? { declaredTitle: spamTitle } : {}),
    title: a.title,
    body: body.join("\n\n"),
  };
}

const EDITORIAL_LABELS = ["直播", "快讯", "独家", "视频", "专访", "更新", "图集", "評論", "獨家", "專訪", "有片", "影片"];

/** Clean controls: a legitimate bracketed label before the headline, which must stay — an
 *  editorial label (【直播】, [视频], 【獨家】), a story tag made of the article's own words
 *  (【<4 chars of the text>】), or a company tag naming a company the article names
 *  (【<name from the text>有限公司】). */
export function labelledTitleControl(a: Article, r: () => number): Variant {
  const body = paragraphsOf(a.body);
  const han = [...a.body.matchAll(/\p{Script=Han}{4,}/gu)].map((m) => m[0]);
  const kind = r();
  let label: string;
  if (kind < 0.5 || han.length === 0) label = pick(r, EDITORIAL_LABELS);
  else {
    const run = pick(r, han);
    const at = Math.floor(r() * ([...run].length - 3));
    const word = [...run].slice(at, at + 4).join("");
    label = kind < 0.8 ? word : `${word.slice(0, 2)}${pick(r, SHOP_NOUNS)}`;
  }
  const [open, close] = pick(r, BRACKETS);
  const title = `${open}${label}${close}${a.title}`;
  return { family: "labelled title", format: "text", input: [title, ...body].join("\n\n"), title, body: body.join("\n\n") };
}
