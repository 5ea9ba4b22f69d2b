/**
 * Whether a string has more than `max` code points, as `[...s].length > max` would say (a
 * surrogate pair counts once, a lone surrogate once), without building the array: the line
 * rules ask it of every line of every document, and the arrays were a visible share of the
 * cleaner's garbage. Stops counting once the answer is known.
 */
export function moreCodePointsThan(s: string, max: number): boolean {
  if (s.length <= max) return false; // never more code points than units
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++count > max) return true;
  }
  return false;
}
