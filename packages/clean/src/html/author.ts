import type { TextRun } from "./dates.js";

/**
 * The author printed on the page. Chinese pages name their authors in a few fixed ways:
 * a label (作者：X, 文：X, 执笔人：X, 本报记者 X, By X) in the byline above the text or under
 * it; the reporter in brackets closing the article (（记者 X）, （X Y）, （X 上海报道）); a blog
 * or forum footer (由X张贴 @); the editor (编辑：X, 责任编辑：X) as a last resort. Meta tags are
 * often filled with the site's name, so they are weighed by the caller against these.
 * Written here: the maintained byline extractors (trafilatura, htmldate's kin) are Python and
 * read English bylines only.
 */

/** One name: 2–4 Han characters (a middle dot for transcribed names), or Latin words. */
const HAN_NAME = "[\\p{Script=Han}][\\p{Script=Han}·•]{1,3}(?![\\p{Script=Han}\\p{N}])";
const LATIN_NAME = "[A-Z][a-z]+(?:[ .-]+[A-Z][a-z]+){0,3}";
/** Several names, separated by spaces or 、 (a reporter and a photographer, two reporters). */
const NAMES = `(?:${HAN_NAME}(?:[ \\u3000、，,]+${HAN_NAME}){0,4}|${LATIN_NAME}(?:(?:, | and | & )${LATIN_NAME}){0,3})`;

/** A reporter's role opens a byline, after a bracket, a space or a paper's name (河南商报记者 X),
 *  never inside a sentence (告诉记者…). */
const ROLE = "(?:(?<=[报報台社网網电電刊])|(?<![\\p{Script=Han}]))(?:本报|本刊|本台|特约|实习|首席|总台|驻[\\p{Script=Han}]{1,4})?(?:记者|記者|通讯员|通訊員|实习生)";
const LABELLED = new RegExp(
  `(?:(?:作\\s*者|撰\\s*文|执笔人?|執筆人?|发文机关|發文機關|(?<![\\p{Script=Han}])文)[ \\u3000]*[:：]|${ROLE})\\s*(${NAMES})|\\b[Bb]y[: ]+(${LATIN_NAME}(?:(?:, | and | & )${LATIN_NAME}){0,3})`,
  "gu",
);
/** Forum and blog footers: 由X张贴 @, 本贴由X于…发表, 由X发表于. */
const POSTED_BY = new RegExp(`(?<![\\p{Script=Han}])(?:本[贴帖]由|由)\\s*([\\p{Script=Han}][\\p{Script=Han}·•]{1,3}?|[A-Za-z][\\w.-]{2,20})\\s*(?:张贴|張貼|发表|發表|发布|發佈|于|於|@)`, "gu");
const EDITOR = new RegExp(`(?:责任编辑|責任編輯|编辑|編輯)\\s*[:：][ \\u3000]*(${HAN_NAME})`, "gu");
/** （记者 X）, （X Y）, （X 上海报道）, (信报记者 X) closing the article. */
const CLOSING = new RegExp(`[（(][ \\u3000]*(?:[\\p{Script=Han}]{0,6}?${ROLE}[ \\u3000]*)?(${NAMES})(?:[ \\u3000]*[\\p{Script=Han}]{2,4}报道)?[ \\u3000]*[）)]`, "gu");

/** Words that end organisations and places, not people: a bracketed (新华社) is a source. */
const NOT_PERSON = /(?:社|网|網|报|報|台|部|局|会|會|院|厅|廳|委|办|辦|府|处|處|所|中心|公司|集团|集團|频道|頻道|报道|報道|图|圖|摄|攝|完|组|組|团|團|省|市|县|縣|区|區)$/u;
const NOT_NAME_WORD = /^(?:本报|本刊|记者|编辑|来源|作者|责任|发布|时间|日期|原创|转载|供图|摄影|图片|综合|整理|报道|未知|佚名|未完|待续|完|续|admin|管理员)/iu;

/** A job title written like a name after a Latin byline ("By X, Staff Writer"). */
const LATIN_ROLE = /^(?:(?:staff|senior|special|chief|contributing|political|business)\s+)?(?:writers?|reporters?|correspondents?|editors?|contributors?|columnists?)$/i;

function clean(names: string): string | null {
  if (!/\p{Script=Han}/u.test(names)) {
    const latin = names
      .split(/\s*(?:,|\band\b|&)\s*/)
      .map((p) => p.trim())
      .filter((p) => p && !LATIN_ROLE.test(p));
    return latin.length ? latin.join(", ") : null;
  }
  const parts = names
    .trim()
    .split(/[ \u3000、，,]+|\s+and\s+|\s*&\s*/u)
    .filter((p) => p && !/(?:报道|報道|报导|報導)$/u.test(p)); // （X 上海报道）: the place reported from
  if (parts.length === 0) return null;
  for (const p of parts) if (NOT_NAME_WORD.test(p) || (/\p{Script=Han}/u.test(p) && NOT_PERSON.test(p))) return null;
  return parts.join(" ");
}

interface Candidate {
  name: string;
  cost: number;
}

/**
 * Find the author among the page's visible text runs, given where the article sits
 * (`mainStart`..`mainEnd`, positions as in the runs). Labels near the article beat brackets
 * closing it, which beat an editor line; far from the article (navigation, related lists,
 * other posts) nothing counts.
 */
export function visibleAuthor(runs: TextRun[], mainStart: number, mainEnd: number): string | null {
  // Runs joined with a separator, so "作者：" and the name in the next element still meet.
  let text = "";
  const at: number[] = []; // position in `text` of each run's start
  for (const r of runs) {
    at.push(text.length);
    // Runs are separated by a newline: names in one run may be space-separated, but a name
    // list never runs on into the next element.
    text += r.text.replace(/\s+/g, " ") + "\n";
  }
  const toText = (pos: number) => {
    let i = 0;
    while (i < runs.length && runs[i]!.pos < pos) i++;
    return i < runs.length ? at[i]! : text.length;
  };
  const start = toText(mainStart);
  const end = toText(mainEnd);
  const reach = (i: number) => (i < start ? start - i : i > end ? i - end : Math.min(i - start, end - i));
  const best: Candidate[] = [];
  const consider = (re: RegExp, weight: number, near: number) => {
    for (const m of text.matchAll(re)) {
      const name = clean(m[1] ?? m[2] ?? "");
      if (!name) continue;
      const d = reach(m.index!);
      if (d > near) continue;
      best.push({ name, cost: weight * (1 + d / 100) });
    }
  };
  consider(LABELLED, 1, 600);
  consider(POSTED_BY, 1.5, 400);
  // Brackets count only where the article ends (the last paragraph's close).
  for (const m of text.matchAll(CLOSING)) {
    const name = clean(m[1]!);
    const i = m.index!;
    if (name && i >= start && Math.abs(end - (i + m[0].length)) <= 60) best.push({ name, cost: 1 });
  }
  consider(EDITOR, 4, 400);
  best.sort((a, b) => a.cost - b.cost);
  return best[0]?.name ?? null;
}

/** A declared author (meta tag, JSON-LD) that is a person's name, not a site, URL or id. */
export function isPersonName(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 40 && !/[.@/,，、|_]|\d|https?:|www/iu.test(t) && !/(?:网|網|报|報|社|台|集团|公司|项目|項目|贡献者|貢獻者)/u.test(t);
}
