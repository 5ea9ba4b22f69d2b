// ignoreBOM: a leading U+FEFF is text here, not a byte-order mark (dropping it would shift every
// position after it by one).
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });
/** A Uint16Array holds code units in the platform's byte order. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** String of the first `length` code units. The native decoder is fastest, but it would
 *  replace a lone surrogate with U+FFFD: units that may hold one go through fromCharCode. */
export function decodeUnits(units: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates && LITTLE_ENDIAN) return utf16.decode(units.subarray(0, length));
  let s = "";
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  return s;
}
