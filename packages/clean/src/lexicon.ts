import { readFileSync } from "node:fs";
import { z } from "zod";

/** The curated data file; see its `sources` for where each family comes from. */
const LexiconFile = z.object({
  sources: z.record(z.string(), z.string()),
  siteTerms: z.array(z.string()),
  strongSiteTerms: z.array(z.string()),
  lureTerms: z.record(z.string(), z.array(z.string())),
  lurePhrases: z.array(z.string()),
  contactPatterns: z.array(z.string()),
  teaserHeadings: z.array(z.string()),
  boilerplatePatterns: z.array(z.string()),
  authorRoles: z.array(z.string()),
  safeSymbols: z.string(),
});

export interface Lexicon {
  siteTerms: string[];
  strongSiteTerms: Set<string>;
  lureTerms: string[];
  lurePhrases: string[];
  contactPatterns: RegExp[];
  teaserHeadings: Set<string>;
  boilerplatePatterns: RegExp[];
  authorRoles: Set<string>;
  safeSymbols: Set<string>;
}

let cached: Lexicon | undefined;

/** Loaded once; terms are stored folded (lower case) and longest first for greedy matching. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  // ../data works from both src/ (tests) and dist/ (built package).
  const file = LexiconFile.parse(
    JSON.parse(readFileSync(new URL("../data/spam-lexicon.json", import.meta.url), "utf8")),
  );
  const byLength = (xs: string[]) => [...new Set(xs.map((x) => x.toLowerCase()))].sort((a, b) => b.length - a.length);
  cached = {
    siteTerms: byLength(file.siteTerms),
    strongSiteTerms: new Set(file.strongSiteTerms.map((x) => x.toLowerCase())),
    lureTerms: byLength(Object.values(file.lureTerms).flat()),
    lurePhrases: byLength(file.lurePhrases),
    contactPatterns: file.contactPatterns.map((p) => new RegExp(p, "giu")),
    teaserHeadings: new Set(file.teaserHeadings.map((x) => x.toLowerCase())),
    boilerplatePatterns: file.boilerplatePatterns.map((p) => new RegExp(p, "iu")),
    authorRoles: new Set(file.authorRoles.map((x) => x.toLowerCase())),
    safeSymbols: new Set([...file.safeSymbols]),
  };
  return cached;
}
