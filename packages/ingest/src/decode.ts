import { analyse } from "chardet";
import { repairDoubleEncoding, repairedEncodingLabel } from "./mojibake.js";

export interface Decoded {
  text: string;
  /** WHATWG encoding label the text was decoded with. */
  encoding: string;
  replacementChars: number;
  /** Set when the bytes did not decode cleanly or contradicted a declared charset: what
   *  happened, for the report (the text is still usable). */
  note?: string;
}

/** Charset labels seen in the wild mapped to the decoder that handles them best. GB2312 and
 *  GBK pages routinely contain characters only GB18030 defines. */
const LABEL_ALIASES: Record<string, string> = {
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  cp936: "gb18030",
  "big5-hkscs": "big5",
  "utf8": "utf-8",
  "unicode-1-1-utf-8": "utf-8",
};

export function canonicalEncoding(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  const name = LABEL_ALIASES[l] ?? l;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return undefined;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

function decodeWith(bytes: Uint8Array, encoding: string): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return { text, encoding, replacementChars: countReplacements(text) };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of NUL and C0 control bytes (other than tab/newline/CR/FF/ESC) in the first 8 KiB:
 *  text in any single-byte or CJK multi-byte encoding has essentially none. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)) control++;
  }
  return control / n > 0.05;
}

/** Candidate encodings for detection: those our users' dumps actually come in. */
const DETECTABLE = new Set(["gb18030", "big5", "utf-16le", "utf-16be", "shift_jis", "euc-kr", "windows-1252", "iso-8859-1"]);

/**
 * Decode bytes: BOM first, then a declared charset (HTTP header, meta tag) unless the bytes
 * contradict it, then strict UTF-8, then statistical detection (chardet) among the encodings
 * scraped Chinese and English pages use. Text that was double-encoded before it reached us
 * (UTF-8 read as Latin-1 or GBK and saved again) is repaired when that is unambiguous, and
 * the repair is recorded in `encoding` and `note`.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  return withDoubleEncodingRepaired(decodeAsIs(bytes, declared));
}

/** A decoded text with double encoding undone (see mojibake.ts), or as it was. */
export function withDoubleEncodingRepaired(decoded: Decoded): Decoded {
  const repair = repairDoubleEncoding(decoded.text);
  if (!repair) return decoded;
  const what = `double-encoded text (UTF-8 read as ${repair.readAs === "gbk" ? "GBK" : "Latin-1"}) repaired: ${repair.repairedChars} characters${repair.lostChars ? `, ${repair.lostChars} already lost (U+FFFD)` : ""}`;
  return {
    text: repair.text,
    encoding: repairedEncodingLabel(decoded.encoding, repair.readAs),
    replacementChars: countReplacements(repair.text),
    note: decoded.note ? `${decoded.note}; ${what}` : what,
  };
}

function decodeAsIs(bytes: Uint8Array, declared?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.skip), bom.encoding);

  const utf8 = strictUtf8(bytes);
  const declaredEncoding = declared ? canonicalEncoding(declared) : undefined;
  if (declaredEncoding && declaredEncoding !== "utf-8") {
    const attempt = decodeWith(bytes, declaredEncoding);
    // A page that says GBK but is valid UTF-8 with non-ASCII content was re-saved as UTF-8.
    const hasNonAscii = bytes.some((b) => b >= 0x80);
    if (attempt.replacementChars === 0 || !hasNonAscii) return attempt;
    if (utf8 === undefined) return { ...attempt, note: `${attempt.replacementChars} byte sequences are not valid ${declaredEncoding} (declared); replaced with U+FFFD` };
    return { text: utf8, encoding: "utf-8", replacementChars: 0, note: `declared charset ${declared} does not fit the bytes; decoded as UTF-8` };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", replacementChars: 0 };

  // Mostly valid UTF-8 with a few broken sequences is damaged UTF-8, not another encoding.
  const loose = decodeWith(bytes, "utf-8");
  const decodedNonAscii = loose.text.length - (loose.text.match(/[\x00-\x7f]/g)?.length ?? 0);
  const damaged = { ...loose, note: `invalid UTF-8: ${loose.replacementChars} byte sequences replaced with U+FFFD` };
  if (declaredEncoding === "utf-8") return damaged;
  if (loose.replacementChars <= Math.max(2, decodedNonAscii * 0.02) && decodedNonAscii > loose.replacementChars * 4) return damaged;

  const ranked = analyse(bytes)
    .map((m) => canonicalEncoding(m.name))
    .filter((e): e is string => e !== undefined && DETECTABLE.has(e));
  // Multi-byte CJK decoders reject bytes that are not theirs, so fewer replacement characters
  // is real evidence; single-byte decoders accept anything and only win when nothing else fits.
  const multiByte = [...new Set([...ranked.filter((e) => !SINGLE_BYTE.has(e)).slice(0, 3), "gb18030", "big5"])];
  const tried = multiByte.map((e) => decodeWith(bytes, e)).sort((a, b) => a.replacementChars - b.replacementChars);
  const best = tried[0]!;
  if (best.replacementChars === 0) return best;
  const singleByte = ranked.find((e) => SINGLE_BYTE.has(e));
  if (singleByte && ranked.indexOf(singleByte) === 0) return decodeWith(bytes, singleByte);
  const chosen = best.replacementChars < loose.replacementChars ? best : loose;
  return { ...chosen, note: `no encoding fits the bytes; decoded as ${chosen.encoding} with ${chosen.replacementChars} U+FFFD` };
}

const SINGLE_BYTE = new Set(["windows-1252", "iso-8859-1"]);

/** The charset an HTML or XML document declares in its first bytes, if any. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i.exec(head);
  return xml?.[1];
}
