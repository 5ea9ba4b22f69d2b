import { z } from "zod";

/** Offsets are UTF-16 indices into the analysed text: text.slice(start, end) === token text. */
const Span = { text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const Word = z.object({
  ...Span,
  /** Script class of the token: Han, Latin word, number, mixed alphanumeric (H100, 6GW), other. */
  kind: z.enum(["han", "latin", "number", "mixed", "symbol"]),
});
export type Word = z.infer<typeof Word>;

export const EntityType = z.enum(["ORG", "PERSON", "PLACE", "PRODUCT"]);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z.object({
  ...Span,
  type: EntityType,
  /** Canonical name, the same for every alias (联想 / 聯想 / Lenovo → "Lenovo"). */
  name: z.string(),
  /** Where the mention came from: the gazetteer, a jieba POS tag, or a capitalised-phrase rule. */
  source: z.enum(["gazetteer", "pos", "rule"]),
});
export type Entity = z.infer<typeof Entity>;

export const FigureKind = z.enum([
  "money",
  "percent",
  "percentage_point",
  "power",
  "energy",
  "data",
  "quantity",
  "count",
  "ratio",
  "date",
  "period",
]);
export type FigureKind = z.infer<typeof FigureKind>;

export const Figure = z.object({
  ...Span,
  kind: FigureKind,
  /** Normalised value in whole units (money in units of `unit`, power in W, …); ISO string
   *  for dates ("2025-08-08", "2024-12") and periods ("2025-Q3", "FY2025", "H1"). */
  value: z.union([z.number(), z.string()]),
  /** Upper end when the figure is a range (300-400亿元 → value 3e10, valueMax 4e10). */
  valueMax: z.number().optional(),
  unit: z.string(),
  approx: z.boolean(),
  /** Growth direction when the figure is a change (同比增长 / down). */
  direction: z.enum(["up", "down"]).optional(),
  /** Basis of a change: year-on-year, quarter-on-quarter, month-on-month. */
  basis: z.enum(["yoy", "qoq", "mom"]).optional(),
  /** Canonical name of the entity the figure is about, when the sentence makes that clear. */
  entity: z.string().optional(),
  /** For counts: the measure word or counted noun as written (台, 块, token). */
  counter: z.string().optional(),
});
export type Figure = z.infer<typeof Figure>;

export const Lang = z.enum(["zh-Hans", "zh-Hant", "en", "mixed"]);

/** The language of one paragraph (a line of the text), with its offsets. */
export const ParagraphLang = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), lang: Lang });
export type ParagraphLang = z.infer<typeof ParagraphLang>;

export const Analysis = z.object({
  words: z.array(Word),
  entities: z.array(Entity),
  figures: z.array(Figure),
  /** Language of the whole text and of each paragraph (set by analyze()). */
  lang: Lang.optional(),
  paragraphs: z.array(ParagraphLang).optional(),
});
export type Analysis = z.infer<typeof Analysis>;

/** Options for one analysis run. */
export const AnalyzeOptions = z.object({
  /** The document's date (ISO); lets "2月24日" get its year. */
  docDate: z.string().nullable().optional(),
  /** ISO code for a bare 元: CNY by default; HKD for Hong Kong sources, TWD for Taiwan. */
  yuanCurrency: z.string().nullable().optional(),
});
export type AnalyzeOptions = z.infer<typeof AnalyzeOptions>;
