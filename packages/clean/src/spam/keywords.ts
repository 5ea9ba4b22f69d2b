import type { Cut } from "../view.js";
import type { PromoEvidence } from "./evidence.js";

/**
 * spam/brand-compound, spam/keyword-chain, spam/contact-block: promotional strings injected
 * inside otherwise real sentences are removed at character level. Only injection evidence
 * cuts inline: a brand learnt from the page, a chain of ≥3 terms / a lure phrase, a contact
 * block. A lone 博彩 or 赌场 in a news story is topic, not spam, and stays.
 */
export function keywordCuts(ev: PromoEvidence): Cut[] {
  const cuts: Cut[] = [];
  for (const s of ev.spans) {
    if (s.kind === "brand") cuts.push({ start: s.start, end: s.end, reason: "spam-keyword", rule: "spam/brand-compound", detail: s.label });
    else if (s.kind === "contact") cuts.push({ start: s.start, end: s.end, reason: "spam-keyword", rule: "spam/contact-block", detail: s.label });
    else if (s.weight >= 1) cuts.push({ start: s.start, end: s.end, reason: "spam-keyword", rule: "spam/keyword-chain", detail: s.label });
  }
  return cuts;
}

/** A word cut out of spaced (Latin) prose leaves two spaces: take one of them along. */
export function swallowSpace(text: string, cuts: Cut[]): Cut[] {
  return cuts.map((c) => (text[c.start - 1] === " " && text[c.end] === " " ? { ...c, end: c.end + 1 } : c));
}
