import type { Entity } from "../schema.js";
import { foldForSearch, toSourceSpan, type Folded } from "../normalize.js";
import { segmentTagged, type TaggedToken } from "../segment/segment.js";
import { defaultGazetteer, aliasKey, type Gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { matcherFor, type AliasHit } from "./alias-matcher.js";
import { posEntities } from "./pos-entities.js";
import { capitalisedEntities } from "./capitalised.js";

export interface FindEntitiesOptions {
  /** Gazetteer to match (default: the package's). */
  gazetteer?: Gazetteer;
  /** Tokens already computed by segmentTagged (analyze passes them to avoid a second jieba pass). */
  tokens?: TaggedToken[];
  /** Folded text already computed for this text. */
  folded?: Folded;
}

const CUE_WINDOW = 12;
const HAN2 = /^\p{Script=Han}{2}$/u;

/** Does the entry list this folded alias with a capital letter (Meta, Apple)? Then text must too. */
const wantsCapital = new WeakMap<GazetteerEntry, Map<string, boolean>>();
function aliasWantsCapital(entry: GazetteerEntry, key: string): boolean {
  let m = wantsCapital.get(entry);
  if (!m) wantsCapital.set(entry, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) {
    v = entry.aliases.some((a) => /[A-Z]/.test(a) && aliasKey(a) === key);
    m.set(key, v);
  }
  return v;
}

function overlaps(a: { start: number; end: number }, taken: { start: number; end: number }[]): boolean {
  return taken.some((t) => a.start < t.end && t.start < a.end);
}

/**
 * Gazetteer mentions, checked against the text:
 * - a Latin alias written with capitals in the gazetteer needs a capital in the text
 *   (Meta the company, not "meta" the word);
 * - a two-character Han alias must line up with jieba's word boundaries (中信 not inside 中信息);
 * - an ambiguous alias (苹果) needs a cue word nearby or an unambiguous mention of the same
 *   entry elsewhere in the document.
 */
function gazetteerEntities(text: string, folded: Folded, gazetteer: Gazetteer, tokens: TaggedToken[]): Entity[] {
  const boundaries = new Set<number>();
  for (const t of tokens) {
    boundaries.add(t.start);
    boundaries.add(t.end);
  }
  const hits = matcherFor(gazetteer).matchAll(folded.text);
  const accepted: { hit: AliasHit; start: number; end: number }[] = [];
  const pendingAmbiguous: { hit: AliasHit; start: number; end: number }[] = [];
  for (const hit of hits) {
    const [start, end] = toSourceSpan(folded, hit.start, hit.end);
    const surface = text.slice(start, end);
    if (aliasWantsCapital(hit.entry, hit.key) && !/\p{Lu}/u.test(surface.normalize("NFKC"))) continue;
    if (HAN2.test(hit.key) && !(boundaries.has(start) && boundaries.has(end))) continue;
    if (hit.key === "us" && folded.text[hit.end] === "$") continue; // US$ is a currency
    if (gazetteer.isAmbiguousKey(hit.key)) pendingAmbiguous.push({ hit, start, end });
    else accepted.push({ hit, start, end });
  }
  const named = new Set(accepted.map((a) => a.hit.entry));
  for (const p of pendingAmbiguous) {
    const window = folded.text.slice(Math.max(0, p.hit.start - CUE_WINDOW), p.hit.end + CUE_WINDOW);
    const cued = (p.hit.entry.cues ?? []).some((c) => window.includes(c));
    if (cued || named.has(p.hit.entry)) accepted.push(p);
  }
  return accepted
    .map(({ hit, start, end }) => ({
      text: text.slice(start, end),
      start,
      end,
      type: hit.entry.type,
      name: hit.entry.name,
      source: "gazetteer" as const,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * Named entities with offsets into `text`: gazetteer mentions first (canonical names), then
 * jieba POS names and English capitalised phrases that do not overlap them (name = surface).
 */
export function findEntities(text: string, options: FindEntitiesOptions = {}): Entity[] {
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const folded = options.folded ?? foldForSearch(text);
  const tokens = options.tokens ?? segmentTagged(text);
  const found = gazetteerEntities(text, folded, gazetteer, tokens);
  const taken: Entity[] = [...found];
  for (const e of [...posEntities(tokens, text), ...capitalisedEntities(text)]) {
    if (!overlaps(e, taken)) {
      found.push(e);
      taken.push(e);
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
