import { readFileSync } from "node:fs";
import type { BenchDoc, CleanArticle } from "./articles.js";
import { containsTerm, hkToSimplified, judgeFold } from "./fold-judge.js";
import { segment } from "@wenku/analyze";
import { mulberry32 } from "../../support/prng.js";

/** A benchmark query: its group, its text, and which documents are relevant. */
export interface Query {
  group: string;
  text: string;
  relevant: (doc: BenchDoc) => boolean;
  /** For known-item queries: the one article sought. */
  target?: string;
}

const random = mulberry32;

/** The corpora written in English. */
const ENGLISH = new Set<CleanArticle["corpus"]>(["bbc", "reuters"]);

const EN_STOP = new Set("the and for with from that this have has had will would says said over after into about more than their they were been what when which while also amid back down make makes made".split(" "));

/** Chinese function words and fillers nobody types when looking for an article. */
const ZH_STOP = new Set("我们 他们 你们 这个 那个 一个 没有 可以 已经 进行 表示 认为 以及 因为 所以 但是 如果 就是 还是 这些 那些 其中 自己 目前 同时 通过 对于 关于 今天 今年 昨天 记者 报道 我們 他們 這個 那個 一個 沒有 可以 已經 進行 表示 認為 以及 因為 所以 但是 如果 就是 還是 這些 那些 其中 自己 目前 同時 通過 對於 關於 今天 今年 昨天 記者 報道".split(" "));

/** The Han words (2–4 characters, no stop word) of a text, as jieba cuts it, in order. */
function hanWords(text: string): string[] {
  return segment(text)
    .map((w) => text.slice(w.start, w.end))
    .filter((w) => /^\p{Script=Han}{2,4}$/u.test(w) && !ZH_STOP.has(w));
}

/**
 * Known-item queries: what a researcher half-remembers of one article, typed as words.
 * Chinese: two words of the title and one word of the text that is not in the title (words as
 * jieba cuts them, 2–4 characters, stop words left out; people type words, not character
 * windows across word boundaries); English: two title words and one longer text word. Targets
 * are drawn with a fixed seed from the given articles (the 10k sample, so every set contains
 * them).
 */
export function knownItem(articles: CleanArticle[], corpus: CleanArticle["corpus"], n: number, seed: number): { text: string; target: string; article: CleanArticle }[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pool = articles.filter((a) => a.corpus === corpus);
  const out: { text: string; target: string; article: CleanArticle }[] = [];
  const used = new Set<string>();
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const a = pick(pool);
    if (used.has(a.key)) continue;
    let text: string | undefined;
    if (ENGLISH.has(corpus)) {
      const titleWords = a.title.toLowerCase().match(/[a-z]{4,}/g)?.filter((w) => !EN_STOP.has(w)) ?? [];
      const bodyWords = a.text.toLowerCase().match(/[a-z]{7,}/g)?.filter((w) => !EN_STOP.has(w)) ?? [];
      if (titleWords.length < 2 || bodyWords.length === 0) continue;
      const i = Math.floor(rnd() * (titleWords.length - 1));
      text = `${titleWords[i]} ${titleWords[i + 1]} ${pick(bodyWords)}`;
    } else {
      const titleWords = [...new Set(hanWords(a.title))];
      if (titleWords.length < 2) continue;
      const i = Math.floor(rnd() * (titleWords.length - 1));
      const bodyWords = hanWords(a.text).filter((w) => !a.title.includes(w));
      if (bodyWords.length === 0) continue;
      text = `${titleWords[i]} ${titleWords[i + 1]} ${pick(bodyWords)}`;
    }
    used.add(a.key);
    out.push({ text, target: a.key, article: a });
  }
  return out;
}

/**
 * The base form a person would type for an inflected English word of an article ("banks" →
 * bank, "raised" → raise, "rising" → rise, "studies" → study), when that form is itself a
 * word of the corpus; else undefined.
 */
function baseForm(word: string, vocabulary: Set<string>): string | undefined {
  const candidates: string[] = [];
  if (word.endsWith("ies")) candidates.push(word.slice(0, -3) + "y");
  else if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) candidates.push(word.slice(0, -1));
  if (word.endsWith("ed")) candidates.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("ing")) candidates.push(word.slice(0, -3), word.slice(0, -3) + "e");
  return candidates.find((c) => c.length >= 4 && vocabulary.has(c));
}

/**
 * Known-item queries typed from memory rather than copied: one word of the title and one of
 * the text, at least one of them in another form than the article's (its base form, as people
 * type words they remember: "bank rate" for an article about banks raising rates). English
 * only: Chinese words do not inflect.
 */
