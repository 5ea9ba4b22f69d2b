import type { Segment } from "./schema.js";
import { splitLines, trimSpan } from "./text/lines.js";
import type { TextView } from "./view.js";

/**
 * Build the clean text from the final view: one paragraph per non-blank line, trimmed
 * (full-width indentation included), joined by "\n\n"; segments record which runs of it
 * are verbatim copies of the input.
 */
export function assemble(view: TextView): { text: string; segments: Segment[] } {
  let text = "";
  const segments: Segment[] = [];
  for (const line of splitLines(view.text)) {
    const t = trimSpan(view.text, line.start, line.end);
    if (t.end <= t.start) continue;
    if (text) text += "\n\n";
    const cleanBase = text.length;
    text += view.text.slice(t.start, t.end);
    let i = t.start;
    while (i < t.end) {
      if (view.map[i]! < 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < t.end && view.map[j] === view.map[j - 1]! + 1) j++;
      segments.push({ cleanStart: cleanBase + (i - t.start), inputStart: view.map[i]!, length: j - i });
      i = j;
    }
  }
  return { text, segments };
}
