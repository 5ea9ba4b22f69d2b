// Links and embedded markup in scraped bodies (markdown links, <img src=...>, bare URLs):
// names and numbers inside them are file names and paths, not mentions.
const URL = /(?:https?:\/\/|www\.|\/web\/\d)[^\s)"'<>\]]*|\b(?:src|href)="[^"]*"/g;

export function urlSpans(text: string): [number, number][] {
  return [...text.matchAll(URL)].map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
}

export function insideAny(pos: number, spans: [number, number][]): boolean {
  return spans.some(([s, e]) => pos >= s && pos < e);
}