export function knownItemOtherForms(articles: CleanArticle[], corpus: CleanArticle["corpus"], n: number, seed: number): { text: string; target: string; article: CleanArticle }[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pool = articles.filter((a) => a.corpus === corpus);
  const words = (text: string, min: number) => text.toLowerCase().match(new RegExp(`[a-z]{${min},}`, "g"))?.filter((w) => !EN_STOP.has(w)) ?? [];
  const vocabulary = new Set(pool.flatMap((a) => words(`${a.title} ${a.text}`, 4)));
  const out: { text: string; target: string; article: CleanArticle }[] = [];
  const used = new Set<string>();
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    const a = pick(pool);
    if (used.has(a.key)) continue;
    const titleWords = [...new Set(words(a.title, 4))];
    const bodyWords = [...new Set(words(a.text, 5))].filter((w) => !titleWords.includes(w));
    if (titleWords.length === 0 || bodyWords.length === 0) continue;
    const inflectedTitle = titleWords.filter((w) => baseForm(w, vocabulary));
    const inflectedBody = bodyWords.filter((w) => baseForm(w, vocabulary));
    if (inflectedTitle.length + inflectedBody.length === 0) continue;
    // One of the two words is typed in its base form; which one is drawn.
    const fromTitle = inflectedBody.length === 0 || (inflectedTitle.length > 0 && rnd() < 0.5);
    const t = fromTitle ? pick(inflectedTitle) : pick(titleWords);
    const b = fromTitle ? pick(bodyWords) : pick(inflectedBody);
    const text = fromTitle ? `${baseForm(t, vocabulary)} ${b}` : `${t} ${baseForm(b, vocabulary)}`;
    used.add(a.key);
    out.push({ text, target: a.key, article: a });
  }
  return out;
}

/** Whitespace-free text: two documents with the same title and text are copies of one article. */
const squeeze = (s: string) => s.replace(/\s+/g, "");

/** Share of the shorter text's 8-character shingles (whitespace dropped, lower case) found in
 *  the longer: 1 for a text inside the other, about 1 for one fixed typo. */
