import type { Cut } from "../view.js";
import { isBlank, splitLines, trimSpan, type Line } from "../text/lines.js";

/** One link: a bare URL or domain path (<wap.example.cn/blog/1.PDF>), a markdown link, an
 *  HTML anchor. A domain needs a dot and a letter TLD, so "1.5%" is no link. */
const LINK = String.raw`(?:<?(?:https?:\/\/|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[\/?#][^\s<>]*)?>?|\[[^\]\n]*\]\([^)\s]+\)|<a\s[^>]*>[^<]*<\/a>)`;
const LINK_ONLY = new RegExp(`^${LINK}(?:\\s+${LINK})*$`, "iu");

/** A run of this many link-only lines is a link farm. */
const FARM_LINES = 3;

/** Is this (trimmed) line nothing but links? */
export function isLinkOnly(line: string): boolean {
  return LINK_ONLY.test(line);
}

/**
 * spam/link-farm, text/link-line: a line that is only links holds no sentence of an
 * article. Three or more in a row (blank lines between them allowed) are the link-farm shape
 * of parasite posts: spam. One or two (a source URL under a pasted article) are markup.
 */
export function linkLineCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  const lines = splitLines(text).filter((l) => !isBlank(l.text));
  let run: Line[] = [];
  const flush = () => {
    const farm = run.length >= FARM_LINES;
    for (const l of run) {
      cuts.push(
        farm
          ? { start: l.start, end: l.end, reason: "spam-block", rule: "spam/link-farm", detail: `${run.length} lines of bare links in a row` }
          : { start: l.start, end: l.end, reason: "markup", rule: "text/link-line", detail: "a line of bare links" },
      );
    }
    run = [];
  };
  for (const l of lines) {
    const t = trimSpan(text, l.start, l.end);
    if (isLinkOnly(text.slice(t.start, t.end))) run.push(l);
    else flush();
  }
  flush();
  return cuts;
}
