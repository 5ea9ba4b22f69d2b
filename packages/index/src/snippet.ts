import { toSourceSpan } from "@wenku/analyze";
import { fold, indexForm, termsOfFolded } from "./tokens.js";

export interface Highlight {
  /** UTF-16 offsets into the document's clean text. */
  start: number;
  end: number;
}

/**
 * Where the query's term sequences occur in a document: matched on the same terms the index
 * uses (folded, bigrams, stems), then mapped back through the fold to the original text.
 */
export function findHighlights(text: string, sequences: string[][]): Highlight[] {
  const folded = fold(text);
  const terms = termsOfFolded(folded.text);
  const forms = terms.map((t) => indexForm(t.token));
  const found: Highlight[] = [];
  for (const seq of sequences) {
    if (seq.length === 0) continue;
    for (let i = 0; i + seq.length <= forms.length; i++) {
      let ok = true;
      for (let k = 0; k < seq.length && ok; k++) ok = forms[i + k] === seq[k];
      if (!ok) continue;
      const [start, end] = toSourceSpan(folded, terms[i]!.start, terms[i + seq.length - 1]!.end);
      found.push({ start, end });
    }
  }
  // Merge overlaps so nested or adjacent matches become one highlight.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const h of found) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

export interface Snippet {
  text: string;
  /** Highlights inside the document text that the snippet shows. */
  highlights: Highlight[];
}

/** A window of the original text around the densest cluster of highlights, each wrapped in
 *  [brackets]; cut ends are marked with "…". */
export function makeSnippet(text: string, highlights: Highlight[], width = 120): Snippet {
  if (highlights.length === 0) {
    const cut = text.length > width;
    return { text: text.slice(0, width).replace(/\s+/g, " ") + (cut ? "…" : ""), highlights: [] };
  }
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < highlights.length; i++) {
    let n = 0;
    for (let k = i; k < highlights.length && highlights[k]!.end - highlights[i]!.start <= width; k++) n++;
    if (n > bestCount) {
      bestCount = n;
      best = i;
    }
  }
  const first = highlights[best]!;
  let start = Math.max(0, first.start - Math.floor(width / 4));
  // Prefer to start at a sentence or clause boundary close before the match.
  const boundary = text.slice(start, first.start).search(/[。！？；\n.!?;][^。！？；\n.!?;]*$/);
  if (boundary !== -1 && start + boundary + 1 < first.start) start += boundary + 1;
  const end = Math.min(text.length, start + width);
  const shown = highlights.filter((h) => h.start >= start && h.end <= end);
  let out = "";
  let at = start;
  for (const h of shown) {
    out += text.slice(at, h.start) + "[" + text.slice(h.start, h.end) + "]";
    at = h.end;
  }
  out += text.slice(at, end);
  out = out.replace(/\s+/g, " ").trim();
  return { text: (start > 0 ? "…" : "") + out + (end < text.length ? "…" : ""), highlights: shown };
}

export { indexForm };
