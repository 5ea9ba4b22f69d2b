import { createRequire } from "node:module";

// opencc-js is a dependency of @wenku/analyze, not of the repo root: resolve it from there.
const require = createRequire(new URL("../../packages/analyze/package.json", import.meta.url));
const OpenCC = require("opencc-js") as { Converter(o: { from: string; to: string }): (s: string) => string };

/** Hong Kong Traditional → Simplified with OpenCC's hk2s tables: a different table set from
 *  the generic t2s that wenku folds with, so judgements and converted queries do not simply
 *  echo the engine's own fold. */
export const hkToSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
/** Taiwan Traditional → Simplified (tw2s), for DRCD questions. */
export const twToSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

/** How the judge compares text: NFKC, lower case, Simplified. */
export function judgeFold(text: string, traditional: boolean): string {
  const t = text.normalize("NFKC").toLowerCase();
  return traditional ? hkToSimplified(t) : t;
}

/** Does folded text contain a folded term, as a whole token on its Latin/digit edges (so "ai"
 *  is not found inside "said", while 5g基站 is found in 建设5g基站)? */
export function containsTerm(text: string, term: string): boolean {
  const latin = /[a-z0-9]/;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1];
    const after = text[at + term.length];
    if (latin.test(term[0]!) && before !== undefined && latin.test(before)) continue;
    if (latin.test(term[term.length - 1]!) && after !== undefined && latin.test(after)) continue;
    return true;
  }
  return false;
}
