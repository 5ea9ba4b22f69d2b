/**
 * Mines names from the corpora into packages/analyze/data/mined-names.json (gazetteer format,
 * loaded by the analyzer as a lexicon that ranks below every rule; see the package README).
 *
 *   node_modules/.bin/tsx eval/analyze/build-mined-names.ts [--every N] [--min-docs N] [--min-share X] [--dry-run] [--show N]
 *
 * A name is kept when the analyzer's rules (not the gazetteer, not this lexicon) found it:
 * - in at least --min-docs documents (default 4) of the sample, one type in ≥ 90% of its mentions;
 * - in at least --min-share (default 0.5) of all the places the string occurs in the sample
 *   (a common word the rules took for a name once or twice occurs far more often as a word);
 * - Latin names: written with a capital in ≥ 95% of their occurrences (not "total", "shell"),
 *   at least 3 letters; Han names at least 2 characters; no digits; unknown to the gazetteer.
 * Two more channels, for names no rule finds: Chinese bodies by their ending (农业农村部) and places
 * jieba's dictionary tags ns that the corpus writes before a place ending (珠江流域); their checks
 * are in the comments below.
 * The sample is every Nth article of each corpus (default: every 2nd Chinese article, every BBC
 * article), WITHOUT the articles of any labels*.txt file (dev and every held-out round), so the
 * scores of the gold are not scores on the mining input.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { analyze, defaultGazetteer, foldForSearch, Gazetteer, toSourceSpan, type GazetteerEntry } from "@wenku/analyze";
import { matcherFor } from "../../packages/analyze/src/entities/alias-matcher.js";
import { corpusAvailable, corpusLines, readArticle } from "./corpus.js";

const jieba = createRequire(fileURLToPath(new URL("../../packages/analyze/package.json", import.meta.url)))("nodejieba") as {
  tag(s: string): { word: string; tag: string }[];
};
const JIEBA_TYPE: Record<string, string> = { nr: "PERSON", nrt: "PERSON", nrfg: "PERSON", ns: "PLACE", nt: "ORG" };
// Tags that say nothing about the type: a word jieba's HMM found (x), a proper noun of no class
// (nz), an abbreviation (j), Latin (eng).
const isNeutralTag = (tag: string) => tag === "x" || tag === "nz" || tag === "j" || tag === "eng";
const HERE = fileURLToPath(new URL(".", import.meta.url));
const OUT = fileURLToPath(new URL("../../packages/analyze/data/mined-names.json", import.meta.url));
const FILES = ["cctv-xwlb.jsonl.gz", "hkcnews-zh-hant-20k.jsonl.gz", "bbc-news.jsonl.gz"];

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EVERY_ZH = arg("--every", 2);
const MIN_DOCS = arg("--min-docs", 4);
const MIN_SHARE = arg("--min-share", 0.5);
const TYPE_SHARE = 0.9;
const CAPITAL_SHARE = 0.95;
const SHOW = arg("--show", 0);

if (!corpusAvailable()) {
  console.log("build-mined-names: /work/shared/data/corpus is absent; nothing mined.");
  process.exit(0);
}

// Articles of the gold: never mined.
const gold = new Set<string>();
for (const f of readdirSync(HERE).filter((n) => /^labels.*\.txt$/.test(n)))
  for (const line of readFileSync(HERE + f, "utf8").split("\n"))
    if (line.startsWith("doc ")) gold.add(line.split(/\s+/).slice(1, 3).join(" "));

interface Stat {
  surfaces: Map<string, number>;
  types: Map<string, number>;
  docs: number;
  lastDoc: number;
  raw: number;
  lower: number;
  covered: number;
}
const stats = new Map<string, Stat>();
const docs: { text: string; spans: [number, number, string][] }[] = [];
const key = (s: string) => foldForSearch(s).text;

// Chinese bodies by their ending (农业农村部, 渭滨公安分局, 中央网信办), a channel of their own
// because no rule finds a body whose owner word is missing: every run of 2 to 6 Han characters
// that starts and ends on jieba word boundaries and ends in a body ending is counted, with the
// character before it. A name is a string that stands on its own: written after many different
// characters (not 村部, always after 农业农), in many documents.
const BODY_ENDING = /(?:委员会|委員會|总局|總局|分局|部|局|委|办|辦|署|厅|廳)(?![门門长長队隊分位件落下属屬会會员員托婉屈公理法事好学學名势勢面])/gu;
interface Body {
  n: number;
  docs: number;
  lastDoc: number;
  before: Map<string, number>;
  surfaces: Set<string>;
}
const bodies = new Map<string, Body>();
// The word that ends in the ending must be the ending itself or a longer body word (农村部,
// 公安分局), never a two-character word that only ends in the same character (干部, 部署's 署 in
// 签署, 当局, 北部, 举办).
const FUNCTION_START = /^[在向对對到与與和同及的是被已于於从從由把将將为為令使给給跟]/u;
function countBodies(text: string, words: { start: number; end: number }[], docId: number): void {
  const boundary = new Set<number>();
  const wordEndingAt = new Map<number, number>();
  for (const w of words) {
    boundary.add(w.start).add(w.end);
    wordEndingAt.set(w.end, w.start);
  }
  for (const m of text.matchAll(BODY_ENDING)) {
    const end = m.index! + m[0].length;
    if (!boundary.has(end)) continue;
    const lastLength = end - (wordEndingAt.get(end) ?? end);
    if (lastLength !== m[0].length && lastLength < 3) continue;
    for (let len = 2; len <= 6; len++) {
      const start = m.index! - len;
      if (start < 0 || !/^\p{Script=Han}+$/u.test(text.slice(start, m.index!))) break;
      if (!boundary.has(start) || FUNCTION_START.test(text[start]!)) continue;
      const k = key(text.slice(start, end));
      let b = bodies.get(k);
      if (!b) bodies.set(k, (b = { n: 0, docs: 0, lastDoc: -1, before: new Map(), surfaces: new Set() }));
      b.surfaces.add(text.slice(start, end));
      b.n++;
      if (b.lastDoc !== docId) {
        b.docs++;
        b.lastDoc = docId;
      }
      const prev = text[start - 1] ?? "^";
      b.before.set(prev, (b.before.get(prev) ?? 0) + 1);
    }
  }
}

// Places jieba's dictionary tags ns (珠江, 太湖, 张家口), confirmed by the corpus: the word is
// written right before a place ending or a geographic word (张家口赛区, 珠江流域, 太湖水域) in
// several documents. jieba's dictionary also tags ordinary words ns (深度, 维度), which are
// never written so; the analyzer's own POS rule needs such an ending in the same token.
const PLACE_CONTEXT = /(?:市|县|縣|省|地区|地區|流域|一带|一帶|境内|境內|沿岸|水域|赛区|賽區|江段|河段|湖区|湖區)/gu;
interface Place {
  n: number;
  /** Occurrences after punctuation or a function word (在张家口, 、珠江): the word starts there. */
  cleanLeft: number;
  docs: number;
  lastDoc: number;
  surfaces: Set<string>;
}
const places = new Map<string, Place>();
const nsCache = new Map<string, boolean>();
const isDictPlace = (k: string) => {
  let v = nsCache.get(k);
  if (v === undefined) {
    const t = jieba.tag(k);
    nsCache.set(k, (v = t.length === 1 && t[0]!.tag === "ns"));
  }
  return v;
};
function countPlaces(text: string, docId: number): void {
  for (const m of text.matchAll(PLACE_CONTEXT)) {
    for (let len = 2; len <= 4; len++) {
      const start = m.index! - len;
      const surface = text.slice(Math.max(0, start), m.index!);
      if (start < 0 || !/^\p{Script=Han}+$/u.test(surface)) break;
      const k = key(surface);
      if (!isDictPlace(k)) continue;
      let p = places.get(k);
      if (!p) places.set(k, (p = { n: 0, cleanLeft: 0, docs: 0, lastDoc: -1, surfaces: new Set() }));
      p.n++;
      const prev = text[start - 1] ?? "";
      if (!/\p{Script=Han}/u.test(prev) || /[在到赴从從和与與及同向对對于於至往经經]/u.test(prev)) p.cleanLeft++;
      p.surfaces.add(surface);
      if (p.lastDoc !== docId) {
        p.docs++;
        p.lastDoc = docId;
      }
    }
  }
}

