/**
 * The matching rules.
 * Figures: overlapping span, same unit, value within 0.5% (numbers; for a range the lower end
 * is compared) or equal (ISO strings of dates and periods).
 * Entities (ORG / PERSON / PLACE): overlapping span and same type.
 * One-to-one: each gold label takes at most one prediction and vice versa; the first
 * acceptable prediction in text order wins.
 */
import type { Entity, Figure } from "@wenku/analyze";
import type { GoldEntity, GoldFigure } from "./gold.js";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function sameValue(gold: number | string, got: number | string): boolean {
  if (typeof gold === "string" || typeof got === "string") return String(gold) === String(got);
  if (gold === 0) return got === 0;
  return Math.abs(got - gold) / Math.abs(gold) <= 0.005;
}

export interface Matched<G, P> {
  pairs: [G, P][];
  missed: G[];
  spurious: P[];
}

function matchBy<G extends { start: number; end: number }, P extends { start: number; end: number }>(
  gold: G[],
  predicted: P[],
  ok: (g: G, p: P) => boolean,
): Matched<G, P> {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, j) => !used.has(j) && overlaps(g, p) && ok(g, p));
    if (i < 0) missed.push(g);
    else {
      used.add(i);
      pairs.push([g, predicted[i]!]);
    }
  }
  return { pairs, missed, spurious: predicted.filter((_, j) => !used.has(j)) };
}

export const matchFigures = (gold: GoldFigure[], predicted: Figure[]) =>
  matchBy(gold, predicted, (g, p) => g.unit === p.unit && sameValue(g.value, p.value));

export const SCORED_TYPES = ["ORG", "PERSON", "PLACE"] as const;

export const matchEntities = (gold: GoldEntity[], predicted: Entity[]) =>
  matchBy(
    gold,
    predicted.filter((p) => (SCORED_TYPES as readonly string[]).includes(p.type)),
    (g, p) => g.type === p.type,
  );
