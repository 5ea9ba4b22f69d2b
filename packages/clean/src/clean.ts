import type { RawRecord } from "@wenku/ingest";
import { assemble } from "./assemble.js";
import { boilerplateCuts } from "./boilerplate.js";
import { extractHtml } from "./html/extract.js";
import { junkReason } from "./junk.js";
import { detectLang } from "./lang.js";
import { CleanOptions } from "./options.js";
import type { CleanDoc, Removal } from "./schema.js";
import { spamBlockCuts } from "./spam/blocks.js";
import { decorationCuts } from "./spam/decoration.js";
import { fold } from "./fold.js";
import { pageText } from "./html/page-text.js";
import { learnBrands, mergeBrands } from "./spam/brand.js";
import { promoEvidence } from "./spam/evidence.js";
import { titleStuffingCuts } from "./spam/title-stuffing.js";
import { markupLineCuts } from "./text/markup-lines.js";
import { insertionCuts } from "./spam/insertion.js";
import { keywordCuts, swallowSpace } from "./spam/keywords.js";
import { teaserCuts } from "./teaser.js";
import { dateLine, normaliseDate } from "./text/date.js";
import { headerCuts, type HeaderFields } from "./text/header.js";
import { isBlank, splitLines, trimSpan } from "./text/lines.js";
import { TextView, type Cut } from "./view.js";

/** Clean one record: main content, spam, boilerplate; every cut recorded. Never throws on
 *  bad content: a record with no article comes back with text "" and `empty` set. */
export function cleanRecord(raw: RawRecord, options?: CleanOptions): CleanDoc {
  const opts = CleanOptions.parse(options ?? {});
  const declared = raw.meta ?? {};
  const doc: CleanDoc = {
    path: raw.path,
    record: raw.record,
    title: declared.title?.trim() ?? "",
    date: declared.date ? normaliseDate(declared.date) : null,
    author: declared.author?.trim() || null,
    source: declared.source?.trim() || null,
    url: declared.url ?? null,
    lang: "mixed",
    text: "",
    removed: [],
    segments: [],
    empty: null,
  };
  const junk = junkReason(raw);
  if (junk) return { ...doc, empty: junk };

  const removed: Removal[] = [];
  let view: TextView;
  let htmlFields: HeaderFields | undefined;
  if (raw.format === "html") {
    const ext = extractHtml(raw.text);
    if (ext.empty) return { ...doc, title: doc.title || (ext.meta.title ?? ""), date: doc.date ?? ext.meta.date, author: doc.author ?? ext.meta.author, empty: ext.empty, removed: ext.removals };
    view = ext.view;
    removed.push(...ext.removals);
    htmlFields = ext.meta;
  } else {
    view = TextView.identity(raw.text);
  }
  const apply = (cuts: Cut[]) => {
    const r = view.cut(cuts, raw.text);
    view = r.view;
    removed.push(...r.removals);
  };

  if (raw.format !== "html") apply(markupLineCuts(view.text));
  apply(decorationCuts(view.text));
  // A plain-text record's declared title planted all over the text (SEO parasite posts).
  let titleIsSpam = false;
  if (raw.format !== "html" && doc.title) {
    const stuffed = titleStuffingCuts(view.text, doc.title);
    apply(stuffed.cuts);
    titleIsSpam = stuffed.titleIsSpam;
  }
  // An HTML page shows its brand in <title>, keywords, hidden blocks and nav as well as in
  // the text: learn from all of it (strictly), then look for it in the text.
  const pageBrands = raw.format === "html" ? learnBrands(fold(pageText(raw.text)), { strict: true }) : [];
  const evidence = promoEvidence(view.text, mergeBrands(learnBrands(fold(view.text)), pageBrands));
  apply(spamBlockCuts(view.text, evidence));
  apply(swallowSpace(view.text, keywordCuts(promoEvidence(view.text, evidence.brands))));
  apply(insertionCuts(view.text));

  let fields: HeaderFields = { title: null, date: null, author: null, source: null };
  if (raw.format === "html") {
    fields = { ...htmlFields!, title: htmlFields!.title ? cleanTitle(htmlFields!.title, evidence.brands) : null };
    apply(htmlBylineCuts(view.text, fields));
  } else if (!declared.title && opts.liftHeader !== false) {
    const header = headerCuts(view.text);
    fields = header.fields;
    apply(header.cuts);
  }
  if (removed.some((r) => r.reason.startsWith("spam"))) apply(emptyWrapperCuts(view.text));
  apply(teaserCuts(view.text));
  apply(boilerplateCuts(view.text, opts.boilerplateLines));

  const { text, segments } = assemble(view);
  // Titles are cleaned whatever their origin (declared, meta tag, header line): spam titles
  // are the most common injection of all.
  let title = titleIsSpam ? "" : doc.title || fields.title || "";
  if (title) title = cleanTitle(title, evidence.brands);
  const sorted = removed.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    ...doc,
    title,
    date: doc.date ?? fields.date,
    author: doc.author ?? fields.author,
    source: doc.source ?? fields.source,
    lang: detectLang(text || title),
    text,
    removed: sorted,
    segments,
    empty: text ? null : "no-text",
  };
}

