/**
 * Double-encoded text: UTF-8 bytes of Chinese text that some earlier tool decoded with the
 * wrong charset and saved again as UTF-8. Two shapes are common in scraped dumps:
 *
 * - read as Latin-1 / Windows-1252: 金融 → `é‡‘èž�`-like runs of accented letters and
 *   typographic marks (each Chinese character becomes three of them);
 * - read as GBK: 公司 → `鍏徃`-like runs of rare Han characters (every two UTF-8 bytes become
 *   one GBK character).
 *
 * Both are undone by encoding the text back with the wrong charset and decoding the bytes as
 * UTF-8. This is done only when it is unambiguous: the bytes must be valid UTF-8 (apart from
 * characters the first decoding had already lost as U+FFFD), and the result must consist of
 * far more common Han characters than the text had (see `commonHanShare`). Ordinary text in
 * either script never passes both: accented Latin words are not valid UTF-8 when re-encoded,
 * and real Chinese re-encoded as GBK is almost never valid UTF-8 and is already common.
 *
 * Written here: the repair libraries on npm (ftfy ports) cover the Latin-1 shape only and pull
 * in their own charset tables; Node's TextDecoder has every table needed, and the GBK encoder
 * is its decoder inverted.
 */

export type DoubleEncoding = "latin1" | "gbk";

export interface Repair {
  text: string;
  /** The charset the UTF-8 bytes had been wrongly read with. */
  readAs: DoubleEncoding;
  /** Characters changed by the repair (runs of mojibake replaced by what they encode). */
  repairedChars: number;
  /** Characters of the original the first decoding had already destroyed (U+FFFD left). */
  lostChars: number;
}

const LATIN1_RUN = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]{2,}/g;
/** A UTF-8 lead byte of a 3-byte sequence (Chinese), as Latin-1, followed by a continuation byte. */
const LATIN1_HINT = /[\u00e3-\u00e9][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]/;

/** Byte that stood for an undecodable position (U+FFFD): never valid in UTF-8, so the
 *  character it was part of comes out as U+FFFD again instead of as a wrong character. */
const LOST = 0xff;

/** Windows-1252's 0x80–0x9F (typographic marks; 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined). Not
 *  taken from TextDecoder("windows-1252"): Node's decoder reads those bytes as Latin-1 C1
 *  controls, where the tools that make this mojibake (browsers, Windows) produced these. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

let cp1252Bytes: Map<string, number> | undefined;
/** Character → byte for 0x80–0xFF, both readings of 0x80–0x9F (marks and C1 controls). */
function cp1252(): Map<string, number> {
  if (cp1252Bytes) return cp1252Bytes;
  cp1252Bytes = new Map();
  for (let b = 0x80; b <= 0xff; b++) cp1252Bytes.set(String.fromCharCode(b), b);
  for (let i = 0; i < CP1252_HIGH.length; i++) cp1252Bytes.set(CP1252_HIGH[i]!, 0x80 + i);
  return cp1252Bytes;
}

let gbkCodes: { byChar: Map<string, number>; ofHan: Uint16Array } | undefined;
/** Every two-byte GBK character with its code (lead byte × 256 + trail byte), from the
 *  platform's GB18030 decoder (~24,000 decodes, once per thread), and the same for the main
 *  Han block as an array for the per-document check. */
function gbk(): { byChar: Map<string, number>; ofHan: Uint16Array } {
  if (gbkCodes) return gbkCodes;
  const byChar = new Map<string, number>();
  const ofHan = new Uint16Array(0xa000 - 0x4e00);
  const decoder = new TextDecoder("gb18030");
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length !== 1 || ch === "\ufffd" || byChar.has(ch)) continue;
      const code = lead * 256 + trail;
      byChar.set(ch, code);
      const c = ch.charCodeAt(0);
      if (c >= 0x4e00 && c < 0xa000) ofHan[c - 0x4e00] = code;
    }
  }
  // The one single byte above ASCII: 0x80 is € in Windows' GBK (code page 936).
  byChar.set(decoder.decode(Uint8Array.of(0x80)), 0x80);
  return (gbkCodes = { byChar, ofHan });
}

