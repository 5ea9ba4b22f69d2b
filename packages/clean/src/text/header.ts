import type { Cut } from "../view.js";
import { lexicon } from "../lexicon.js";
import { dateLine } from "./date.js";
import { isBlank, splitLines, trimSpan } from "./lines.js";

export interface HeaderFields {
  title: string | null;
  date: string | null;
  author: string | null;
  source: string | null;
}

const AUTHOR = /^(?:作者|文|撰文|记者|記者|作者：|By)\s*[:：︰]?\s*(.{1,40})$/iu;
const AUTHOR_BY = /^by\s+([A-Z][\p{L}.'\- ]{1,60})$/u;
const SOURCE = /^(?:来源|來源|出处|出處|source)\s*[:：︰]\s*(.{1,40})$/iu;
const MAX_HEADER_LINES = 8;

/** A body line: long, or a complete sentence. */
function looksLikeBody(s: string, first: boolean): boolean {
  const len = [...s].length;
  if (len > 120) return true;
  // Headlines end in ！ or ？ often enough; a first line is body only when it ends a sentence with 。
  if ((first ? /[。]["”’」』)]?$/u : /[。！？!?]["”’」』)]?$/u).test(s) && len > 20) return true;
  if (/[.](?:["”’)])?$/u.test(s) && len > 60) return true;
  return false;
}

/** A site or column name: short, no clause or sentence punctuation. */
function looksLikeSiteName(s: string): boolean {
  return [...s].length <= 16 && !/[，。！？：；、,!?:;]/u.test(s);
}

function authorOf(line: string): string | undefined {
  // Bylines are often bracketed: 【撰文：某某】, (记者 某某).
  const s = line.replace(/^[【\[（(]\s*(.*?)\s*[】\]）)]$/u, "$1");
  const m = AUTHOR_BY.exec(s) ?? AUTHOR.exec(s);
  if (!m) return undefined;
  const name = m[1]!.trim();
  if (/[。！？，,]/.test(name)) return undefined;
  return name;
}

/**
 * text/header-*: the header of a plain-text dump. Leading short lines are a site/column
 * name and a title; date, author and role lines go with them. They are lifted into fields
 * and cut as metadata. Stops at the first line that reads like body text.
 */
export function headerCuts(text: string): { fields: HeaderFields; cuts: Cut[] } {
  const fields: HeaderFields = { title: null, date: null, author: null, source: null };
  const cuts: Cut[] = [];
  const plain: Array<{ start: number; end: number; text: string }> = [];
  let seenMeta = false;
  let nonEmpty = 0;
  const roles = lexicon().authorRoles;
  for (const line of splitLines(text)) {
    if (isBlank(line.text)) continue;
    if (++nonEmpty > MAX_HEADER_LINES) break;
    const t = trimSpan(text, line.start, line.end);
    const s = text.slice(t.start, t.end);
    const cut = (rule: string, detail: string) =>
      cuts.push({ start: line.start, end: line.end, reason: "metadata", rule, detail });
    const date = dateLine(s);
    if (date && !fields.date) {
      fields.date = date;
      cut("text/header-date", `date ${date}`);
      seenMeta = true;
      continue;
    }
    const author = authorOf(s);
    if (author && !fields.author) {
      fields.author = author;
      cut("text/header-author", `author ${author}`);
      seenMeta = true;
      continue;
    }
    const source = SOURCE.exec(s);
    if (source && !fields.source) {
      fields.source = source[1]!.trim();
      cut("text/header-source", `source ${fields.source}`);
      seenMeta = true;
      continue;
    }
    if (roles.has(s.toLowerCase())) {
      cut("text/header-role", `byline role "${s}"`);
      continue;
    }
    if (seenMeta || looksLikeBody(s, nonEmpty === 1) || plain.length >= 3) break;
    plain.push({ start: line.start, end: line.end, text: s });
  }
  // One short line: the title. Two or more: a site/column name, then the title, but only
  // when the first reads like a name (short, no clause punctuation) and the next like a
  // title; otherwise the first line is the title and the short lines after it are body.
  if (plain.length > 0) {
    // The site line sits right above the title, or above furniture already cut (a nav row):
    // a short line, one blank line, then a short line is a column title and a sub-headline.
    const gap = plain.length >= 2 ? (text.slice(plain[0]!.end, plain[1]!.start).match(/\n/g)?.length ?? 0) : 0;
    const siteFirst = plain.length >= 2 && looksLikeSiteName(plain[0]!.text) && [...plain[1]!.text].length <= 60 && gap !== 2;
    const titleLine = siteFirst ? plain[plain.length - 1]! : plain[0]!;
    // Markdown dumps mark the title as a heading: "# 标题".
    fields.title = titleLine.text.replace(/^#{1,6}\s+/u, "");
    cuts.push({ start: titleLine.start, end: titleLine.end, reason: "metadata", rule: "text/header-title", detail: "title line" });
    if (siteFirst) {
      fields.source ??= plain[0]!.text;
      for (const p of plain.slice(0, -1)) {
        cuts.push({ start: p.start, end: p.end, reason: "metadata", rule: "text/header-source", detail: "site/column line" });
      }
    }
  }
  // Never lift the only text there is: a one-line document is body, not a title.
  const lastCut = Math.max(...cuts.map((c) => c.end), -1);
  if (lastCut >= 0 && isBlank(text.slice(lastCut))) {
    return { fields, cuts: cuts.filter((c) => c.rule !== "text/header-title" && c.rule !== "text/header-source") };
  }
  // A header with no title, no date and no author is not a header: the first line is body.
  if (plain.length === 0 && !fields.date && !fields.author) return { fields, cuts: [] };
  return { fields, cuts };
}
