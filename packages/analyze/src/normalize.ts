import { Converter } from "opencc-js/t2cn";

/** Text folded for matching, with a map back to the text it came from. */
export interface Folded {
  text: string;
  /** origin[i] is the index in the source of folded unit i; origin[text.length] === source.length. */
  origin: Int32Array;
}

let toSimplified: ((s: string) => string) | undefined;
function t2s(s: string): string {
  const convert = (toSimplified ??= Converter({ from: "t", to: "cn" }));
  return convert(s);
}

/**
 * Fold text the same way on the document side and the query side: NFKC (full-width →
 * half-width, compatibility forms), lower case, Traditional → Simplified. Every folded unit
 * remembers where it came from, so a match in folded text maps back to the original.
 */
export function foldForSearch(source: string): Folded {
  const units: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < source.length; ) {
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const raw = source.slice(i, i + width);
    // ASCII is by far the commonest case and NFKC leaves it alone.
    const folded = cp < 0x80 ? raw.toLowerCase() : raw.normalize("NFKC").toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      units.push(folded[k]!);
      origin.push(i);
    }
    i += width;
  }
  let text = units.join("");
  const converted = t2s(text);
  if (converted.length === text.length) {
    text = converted;
  } else {
    // Phrase conversion changed the length somewhere: convert unit by unit so the map holds.
    // A unit whose own conversion changes length (嗰 → 𠮶, a surrogate pair) stays as it is.
    text = units
      .map((u) => {
        if (u.length !== 1 || u.charCodeAt(0) < 0x2e80) return u;
        const c = t2s(u);
        return c.length === 1 ? c : u;
      })
      .join("");
  }
  origin.push(source.length);
  return { text, origin: Int32Array.from(origin) };
}

/** Map a [start, end) span of folded text back to the source. */
export function toSourceSpan(folded: Folded, start: number, end: number): [number, number] {
  const s = folded.origin[start]!;
  // The end maps to the position just after the last folded unit's source character.
  const lastSource = end > start ? folded.origin[end - 1]! : s;
  let e = folded.origin[end]!;
  if (e <= lastSource) e = lastSource + 1;
  return [s, e];
}