let big5Common: Uint8Array | undefined;
/** The main Han block, flagged where Big5 has the character among its 5,401 frequently used
 *  ones (常用字, codes A440–C67E): what "common" means for Traditional Chinese. */
function big5(): Uint8Array {
  if (big5Common) return big5Common;
  big5Common = new Uint8Array(0xa000 - 0x4e00);
  const decoder = new TextDecoder("big5");
  const pair = new Uint8Array(2);
  for (let code = 0xa440; code <= 0xc67e; code++) {
    const trail = code & 0xff;
    if (!((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) continue;
    pair[0] = code >> 8;
    pair[1] = trail;
    const c = decoder.decode(pair).charCodeAt(0);
    if (c >= 0x4e00 && c < 0xa000) big5Common[c - 0x4e00] = 1;
  }
  return big5Common;
}

/**
 * Share of common characters among a text's Han characters: those in GB2312's first level
 * (codes B0A1–D7FE, the 3,755 most frequent characters of Simplified Chinese) or among Big5's
 * frequently used characters (Traditional). Real prose in either script scores around 0.9;
 * UTF-8 read as GBK lands in GBK's rare ranges (the UTF-8 lead bytes E4–E9 are GBK's second
 * level and extensions) and scores near 0.1–0.3 — on the Simplified measure only: many of
 * those rare characters are Traditional forms Big5 lists as frequent, so `script: "simplified"`
 * is what detects GBK mojibake, `"either"` what judges a repair. Undefined without Han.
 */
export function commonHanShare(text: string, maxHan = 4000, script: "simplified" | "either" = "either"): number | undefined {
  const { ofHan } = gbk();
  const traditional = script === "either" ? big5() : undefined;
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length && han < maxHan; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    const code = ofHan[c - 0x4e00]!;
    if ((code >= 0xb0a1 && code <= 0xd7fe) || traditional?.[c - 0x4e00] === 1) common++;
  }
  return han === 0 ? undefined : common / han;
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
const LOOSE_UTF8 = new TextDecoder("utf-8");

/** Decode re-encoded bytes as UTF-8. The only U+FFFD allowed are those from lost bytes (a
 *  lost byte costs one character) and, with `cutEnds`, a character cut at either
 *  end of the run (GBK pairs bytes two by two, so a run can start or stop mid-character). */
function decodeRun(bytes: Uint8Array, lostBytes: number, cutEnds = false): { text: string; lost: number } | undefined {
  if (lostBytes === 0 && !cutEnds) {
    try {
      return { text: STRICT_UTF8.decode(bytes), lost: 0 };
    } catch {
      return undefined;
    }
  }
  // One lost byte destroys one character, which the decoder may report as several U+FFFD.
  const text = LOOSE_UTF8.decode(bytes).replace(/\ufffd+/g, "\ufffd");
  const lost = text.split("\ufffd").length - 1;
  return lost <= lostBytes + (cutEnds ? 2 : 0) ? { text, lost } : undefined;
}

interface RunRepair {
  start: number;
  end: number;
  text: string;
  lost: number;
}

/** Latin-1 shape: each run of Windows-1252 characters back to bytes, then UTF-8. */
function latin1Runs(text: string): RunRepair[] | undefined {
  const table = cp1252();
  const out: RunRepair[] = [];
  for (const m of text.matchAll(LATIN1_RUN)) {
    const run = m[0];
    const bytes = new Uint8Array(run.length);
    let lostBytes = 0;
    for (let i = 0; i < run.length; i++) {
      if (run[i] === "\ufffd") {
        bytes[i] = LOST;
        lostBytes++;
      } else bytes[i] = table.get(run[i]!)!;
    }
    const decoded = decodeRun(bytes, lostBytes);
    // A run that is not UTF-8 is real Latin text (café, Größe) next to the mojibake, or the
    // whole text is not double-encoded: either way it stays; the decision is made on all runs.
    if (decoded) out.push({ start: m.index!, end: m.index! + run.length, text: decoded.text, lost: decoded.lost });
  }
  return out.length ? out : undefined;
}

/** GBK shape: each run of GBK two-byte characters back to bytes, then UTF-8. */
function gbkRuns(text: string): RunRepair[] | undefined {
  const table = gbk().byChar;
  const inRun = (ch: string) => ch === "\ufffd" || table.has(ch);
  const out: RunRepair[] = [];
  let i = 0;
  while (i < text.length) {
    if (!inRun(text[i]!)) {
      i++;
      continue;
    }
    let j = i;
    const bytes: number[] = [];
    let lostBytes = 0;
    while (j < text.length && inRun(text[j]!)) {
      const code = table.get(text[j]!);
      if (code === undefined) {
        // The GBK decoder's U+FFFD: a lone byte it could not pair (often the last byte of a
        // paragraph with an odd number of UTF-8 bytes).
        bytes.push(LOST);
        lostBytes++;
      } else if (code < 0x100) bytes.push(code);
      else bytes.push(code >> 8, code & 0xff);
      j++;
    }
    // One GBK character is two bytes and a Chinese character three in UTF-8: runs shorter than
    // two characters cannot hold a whole one.
    if (j - i >= 2) {
      const decoded = decodeRun(Uint8Array.from(bytes), lostBytes, true);
      if (decoded) out.push({ start: i, end: j, text: decoded.text, lost: decoded.lost });
    }
    i = j;
  }
  return out.length ? out : undefined;
}

function splice(text: string, runs: RunRepair[]): string {
  let out = "";
  let at = 0;
  for (const r of runs) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}

/** Minimum share of common characters among the Han characters of the repaired text. */
const REPAIRED_COMMON = 0.7;
/** Maximum share in the text as it came (GBK shape: the mojibake is itself Han). */
const MOJIBAKE_COMMON = 0.35;
/** Han characters the repair must produce: one or two could be chance. */
const MIN_REPAIRED_HAN = 4;

function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/**
 * The text with double encoding undone, or undefined when it does not look double-encoded or
 * the repair would not be unambiguous (see the module comment).
 */
export function repairDoubleEncoding(text: string): Repair | undefined {
  if (LATIN1_HINT.test(text)) {
    const runs = latin1Runs(text);
    if (runs) {
      const produced = runs.map((r) => r.text).join("");
      const share = commonHanShare(produced);
      if (hanCount(produced) >= MIN_REPAIRED_HAN && share !== undefined && share >= REPAIRED_COMMON) {
        return { text: splice(text, runs), readAs: "latin1", repairedChars: runs.reduce((n, r) => n + r.end - r.start, 0), lostChars: runs.reduce((n, r) => n + r.lost, 0) };
      }
    }
  }
  // A few hundred Han characters say whether the text is ordinary Chinese (most of it).
  const before = commonHanShare(text, 400, "simplified");
  if (before !== undefined && before <= MOJIBAKE_COMMON) {
    const runs = gbkRuns(text);
    if (runs) {
      const repaired = splice(text, runs);
      const after = commonHanShare(repaired);
      if (hanCount(repaired) >= MIN_REPAIRED_HAN && after !== undefined && after >= REPAIRED_COMMON) {
        return { text: repaired, readAs: "gbk", repairedChars: runs.reduce((n, r) => n + r.end - r.start, 0), lostChars: runs.reduce((n, r) => n + r.lost, 0) };
      }
    }
  }
  return undefined;
}

/** The encoding label recorded for repaired text: `utf-8(repaired:latin1→utf-8)`. */
export function repairedEncodingLabel(encoding: string, readAs: DoubleEncoding): string {
  return `${encoding}(repaired:${readAs}→utf-8)`;
}
