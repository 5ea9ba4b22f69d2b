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
import { linkLineCuts } from "./spam/link-lines.js";
import { pureAdCuts } from "./spam/pure-ad.js";
import { remnantCuts } from "./spam/remnant.js";
import { cleanTitle, cleanTitleEdit, titleSpamReason } from "./spam/title.js";
import { commercialPrefixCut } from "./spam/title-prefix.js";
import { TitleEdit } from "./title-edit.js";
import { siteNameLineCuts } from "./spam/title-site-name.js";
import { siteSuffixCuts, type HtmlMeta } from "./html/meta.js";
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
    originalTitle: declared.title ?? "",
    titleRemoved: [],
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
  let htmlFields: HtmlMeta | undefined;
  if (raw.format === "html") {
    const ext = extractHtml(raw.text, declared.url);
    if (ext.empty) return { ...doc, ...(doc.title ? {} : pageTitle(ext.meta.rawTitle ?? "")), date: doc.date ?? ext.meta.date, author: doc.author ?? ext.meta.author, empty: ext.empty, removed: ext.removals };
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

  if (raw.format !== "html") {
    apply(markupLineCuts(view.text));
    apply(linkLineCuts(view.text));
  }
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
  const folded = fold(view.text);
  const pageFolded = raw.format === "html" ? fold(pageText(raw.text)) : undefined;
  const pageBrands = pageFolded ? learnBrands(pageFolded, { strict: true, confirm: folded }) : [];
  const evidence = promoEvidence(view.text, mergeBrands(learnBrands(folded), pageBrands), folded);
  apply(spamBlockCuts(view.text, evidence));
  // Evidence is recomputed only when the block rules changed the text.
  // The text before the block cuts stays evidence of which compounds the page repeats.
  const inline = view.text === evidence.text ? evidence : promoEvidence(view.text, evidence.brands, undefined, folded);
  apply(swallowSpace(view.text, keywordCuts(inline)));
  apply(insertionCuts(view.text));
  // After the brand rules, which learn from these lines: what they left is a site name alone.
  apply(siteNameLineCuts(view.text));
  // Brackets emptied by the cuts first: the remnant rule then sees the wrapper's pieces.
  if (removed.some(isSpam)) apply(emptyWrapperCuts(view.text));
  apply(remnantCuts(view, raw.text.length, removed.filter(isSpam)));

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
  const ad = pureAdCuts(view.text, removed.filter(isSpam));
  if (ad) apply(ad.cuts);

  const { text, segments } = assemble(view);
  // Titles are cleaned whatever their origin (declared, meta tag, header line): spam titles
  // are the most common injection of all. Every cut is recorded against the original title.
  const edit = new TitleEdit(declared.title?.trim() ? declared.title : raw.format === "html" ? (htmlFields!.rawTitle ?? "") : (fields.title ?? ""));
  if (!declared.title?.trim() && raw.format === "html") edit.cut(siteSuffixCuts(edit.text));
  if (titleIsSpam) edit.dropAll("spam-insertion", "spam/title-stuffing", "the title is planted again and again in the text");
  if (ad) edit.dropAll("spam-block", "spam/pure-ad", "the record is an advertisement through and through");
  // The rest of the page is evidence of which compounds the campaign repeats (its nav, its
  // hidden blocks): a whole HTML page, a dump's text before the spam cuts.
  cleanTitleEdit(edit, evidence.brands, pageFolded ?? folded);
  const prefix = commercialPrefixCut(edit.text, text);
  if (prefix) edit.cut([prefix]);
  const spamCuts = removed.filter(isSpam);
  const spamTitle = titleSpamReason(edit.result(), {
    injected: spamCuts.length > 0,
    callsToAction: callsToAction(spamCuts),
    spamTexts: spamCuts.filter((r) => ECHOED.has(r.rule)).map((r) => r.text),
  });
  if (spamTitle) edit.dropAll("spam-keyword", "spam/title", spamTitle);
  const title = edit.result();
  const sorted = removed.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    ...doc,
    title,
    originalTitle: edit.original,
    titleRemoved: edit.removed.sort((a, b) => a.start - b.start),
    date: doc.date ?? fields.date,
    author: doc.author ?? fields.author,
    source: doc.source ?? fields.source,
    lang: detectLang(text || title),
    text,
    removed: sorted,
    segments,
    empty: text ? null : ad || mostlySpam(removed) ? "spam-only" : "no-text",
  };
}

/** The title of a page with no article: its stated title, site suffix cut (and recorded). */
function pageTitle(raw: string): { title: string; originalTitle: string; titleRemoved: Removal[] } {
  const edit = new TitleEdit(raw);
  edit.cut(siteSuffixCuts(raw));
  return { title: edit.result(), originalTitle: raw, titleRemoved: edit.removed };
}

/** Nothing is left and most of what was cut (metadata aside) was spam: the record was an
 *  advertisement or a link farm, not an empty page. */
function mostlySpam(removed: Removal[]): boolean {
  let spam = 0;
  let other = 0;
  for (const r of removed) {
    if (r.reason === "metadata") continue;
    if (isSpam(r)) spam += r.text.length;
    else other += r.text.length;
  }
  return spam > 0 && spam >= other;
}

const isSpam = (r: Removal) => r.reason.startsWith("spam");
/** Does the page call the reader to act? An ad or a link farm does; so does a contact block
 *  with more promotional cuts beside it (one bracketed 網址 link alone may be the site's own). */
function callsToAction(spam: Removal[]): boolean {
  if (spam.some((r) => r.rule === "spam/pure-ad" || r.rule === "spam/link-farm")) return true;
  if (!spam.some((r) => r.rule === "spam/contact-block")) return false;
  return spam.filter((r) => PROMOTIONAL.has(r.rule)).length >= 2;
}
const PROMOTIONAL = new Set(["spam/contact-block", "spam/wrapper-remnant", "spam/keyword-chain", "spam/brand-compound", "spam/dense-sentence"]);
/** Rules whose cut text, found again in the title, makes the title spam. */
const ECHOED = new Set(["spam/wrapper-remnant", "spam/title-stuffing"]);

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

/** "2012-01-17 20:40 来源：证券时报网 字号：": a date, then a source/author label. */
const DATE_THEN_SOURCE = /^\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?.{0,24}?(?:来源|來源|作者|记者|記者|编辑|編輯)\s*[:：]/u;

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
    } else if ([...s].length <= 80 && (dateLine(s) || /^(?:来源|來源|作者|记者|記者|发布时间|時間)\s*[:：]/u.test(s) || /(?:来源|作者)\s*[:：].{0,30}(?:\d{4}[-年])/u.test(s) || DATE_THEN_SOURCE.test(s))) {
      cuts.push({ start: line.start, end: line.end, reason: "metadata", rule: "html/byline-line", detail: "byline (date/source/author)" });
    }
  }
  return cuts;
}
