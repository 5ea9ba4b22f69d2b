import { isNumberTerm, numberTerms, type NumberTerm } from "./number-terms.js";
import { fold, indexForm, isSingleCjk, termsOfFolded, toSourceSpan } from "./tokens.js";

export interface Highlight {
  /** UTF-16 offsets into the document's clean text. */
  start: number;
  end: number;
}

/**
 * Where the query's term sequences occur in a document: matched on the same terms the index
 * uses (folded, bigrams, stems), then mapped back through the fold to the original text.
 * With `firstOnly`, stops a little past the first match (where a denser cluster of the other
 * words may follow): enough for a snippet, and folding a whole long document (tens of
 * milliseconds for 30k characters) was the largest cost of a one-shot search.
 */
export function findHighlights(text: string, sequences: string[][], options: { firstOnly?: boolean } = {}): Highlight[] {
  const found: Highlight[] = [];
  if (sequences.every((s) => s.length === 0)) return found;
  const from = options.firstOnly ? likelyFirstMatch(text, sequences) : 0;
  scan(text, from, sequences, found, options.firstOnly === true);
  // Nothing after the likely start (the match was written another way, before it): the rest.
  if (found.length === 0 && from > 0) scan(text, 0, sequences, found, true);
  // Merge overlaps so nested, adjacent or twice-found matches become one highlight.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const h of found) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

/** Fold and match the text from `from` stretch by stretch; with `firstOnly`, stop a little
 *  past the first match. */
function scan(text: string, from: number, sequences: string[][], found: Highlight[], firstOnly: boolean): void {
  for (let start = from; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    // End the stretch between words, so no word is cut in two (the next stretch re-reads the
    // overlap, so a match across the cut is found there).
    if (end < text.length) end = wordBoundaryBefore(text, end, start + CHUNK - OVERLAP);
    matchStretch(text, start, end, sequences, found);
    if (end >= text.length) break;
    if (firstOnly && found.length > 0 && end - found[0]!.start > LOOK_PAST_FIRST) break;
    start = wordBoundaryBefore(text, end - OVERLAP, end - 2 * OVERLAP);
  }
}

/**
 * Where folding may start when only the first match is wanted: a little before the earliest
 * place the raw text holds the first character of a sequence as the index writes it (most
 * text needs no folding there), else the start. A match written differently earlier on
 * (Traditional, full-width) is then passed over for a later one: still a true match, and
 * folding a long document from its start was the largest cost of a one-shot search.
 */
function likelyFirstMatch(text: string, sequences: string[][]): number {
  let first = -1;
  for (const seq of sequences) {
    const head = seq[0];
    if (!head || isNumberTerm(head)) return 0;
    const at = text.indexOf(head[0]!);
    if (at === -1) continue;
    if (first === -1 || at < first) first = at;
  }
  return first === -1 ? 0 : wordBoundaryBefore(text, Math.max(0, first - OVERLAP), Math.max(0, first - 2 * OVERLAP));
}

/** Characters folded and matched at a time, and how much consecutive stretches overlap
 *  (longer than any realistic single match). */
const CHUNK = 600;
/** How far past the first match `firstOnly` keeps looking. */
const LOOK_PAST_FIRST = 600;
const OVERLAP = 100;

/** A position at or before `at` (not before `floor`) that does not split a Latin word or number. */
function wordBoundaryBefore(text: string, at: number, floor: number): number {
  for (let i = at; i > Math.max(floor, 0); i--) {
    if (!isWordChar(text.charCodeAt(i - 1)) || !isWordChar(text.charCodeAt(i))) return i;
  }
  return Math.max(at, 0);
}

/** Latin letters and digits (and other alphabetic scripts written with spaces); Han and
 *  punctuation are not: a Han run may be cut anywhere, bigrams only need the overlap. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x2000) || (c >= 0xff10 && c <= 0xff5a);
}

function matchStretch(text: string, from: number, to: number, sequences: string[][], found: Highlight[]): void {
  const folded = fold(text.slice(from, to));
  const terms = termsOfFolded(folded.text);
  const forms = terms.map((t) => indexForm(t.token));
  let numbers: NumberTerm[] | undefined;
  for (const seq of sequences) {
    if (seq.length === 0) continue;
    if (seq.length === 1 && isNumberTerm(seq[0]!)) {
      // A number matched by its value (九成 for 90%): highlight the number as written.
      numbers ??= numberTerms(folded.text);
      for (const n of numbers) {
        if (n.token !== seq[0]) continue;
        const [start, end] = toSourceSpan(folded, n.start, n.end);
        found.push({ start: from + start, end: from + end });
      }
      continue;
    }
    const last = seq.length - 1;
    // As in the query: a lone CJK character at the end also matches the start of a bigram.
    const prefixLast = isSingleCjk(seq[last]!);
    for (let i = 0; i + seq.length <= forms.length; i++) {
      let ok = true;
      for (let k = 0; k < last && ok; k++) ok = forms[i + k] === seq[k];
      if (!ok) continue;
      const lastForm = forms[i + last]!;
      if (!(lastForm === seq[last] || (prefixLast && lastForm.startsWith(seq[last]!)))) continue;
      const lastTerm = terms[i + last]!;
      const [start, end] = toSourceSpan(folded, terms[i]!.start, lastForm === seq[last] ? lastTerm.end : lastTerm.start + 1);
      found.push({ start: from + start, end: from + end });
    }
  }
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

