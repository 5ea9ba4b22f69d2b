import nlp from "compromise";

/** The lower-case words compromise's built-in lexicon (MIT) gives any of these tags
 *  (MaleName, FemaleName, FirstName, LastName, City, …). */
export function compromiseWordsTagged(tags: string[]): Set<string> {
  const lexicon = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  const words = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) if ((Array.isArray(tag) ? tag : [tag]).some((t) => tags.includes(t))) words.add(word);
  return words;
}