/** Spam in a title taken from HTML meta (the text view's title line is cleaned in place). */
function cleanTitle(title: string, brands: ReturnType<typeof promoEvidence>["brands"]): string {
  let view = TextView.identity(title);
  const cutWith = (cuts: Cut[]) => (view = view.cut(cuts, title).view);
  cutWith(decorationCuts(view.text));
  cutWith(keywordCuts(promoEvidence(view.text, brands)));
  cutWith(insertionCuts(view.text));
  return tidyTitle(view.text);
}

/** Separators left around a removed spam segment ("| 标题 |", "标题 ||"), and empty brackets. */
function tidyTitle(title: string): string {
  return title
    .replace(/[【\[（(《「]\s*[】\]）)》」]/gu, "")
    .replace(/\s*([|｜_])(?:\s*[|｜_])+\s*/gu, " $1 ")
    .replace(/^(?:\s*[|｜_:：\-–—]\s*)+|(?:\s*[|｜_:：\-–—]\s*)+$/gu, "")
    .trim();
}

/** The body's headline: the title itself, or the title with a leftover prefix/suffix that
 *  is no sentence (a site name, a spam brand the title cleaning removed). */
function isTitleRepeat(line: string, title: string): boolean {
  const l = line.replace(/\s+/g, "");
  const t = title.replace(/\s+/g, "");
  if (l === t) return true;
  if (t.length < 6 || !l.includes(t)) return false;
  const rest = l.replace(t, "");
  return [...rest].length <= 12 && !/[。！？，；]/u.test(rest);
}

/** spam/empty-wrapper: brackets left empty once the spam inside them was cut (【】, 《 》). */
function emptyWrapperCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const m of text.matchAll(/[【\[〔《<「『（(]\s*[】\]〕》>」』）)]/gu)) {
    cuts.push({ start: m.index!, end: m.index! + m[0].length, reason: "spam-keyword", rule: "spam/empty-wrapper", detail: "brackets emptied by spam cuts" });
  }
  return cuts;
}

/** html/byline-*: in the first lines of the extracted block, the title repeated and short
 *  byline lines (date, 来源, 作者) are metadata, already in the fields. */
function htmlBylineCuts(text: string, fields: HeaderFields): Cut[] {
  const cuts: Cut[] = [];
  let seen = 0;
  for (const line of splitLines(text)) {
    if (isBlank(line.text)) continue;
    if (++seen > 5) break;
    const t = trimSpan(text, line.start, line.end);
    const s = text.slice(t.start, t.end);
    if (fields.title && isTitleRepeat(s, fields.title)) {
      cuts.push({ start: line.start, end: line.end, reason: "metadata", rule: "html/byline-title", detail: "title repeated in the body" });
    } else if ([...s].length <= 80 && (dateLine(s) || /^(?:来源|來源|作者|记者|記者|发布时间|時間)\s*[:：]/u.test(s) || /(?:来源|作者)\s*[:：].{0,30}(?:\d{4}[-年])/u.test(s))) {
      cuts.push({ start: line.start, end: line.end, reason: "metadata", rule: "html/byline-line", detail: "byline (date/source/author)" });
    }
  }
  return cuts;
}
