import type { Analysis, AnalyzeOptions } from "./schema.js";
import { foldForSearch } from "./normalize.js";
import { segmentTagged } from "./segment/segment.js";
import { findEntities } from "./entities/find.js";
import { findFigures } from "./figures/find.js";
import { linkFigures } from "./link.js";
import type { Gazetteer } from "./entities/gazetteer.js";
import { paragraphLanguages } from "./languages.js";
import { detectLang } from "@wenku/clean";

/** Options of one run: the schema's options plus a gazetteer to use instead of the built-in one. */
export interface AnalyzeRunOptions extends AnalyzeOptions {
  gazetteer?: Gazetteer;
  /** Mined-name lexicon to use instead of the package's (null: none). */
  minedNames?: Gazetteer | null;
  /** false: leave `words` empty. The entity finder still reads the words; ingest stores
   *  entities and figures only, and copying every word of the corpus into a list it drops
   *  was a measurable share of its garbage. Default true. */
  words?: boolean;
  /** The language of `text` when the caller has it already (cleanRecord gives it for its
   *  text): detectLang is then not run over the whole text a second time. */
  lang?: Analysis["lang"];
}

/**
 * Words, entities and figures of clean text, all with UTF-16 offsets into `text` exactly as
 * given (text.slice(start, end) === item.text). Synchronous; the first call loads jieba.
 */
export function analyze(text: string, options: AnalyzeRunOptions = {}): Analysis {
  const folded = foldForSearch(text);
  const tagged = segmentTagged(text, folded);
  const entities = findEntities(text, { gazetteer: options.gazetteer, minedNames: options.minedNames, tokens: tagged, folded });
  const figures = findFigures(text, { docDate: options.docDate, yuanCurrency: options.yuanCurrency, folded });
  linkFigures(text, figures, entities);
  const words = options.words === false ? [] : tagged.map(({ text: t, start, end, kind }) => ({ text: t, start, end, kind }));
  return { words, entities, figures, lang: options.lang ?? detectLang(text), paragraphs: paragraphLanguages(text) };
}
