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
import { promoEvidence } from "./spam/evidence.js";
import { insertionCuts } from "./spam/insertion.js";
import { keywordCuts } from "./spam/keywords.js";
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
    if (ext.empty) return { ...doc, title: doc.title || (ext.meta.title ?? ""), empty: ext.empty, removed: ext.removals };
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

  apply(decorationCuts(view.text));
  const evidence = promoEvidence(view.text);
  apply(spamBlockCuts(view.text, evidence));
  apply(keywordCuts(promoEvidence(view.text, evidence.brands)));
  apply(insertionCuts(view.text));

  let fields: HeaderFields = { title: null, date: null, author: null, source: null };
  if (raw.format === "html") {
    fields = htmlFields!;
    apply(htmlBylineCuts(view.text, fields));
  } else if (!declared.title && opts.liftHeader !== false) {
    const header = headerCuts(view.text);
    fields = header.fields;
    apply(header.cuts);
  }
  apply(teaserCuts(view.text));
  apply(boilerplateCuts(view.text, opts.boilerplateLines));

  const { text, segments } = assemble(view);
  let title = doc.title || fields.title || "";
  if (raw.format === "html" && title) title = cleanTitle(title, evidence.brands);
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
  return view.text.trim();
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
    if (fields.title && s === fields.title) {
      cuts.push({ start: line.start, end: line.end, reason: "metadata", rule: "html/byline-title", detail: "title repeated in the body" });
    } else if ([...s].length <= 80 && (dateLine(s) || /^(?:来源|來源|作者|记者|記者|发布时间|時間)\s*[:：]/u.test(s) || /(?:来源|作者)\s*[:：].{0,30}(?:\d{4}[-年])/u.test(s))) {
      cuts.push({ start: line.start, end: line.end, reason: "metadata", rule: "html/byline-line", detail: "byline (date/source/author)" });
    }
  }
  return cuts;
}
