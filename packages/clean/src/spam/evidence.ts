import { fold, type Folded } from "../fold.js";
import { isLetterOrDigitUnit } from "../text/char-class.js";
import { brandCompoundSpans, learnBrands, type Brand } from "./brand.js";
import { chainAt, contactSpans, isPromotionalChain, termStarts, unfoldSpan, type Span } from "./terms.js";

/** A span of promotional evidence in view coordinates, with its weight for density. */
export interface PromoSpan extends Span {
  kind: "brand" | "chain" | "contact";
  weight: number;
  label: string;
}

/** Everything promotional on the page, computed once per view: brands learnt from it,
 *  brand compounds, promotional term chains and contact blocks. */
export interface PromoEvidence {
  text: string;
  folded: Folded;
  brands: Brand[];
  spans: PromoSpan[];
}

/** `brands`: reuse the brands learnt on an earlier view of the same page; `folded`:
 *  fold(text) when the caller has it already; `elsewhere`: the rest of the page (folded),
 *  as evidence of which compounds recur. */
export function promoEvidence(text: string, knownBrands?: Brand[], folded: Folded = fold(text), elsewhere?: Folded): PromoEvidence {
  const brands = knownBrands ?? learnBrands(folded);
  const spans: PromoSpan[] = [];
  const compounds = brandCompoundSpans(folded, brands, elsewhere);
  for (const s of compounds) {
    spans.push({ ...unfoldSpan(folded, s), kind: "brand", weight: 1, label: `brand "${s.brand.name}" (${s.brand.evidence} glued compounds)` });
  }
  let next = 0;
  for (const pos of termStarts(folded)) {
    if (pos < next) continue; // inside the previous chain
    // Inside a brand compound: the compound already decided where it ends (a weak site word
    // given back to the prose after it, "…平台登录|国际联播快讯", must not be re-taken by a chain).
    const inBrand = compounds.find((c) => c.start <= pos && pos < c.end);
    if (inBrand) {
      next = inBrand.end;
      continue;
    }
    const chain = chainAt(folded.text, pos);
    if (isPromotionalChain(chain)) {
      const strong = chain.terms.length >= 3 || chain.terms.some((t) => t.kind === "phrase");
      spans.push({
        ...unfoldSpan(folded, chain),
        kind: "chain",
        // A lure glued to one site word (博彩平台) also occurs in news: half weight.
        weight: strong ? 1 : 0.5,
        label: `promotional chain ${chain.terms.map((t) => t.term).join("+")}`,
      });
    }
    next = Math.max(chain.end, pos + 1);
  }
  for (const s of contactSpans(text)) spans.push({ ...s, kind: "contact", weight: 1, label: "contact block" });
  spans.sort((a, b) => a.start - b.start);
  return { text, folded, brands, spans };
}

/** Weighted share of letters/digits in [start,end) covered by promotional spans. */
export function promoDensity(text: string, spans: PromoSpan[], start: number, end: number): { density: number; promo: number; letters: number } {
  const weight = new Float32Array(end - start);
  for (const s of spans) {
    if (s.end <= start || s.start >= end) continue;
    for (let i = Math.max(s.start, start); i < Math.min(s.end, end); i++) weight[i - start] = Math.max(weight[i - start]!, s.weight);
  }
  let letters = 0;
  let promo = 0;
  for (let i = start; i < end; i++) {
    if (!isLetterOrDigitUnit(text.charCodeAt(i))) continue;
    letters++;
    promo += weight[i - start]!;
  }
  return { density: letters ? promo / letters : 0, promo, letters };
}

