/** A line of a text with its offsets (end excludes the newline). */
export interface Line {
  start: number;
  end: number;
  text: string;
  index: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end), index: index++ });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** Whitespace incl. ideographic space, NBSP, BOM, zero-width space. */
export const SPACE = /[\s\u3000\u00a0\ufeff\u200b]/u;

export function isBlank(s: string): boolean {
  for (const ch of s) if (!SPACE.test(ch)) return false;
  return true;
}

/** Line text without surrounding whitespace, and where that trimmed text starts. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Split a line's range into sentences: each ends after 。！？!?；; (and closing quotes). */
export function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (/[。！？!?；;]/.test(text[i]!)) {
      let e = i + 1;
      while (e < end && /[”’"』」）)]/.test(text[e]!)) e++;
      out.push({ start: s, end: e });
      s = e;
      i = e - 1;
    }
  }
  if (s < end) out.push({ start: s, end });
  return out;
}
