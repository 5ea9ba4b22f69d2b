import type { Entity, Figure } from "./schema.js";

// Sentence ends: Chinese and English full stops, ! ? ; and line breaks. "1.2" is not an end.
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/g;

function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) starts.push(m.index! + m[0].length);
  return starts;
}

/**
 * Link a figure to the organisation it is about: the sentence up to the figure names exactly
 * one organisation (by canonical name). First version, deliberately simple: no subject
 * parsing, and a sentence naming two ORGs before the figure links nothing.
 */
export function linkFigures(text: string, figures: Figure[], entities: Entity[]): void {
  const starts = sentenceStarts(text);
  const orgs = entities.filter((e) => e.type === "ORG");
  let s = 0;
  for (const fig of figures) {
    if (fig.kind === "date") continue; // a date is when, not about whom
    while (s + 1 < starts.length && starts[s + 1]! <= fig.start) s++;
    const from = starts[s]!;
    const names = new Set(orgs.filter((e) => e.start >= from && e.end <= fig.start).map((e) => e.name));
    if (names.size === 1) fig.entity = [...names][0]!;
  }
}
