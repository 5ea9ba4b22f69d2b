/**
 * Character classes as lookup tables over the Basic Multilingual Plane. The cleaner asks
 * "is this a Han char / a letter / whitespace" at every position of every record; a
 * Unicode-property regex per char was a large share of its time. Each table is built once
 * from the same regex it replaces, so answers are identical (a lone surrogate unit answers
 * as the regex does for it: false for property classes).
 */
const tables = new Map<string, Uint8Array>();

function table(re: RegExp): Uint8Array {
  const key = re.source + "/" + re.flags;
  let t = tables.get(key);
  if (t) return t;
  t = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) if (re.test(String.fromCharCode(cp))) t[cp] = 1;
  tables.set(key, t);
  return t;
}

/** A predicate over one UTF-16 code unit, backed by a table built from `re`. */
export function unitClass(re: RegExp): (code: number) => boolean {
  let t: Uint8Array | undefined;
  return (code: number) => (t ??= table(re))[code] === 1;
}

/** \p{Script=Han} for one code unit (supplementary-plane Han is two units and never matches). */
export const isHanUnit = unitClass(/\p{Script=Han}/u);
/** /\s/ for one code unit. */
export const isSpaceUnit = unitClass(/\s/);
/** [\p{L}\p{N}] for one code unit. */
export const isLetterOrDigitUnit = unitClass(/[\p{L}\p{N}]/u);