const cpu0 = process.cpuUsage();
for (const file of FILES) {
  const n = corpusLines(file).filter((l) => l.trim()).length;
  const every = file.startsWith("bbc") ? 1 : EVERY_ZH;
  for (let line = 0; line < n; line += every) {
    if (gold.has(`${file} ${line}`)) continue;
    const text = readArticle(file, line).body;
    if (!text) continue;
    const { entities, words } = analyze(text, { minedNames: null });
    const docId = docs.length;
    if (!file.startsWith("bbc")) {
      countBodies(text, words, docId);
      countPlaces(text, docId);
    }
    docs.push({ text, spans: entities.map((e) => [e.start, e.end, e.type]) });
    for (const e of entities) {
      if (e.source === "gazetteer" || e.type === "PRODUCT") continue;
      const k = key(e.text);
      let s = stats.get(k);
      if (!s) stats.set(k, (s = { surfaces: new Map(), types: new Map(), docs: 0, lastDoc: -1, raw: 0, lower: 0, covered: 0 }));
      s.surfaces.set(e.text, (s.surfaces.get(e.text) ?? 0) + 1);
      s.types.set(e.type, (s.types.get(e.type) ?? 0) + 1);
      if (s.lastDoc !== docId) {
        s.docs++;
        s.lastDoc = docId;
      }
    }
  }
}

