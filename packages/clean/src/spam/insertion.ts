import type { Cut } from "../view.js";
import { splitLines, trimSpan } from "../text/lines.js";
import { isHanUnit, isLetterOrDigitUnit } from "../text/char-class.js";

const BOUNDARY_CODES = new Set([..."，,。；;！!？?、：:"].map((c) => c.charCodeAt(0)));
const isBoundaryCode = (c: number) => BOUNDARY_CODES.has(c);
const MAX_LEN = 6;

interface Candidate {
  atBoundary: number;
  glued: number; // left neighbour is a letter/digit: the string ends someone else's clause
  left: Set<string>;
}

/** Count occurrences of s in text. */
function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) out.push(i);
  return out;
}

/** True when none of s's character bigrams occurs in the text outside s: the string is
 *  foreign to the article's vocabulary (an unrelated name), unlike 持续提升 or 英伟达表示. */
function isForeign(text: string, s: string): boolean {
  const rest = text.split(s).join("\u0000");
  for (let i = 0; i + 1 < s.length; i++) if (rest.includes(s.slice(i, i + 2))) return false;
  return true;
}

/** `|name|` glued between Han chars in a header line: the spam-title insertion pattern. */
export function pipeInsertions(text: string, headerLines = 6): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  let seen = 0;
  for (const line of splitLines(text)) {
    const t = trimSpan(text, line.start, line.end);
    if (t.end <= t.start) continue;
    if (++seen > headerLines) break;
    const re = /([|｜])(\p{Script=Han}{2,8})\1/gu;
    const s = text.slice(line.start, line.end);
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const before = s[m.index - 1] ?? "";
      const after = s[m.index + m[0].length] ?? "";
      // Title text on both sides: "标题|name|标题" (a "标题 | 网站" separator has no closing pipe).
      if (before !== "" && after !== "" && after !== m[1]) {
        out.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, name: m[2]! });
      }
    }
  }
  return out;
}

/**
 * spam/inserted-string, spam/title-pipe-name: the same short string planted at many clause
 * boundaries. Evidence, not a name list: it recurs right before punctuation (≥4 times, ≥85%
 * of its occurrences), glued after varied clause endings (so it is not a discourse marker
 * like 此外 and not the tail of a longer phrase), and its bigrams occur nowhere else in the
 * article. Appearing as |name| in the title is evidence enough at 1+ body occurrences.
 */
export function insertionCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  const pipes = pipeInsertions(text);
  const piped = new Set(pipes.map((p) => p.name));
  // Two passes over the clause boundaries: count every short Han string ending at one, then
  // gather neighbours only for the few that can qualify (≥3 chars and ≥4 times, or piped).
  const boundaries: number[] = [];
  for (let b = 0; b < text.length; b++) if (isBoundaryCode(text.charCodeAt(b))) boundaries.push(b);
  const hanRunBefore = (b: number) => {
    let s = b;
    while (s > 0 && isHanUnit(text.charCodeAt(s - 1)) && b - s < MAX_LEN) s--;
    return b - s;
  };
  const counts = new Map<string, number>();
  for (const b of boundaries) {
    const run = hanRunBefore(b);
    for (let len = 2; len <= run; len++) {
      const key = text.slice(b - len, b);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const stats = new Map<string, Candidate>();
  for (const [key, n] of counts) if (piped.has(key) || (key.length >= 3 && n >= 4)) stats.set(key, { atBoundary: 0, glued: 0, left: new Set<string>() });
  if (stats.size > 0) {
    for (const b of boundaries) {
      const run = hanRunBefore(b);
      for (let len = 2; len <= run; len++) {
        const c = stats.get(text.slice(b - len, b));
        if (!c) continue;
        c.atBoundary++;
        const left = text[b - len - 1] ?? "";
        c.left.add(left);
        if (left !== "" && isLetterOrDigitUnit(left.charCodeAt(0))) c.glued++;
      }
    }
  }
  const names = new Set<string>();
  for (const [s, c] of stats) {
    // Cheap tests first: counting occurrences scans the whole text.
    const isPiped = piped.has(s);
    if (!isPiped && (s.length < 3 || c.atBoundary < 4)) continue;
    const total = occurrences(text, s).length;
    if (isPiped && c.atBoundary >= 1 && c.atBoundary / total >= 0.6) {
      names.add(s);
      continue;
    }
    if (s.length < 3 || c.atBoundary < 4) continue;
    if (c.atBoundary / total < 0.85) continue;
    if (c.glued < 0.6 * c.atBoundary) continue;
    if (c.left.size < Math.max(3, 0.5 * c.atBoundary)) continue;
    if (!isForeign(text, s)) continue;
    names.add(s);
  }
  for (const p of pipes) {
    if (!names.has(p.name) && occurrences(text, p.name).length > 1) continue; // a real word in pipes
    cuts.push({ start: p.start, end: p.end, reason: "spam-insertion", rule: "spam/title-pipe-name", detail: `|${p.name}| glued inside a header line` });
  }
  for (const name of names) {
    const at = occurrences(text, name);
    const detail = `"${name}" recurs ${at.length}x, before clause boundaries, foreign to the article`;
    for (const i of at) cuts.push({ start: i, end: i + name.length, reason: "spam-insertion", rule: "spam/inserted-string", detail });
  }
  return cuts;
}
