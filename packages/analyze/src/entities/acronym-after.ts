import type { Entity } from "../schema.js";

// An organisation's Latin acronym written right after its name (數碼電台DBC, 香港電台（RTHK）,
// World Health Organization (WHO)) names the same body wherever the document uses it.
const ACRONYM_AFTER = /^(\s?[（(]\s?)?([A-Z][A-Z&]{1,5})(?![A-Za-z0-9])/;
// Acronyms that follow company names without naming them: a role (博通CEO), a product or
// technology (英伟达GPU), a market term (腾讯IPO).
const NOT_BODY =
  /^(?:CEO|CFO|COO|CTO|CIO|VP|MD|AI|AIGC|GPU|CPU|NPU|TPU|DPU|IPO|ETF|GDP|PMI|CPI|PPI|APP|IT|PC|TV|VR|AR|XR|HR|PR|LED|OLED|LCD|SSD|HDD|DC|AC|IDC|HPC|API|SDK|ESG|VIP|KPI|IP|QR|ATM|SUV|EV|PUE|OEM|ODM|CDN|SaaS|IDM|NFT|USB|LNG|PE|VC)$/;

/**
 * Acronyms just after organisations already found, as ORG mentions named after them: in
 * brackets after any organisation, or glued to one found by its naming ending (the bracket-less
 * form is also how products and roles follow a known company).
 */
export function acronymsAfterOrgs(text: string, found: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of found) {
    if (e.type !== "ORG") continue;
    const m = ACRONYM_AFTER.exec(text.slice(e.end, e.end + 10));
    if (!m || NOT_BODY.test(m[2]!)) continue;
    if (!m[1] && e.source !== "rule") continue;
    const start = e.end + m[0].length - m[2]!.length;
    out.push({ text: m[2]!, start, end: start + m[2]!.length, type: "ORG", name: e.name, source: "rule" });
  }
  return out;
}