const top = <T>(m: Map<T, number>) => [...m].sort((a, b) => b[1] - a[1])[0]!;
const total = (m: Map<unknown, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const base = defaultGazetteer();
const candidates: GazetteerEntry[] = [];
for (const [k, s] of stats) {
  const [type, n] = top(s.types);
  const [surface] = top(s.surfaces);
  const latin = /^[A-Za-z]/.test(surface);
  if (s.docs < MIN_DOCS || n / total(s.types) < TYPE_SHARE || /\d/.test(k)) continue;
  if (latin ? surface.length < 3 || !/^[A-Z]/.test(surface) : !/^\p{Script=Han}{2,}$/u.test(surface)) continue;
  if (base.resolve(surface)) continue;
  if (/^[东南西北中华远近上下内外東華遠內]+$/u.test(surface)) continue; // compass regions, as below
  // A surname alone (Robinson, Wood) names a different person in every story.
  if (latin && type === "PERSON" && !/\s/.test(surface)) continue;
  // jieba's dictionary knows the string as one word: an ordinary word (公共场所) or a name of
  // another type (钟南山, a person the 山 ending made a place) is not this name.
  if (!latin) {
    const tags = jieba.tag(k);
    if (tags.length === 1 && !isNeutralTag(tags[0]!.tag) && JIEBA_TYPE[tags[0]!.tag] !== type) continue;
    // A common word + one ending is a kind of body, not a name (安全局, 新闻部, 新政府).
    if (type === "ORG" && k.length === 3) {
      const head = jieba.tag(k.slice(0, 2));
      if (head.length === 1 && !JIEBA_TYPE[head[0]!.tag] && !isNeutralTag(head[0]!.tag)) continue;
    }
  }
  candidates.push({ name: surface, type: type as GazetteerEntry["type"], aliases: [...s.surfaces.keys()] });
}

// Bodies: seen in ≥ 2 × --min-docs documents, after ≥ 4 different characters, no Han character
// before more than half of the occurrences (村部 is nearly always after 农业农); the part before the ending is not one ordinary word
// (公安局, 销售部 and 教育局 are kinds of body, not names).
const minedBodies = new Set<string>();
for (const [k, b] of bodies) {
  const topHan = Math.max(0, ...[...b.before].filter(([c]) => /\p{Script=Han}/u.test(c)).map(([, n]) => n));
  if (b.docs < 2 * MIN_DOCS || b.before.size < 4 || topHan > b.n / 2 || k.length < 4) continue;
  if (base.resolve(k)) continue;
  // Two bodies joined (港澳辦及中聯辦), or a part of a country (中东部, 北部).
  if (/[及和与、]|[东西南北中][部]$/u.test(k)) continue;
  const stem = k.replace(/(?:委员会|总局|分局|部|局|委|办|署|厅)$/u, "");
  const stemTags = jieba.tag(stem);
  if (stemTags.length === 1 && !JIEBA_TYPE[stemTags[0]!.tag] && !isNeutralTag(stemTags[0]!.tag)) continue;
  const whole = jieba.tag(k);
  if (whole.length === 1 && !isNeutralTag(whole[0]!.tag) && whole[0]!.tag !== "nt") continue;
  // Starting with a verb, adverb, pronoun, number or direction: a phrase (成立調查委員會, 作出部署).
  if (/^[vdpcurmqf]/.test(whole[0]!.tag)) continue;
  if (candidates.some((c) => key(c.name) === k)) {
    candidates.splice(candidates.findIndex((c) => key(c.name) === k), 1);
  }
  minedBodies.add(k);
  const surfaces = [...b.surfaces];
  candidates.push({ name: surfaces[0]!, type: "ORG", aliases: surfaces });
}

// Dictionary places confirmed in ≥ --min-docs documents, starting a word in at least half of
// those places (利亚 is nearly always the end of 叙利亚 or 利比亚, 大城 of 大城市).
const minedPlaces = new Set<string>();
for (const [k, p] of places) {
  // Compass regions (东北, 西南, 远东) are directions as often as places: left out.
  if (/^[东南西北中华远近上下内外]+$/u.test(k)) continue;
  if (p.docs < MIN_DOCS || p.cleanLeft < p.n / 2 || base.resolve(k) || candidates.some((c) => key(c.name) === k)) continue;
  minedPlaces.add(k);
  const surfaces = [...p.surfaces];
  candidates.push({ name: surfaces[0]!, type: "PLACE", aliases: surfaces });
}

// Second pass: every occurrence of each candidate string, and how many a rule found as that type.
const lexicon = new Gazetteer(candidates);
const matcher = matcherFor(lexicon);
for (const doc of docs) {
  const folded = foldForSearch(doc.text);
  for (const hit of matcher.matchAll(folded.text)) {
    const s = stats.get(hit.key);
    if (!s) continue; // a body or place mined by its context: no rule statistics
    const [start, end] = toSourceSpan(folded, hit.start, hit.end);
    if (/^[a-z]/.test(doc.text.slice(start, end))) {
      s.lower++;
      continue;
    }
    s.raw++;
    // Found standing alone: 理工大学 inside 香港理工大學 is not this name.
    if (doc.spans.some(([a, b, t]) => a === start && end === b && t === hit.entry.type)) s.covered++;
  }
}

const kept: (GazetteerEntry & { docs: number; share: number })[] = [];
for (const c of candidates) {
  if (minedPlaces.has(key(c.name))) {
    kept.push({ ...c, docs: places.get(key(c.name))!.docs, share: 1 });
    continue;
  }
  if (minedBodies.has(key(c.name))) {
    const b = bodies.get(key(c.name))!;
    kept.push({ ...c, docs: b.docs, share: b.before.size });
    continue;
  }
  const s = stats.get(key(c.name))!;
  const share = s.raw ? s.covered / s.raw : 0;
  const capital = s.raw / (s.raw + s.lower);
  if (share < MIN_SHARE || capital < CAPITAL_SHARE) continue;
  kept.push({ ...c, docs: s.docs, share });
}
kept.sort((a, b) => b.docs - a.docs || a.name.localeCompare(b.name));
const cpu = process.cpuUsage(cpu0);

const byType = (t: string) => kept.filter((k) => k.type === t).length;
console.log(
  `sampled ${docs.length} articles (gold articles excluded: ${gold.size}); ${stats.size} names found by rules; ` +
    `${candidates.length} candidates (${minedBodies.size} bodies by ending, ${minedPlaces.size} dictionary places by context); kept ${kept.length} (ORG ${byType("ORG")}, PERSON ${byType("PERSON")}, PLACE ${byType("PLACE")}); ` +
    `${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s`,
);
if (SHOW) for (const k of kept.slice(0, SHOW)) console.log(`${k.type}\t${k.docs}\t${k.share.toFixed(2)}\t${k.aliases.join(" / ")}`);
if (!process.argv.includes("--dry-run")) {
  const file = {
    sources:
      `Mined by eval/analyze/build-mined-names.ts from every ${EVERY_ZH === 1 ? "" : `${EVERY_ZH}nd `}article of the CCTV and Citizen News corpora and every BBC article, ` +
      `gold articles excluded: names the analyzer's rules found in >= ${MIN_DOCS} documents with one type in >= ${TYPE_SHARE * 100}% of mentions, ` +
      `found as that type in >= ${MIN_SHARE * 100}% of the places the string occurs, Latin names capitalised in >= ${CAPITAL_SHARE * 100}% of them; ` +
      `Chinese bodies by their ending (部, 局, 委员会 …) in >= ${2 * MIN_DOCS} documents after varied characters; places jieba's dictionary tags ns, ` +
      `written before 市/县/流域/赛区 … in >= ${MIN_DOCS} documents. Thresholds and checks: eval/analyze/README.md, "Fifth pass". ` +
      "Aliases are only the surfaces seen (script variants of one folded form). Regenerate, do not edit by hand.",
    entries: kept.map(({ name, type, aliases }) => ({ name, type, aliases })),
  };
  writeFileSync(OUT, JSON.stringify(file, null, 0).replace(/\},\{/g, "},\n{") + "\n");
  console.log(`wrote ${OUT}`);
}
