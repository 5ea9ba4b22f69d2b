/** A maximal stretch of text of one script class. */
export interface ScriptRun {
  kind: "han" | "word" | "space" | "other";
  start: number;
  end: number;
}

// Han ideographs (with 〇, which jieba and the number parser both treat as Han).
const HAN = /[\p{Script=Han}〇]/u;
// Letters, digits and combining marks of every other script: the material of Latin-style tokens.
const WORDCHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

/** Whether a code point (as `codePointAt` gives it; undefined past either end) is a word
 *  character: a letter, digit or mark of a script other than Han. */
export function isWordCode(cp: number | undefined): boolean {
  return cp !== undefined && kindOf(cp) === "word";
}

function classify(ch: string): ScriptRun["kind"] {
  if (HAN.test(ch)) return "han";
  if (WORDCHAR.test(ch)) return "word";
  if (SPACE.test(ch)) return "space";
  return "other";
}

// classify() per BMP code unit, remembered (0 = not yet known): the regular expressions above
// are Unicode property tests, too slow to run on every character of a corpus.
const KINDS: ScriptRun["kind"][] = ["han", "word", "space", "other"];
const bmpKind = new Uint8Array(0x10000);

/** The script class of a code point. */
export function kindOf(cp: number): ScriptRun["kind"] {
  if (cp > 0xffff) return classify(String.fromCodePoint(cp));
  let k = bmpKind[cp]!;
  if (k === 0) bmpKind[cp] = k = KINDS.indexOf(classify(String.fromCharCode(cp))) + 1;
  return KINDS[k - 1]!;
}
