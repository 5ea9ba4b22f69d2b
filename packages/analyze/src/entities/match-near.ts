/**
 * `text.matchAll(phrase)` for an expression that must end in one of a few words (有限公司,
 * 空军基地, …) at most `reach` UTF-16 units after the start of its match. Such an expression
 * tried at every position is slow (a lazy run of characters, then every ending), so the scan
 * first finds the next ending with `ending` (one cheap alternation per position) and starts
 * the expression `reach` units before it: no match can start earlier, because its ending
 * would be an earlier occurrence. The matches are exactly those of `text.matchAll(phrase)`.
 */
export function* matchAllNear(text: string, phrase: RegExp, ending: RegExp, reach: number): Generator<RegExpExecArray> {
  if (!phrase.global || !ending.global) throw new Error("matchAllNear: both expressions need the g flag");
  const re = new RegExp(phrase.source, phrase.flags);
  const end = new RegExp(ending.source, ending.flags);
  let from = 0;
  while (from < text.length) {
    end.lastIndex = from;
    const e = end.exec(text);
    if (!e) return;
    re.lastIndex = Math.max(from, e.index - reach);
    const m = re.exec(text);
    if (!m) return;
    yield m;
    from = m.index + Math.max(1, m[0].length);
  }
}
