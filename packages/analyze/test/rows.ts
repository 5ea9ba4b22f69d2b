import { expect } from "vitest";
import { findEntities, findFigures } from "@wenku/analyze";

/** The figures of a sentence as [text, kind, value, unit] rows, each checked to slice back
 *  to its text. */
export function figureRows(s: string, options: Parameters<typeof findFigures>[1] = {}): unknown[][] {
  return findFigures(s, options).map((f) => {
    expect(s.slice(f.start, f.end)).toBe(f.text);
    return [f.text, f.kind, f.value, f.unit];
  });
}

/** The entities of a sentence (of one type, if given) as [text, type] rows, each checked to
 *  slice back to its text. */
export function entityRows(s: string, options: Parameters<typeof findEntities>[1] = {}, type?: string): unknown[][] {
  return findEntities(s, options)
    .filter((e) => !type || e.type === type)
    .map((e) => {
      expect(s.slice(e.start, e.end)).toBe(e.text);
      return [e.text, e.type];
    });
}