function containment(a: string, b: string): number {
  const grams = (s: string) => {
    const t = squeeze(s).toLowerCase();
    const out = new Set<string>();
    for (let i = 0; i + 8 <= t.length; i++) out.add(t.slice(i, i + 8));
    return out;
  };
  const [x, y] = [grams(a), grams(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

/**
 * The articles that are the same article as a given one: the same text under any headline, or a
 * repost of it (the same title or the same opening, and 90% of the shorter text's shingles in
 * the longer: a typo fixed, a paragraph added). Judged on the texts alone, the same for every
 * engine; wenku's own near-duplicate detection plays no part.
 */
export function repostsOf(articles: CleanArticle[]): (a: CleanArticle) => Set<string> {
  const byKey = new Map<string, CleanArticle[]>();
  const add = (key: string, a: CleanArticle) => byKey.set(key, [...(byKey.get(key) ?? []), a]);
  for (const a of articles) {
    add(`text\n${a.corpus}\n${squeeze(a.text)}`, a);
    add(`title\n${a.corpus}\n${squeeze(a.title).toLowerCase()}`, a);
    add(`opening\n${a.corpus}\n${squeeze(a.text).slice(0, 60)}`, a);
  }
  return (a) => {
    const same = new Set([a.key, ...(byKey.get(`text\n${a.corpus}\n${squeeze(a.text)}`) ?? []).map((c) => c.key)]);
    const candidates = [...(byKey.get(`title\n${a.corpus}\n${squeeze(a.title).toLowerCase()}`) ?? []), ...(byKey.get(`opening\n${a.corpus}\n${squeeze(a.text).slice(0, 60)}`) ?? [])];
    for (const c of candidates) if (!same.has(c.key) && containment(a.text, c.text) >= 0.9) same.add(c.key);
    return same;
  };
}

/** English names of entities and concepts that Chinese news writes in Chinese; a Chinese
 *  document is relevant when it contains one of the Chinese forms. Written for this benchmark
 *  from general knowledge, not from wenku's gazetteer. */
const EN_FOR_ZH: [string, string[]][] = [
  ["Xi Jinping", ["习近平"]],
  ["Hong Kong", ["香港"]],
  ["Legislative Council", ["立法会"]],
  ["United Nations", ["联合国"]],
  ["World Health Organization", ["世界卫生组织", "世卫组织", "世卫"]],
  ["Huawei", ["华为"]],
  ["Tencent", ["腾讯"]],
  ["Alibaba", ["阿里巴巴"]],
  ["Belt and Road", ["一带一路"]],
  ["European Union", ["欧盟", "欧洲联盟"]],
  ["Russia", ["俄罗斯"]],
  ["Ukraine", ["乌克兰"]],
  ["Carrie Lam", ["林郑月娥", "林郑"]],
  ["Taiwan", ["台湾"]],
  ["Olympics", ["奥运", "奥林匹克"]],
  ["Hang Seng Index", ["恒生指数", "恒指"]],
  ["Federal Reserve", ["美联储"]],
  ["NATO", ["北约"]],
  ["Tesla", ["特斯拉"]],
  ["Singapore", ["新加坡"]],
];

/** More English names, held out: written by a colleague who had not read wenku's gazetteer or
 *  thesaurus (en-zh-held-out.json says how), so that names wenku knows because its makers saw
 *  the list above are not all this measures. */
const EN_FOR_ZH_HELD_OUT = (JSON.parse(readFileSync(new URL("./en-zh-held-out.json", import.meta.url), "utf8")) as { names: { en: string; zh: string[] }[] }).names;

/** Mixed Latin/digit/Han tokens as they appear in news; relevant = the document contains the
 *  token (folded; Latin edges must be token edges). */
const MIXED = ["5G基站", "C919", "PM2.5", "G20", "5G", "新冠疫苗", "COVID-19", "APEC", "WTO", "CPI", "A股", "GDP", "iPhone", "3D打印", "F1", "H股", "4G网络", "B站", "AI", "2022年冬奥会"];

export function corpusQueries(articles: CleanArticle[], sample: CleanArticle[], perGroup: number): Query[] {
  const queries: Query[] = [];
  // The corpora repeat some articles (hkcnews serves one story at several addresses, CCTV
  // repeats bulletins, the BBC set has one report under two headlines, "Italy 8-38 Wales" and
  // "Wales win in Rome", and reposts with a typo fixed or a paragraph added): a copy of the
  // sought article is the sought article, whatever its headline (see repostsOf).
  const copies = repostsOf(articles);
  const item = (group: string, q: { text: string; target: string; article: CleanArticle }) => {
    const same = copies(q.article);
    queries.push({ group, text: q.text, target: q.target, relevant: (d) => same.has(d.article) });
  };
  for (const q of knownItem(sample, "cctv", perGroup, 1)) item("known item, Simplified (cctv)", q);
  for (const q of knownItem(sample, "hkcnews", perGroup, 2)) item("known item, Traditional (hkcnews)", q);
  for (const q of knownItem(sample, "bbc", perGroup, 3)) item("known item, English (bbc)", q);
  for (const q of knownItemOtherForms(sample, "bbc", perGroup, 5)) item("known item, English, other word forms (bbc)", q);
  // Simplified queries for Traditional articles: other targets, converted with OpenCC hk2s;
  // only queries the conversion changes (else they test nothing new).
  let s2t = 0;
  for (const q of knownItem(sample, "hkcnews", perGroup * 3, 4)) {
    const simplified = hkToSimplified(q.text);
    if (simplified === q.text || s2t >= perGroup) continue;
    s2t++;
    item("Simplified query, Traditional article", { ...q, text: simplified });
  }
  const folded = new Map<BenchDoc | CleanArticle, string>();
  const foldOf = (d: BenchDoc) => {
    let f = folded.get(d);
    if (f === undefined) folded.set(d, (f = judgeFold(`${d.title}\n${d.text}`, d.corpus === "hkcnews")));
    return f;
  };
  const names = (group: string, list: { en: string; zh: string[] }[]) => {
    for (const { en, zh } of list.slice(0, perGroup)) {
      // Written in either script: compared folded as the documents are.
      const forms = zh.map((z) => judgeFold(z, true));
      queries.push({ group, text: en, relevant: (d) => d.corpus !== "bbc" && forms.some((z) => foldOf(d).includes(z)) });
    }
  };
  names("English name, Chinese articles", EN_FOR_ZH.map(([en, zh]) => ({ en, zh })));
  names("English name, Chinese articles, held out", EN_FOR_ZH_HELD_OUT);
  for (const token of MIXED.slice(0, perGroup)) {
    const t = judgeFold(token, false);
    queries.push({ group: "mixed tokens (5G基站, C919, PM2.5…)", text: token, relevant: (d) => containsTerm(foldOf(d), t) });
  }
  return queries;
}
