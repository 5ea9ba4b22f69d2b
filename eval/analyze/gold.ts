/** The shape of gold.json: references to corpus articles and hand labels with offsets. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type GoldKind =
  | "money" | "percent" | "percentage_point" | "power" | "energy" | "data"
  | "quantity" | "count" | "ratio" | "date" | "period";

export interface GoldFigure {
  start: number;
  end: number;
  text: string;
  kind: GoldKind;
  /** Number in whole units, or the ISO string of a date / period. */
  value: number | string;
  unit: string;
}

export interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: "ORG" | "PERSON" | "PLACE";
}

export interface GoldDoc {
  /** Corpus file under data/corpus and its 0-based line. */
  file: string;
  line: number;
  /** sha256 of the body (UTF-8), to notice a changed corpus. */
  sha256: string;
  date: string | null;
  figures: GoldFigure[];
  entities: GoldEntity[];
}

/** The dev gold (gold.json), or a held-out split (gold-heldout.json, gold-heldout2.json). */
export function loadGold(split = "dev"): GoldDoc[] {
  const path = fileURLToPath(new URL(split === "dev" ? "./gold.json" : `./gold-${split}.json`, import.meta.url));
  return (JSON.parse(readFileSync(path, "utf8")) as { docs: GoldDoc[] }).docs;
}
