import type { Entity } from "../schema.js";

// An organisation introduced in quotes (「關注環境衛生大聯盟」的代言人, “中国青年志愿者协会”): Hong
// Kong and mainland papers quote the name of a group the reader may not know, and the name's
// last word says it is a group. Without the quotes these endings are too common to trust
// (the 大聯盟 alone refers back to it, a 协会 of some kind).
const QUOTED_NAME = /[「“『]([\p{Script=Han}]{2,18}(?:大聯盟|大联盟|聯盟|联盟|同盟|協會|协会|學會|学会|商會|商会|工會|工会|聯會|联会|委員會|委员会|關注組|关注组|基金會|基金会|研究會|研究会|陣線|阵线|聯合會|联合会|促進會|促进会))[」”』]/gu;

/** Organisations named in quotes with an organisation's ending, without the quotes. */
export function quotedOrgs(text: string): Entity[] {
  const out: Entity[] = [];
  if (!/[「“『]/u.test(text)) return out;
  for (const m of text.matchAll(QUOTED_NAME)) {
    const start = m.index! + 1;
    const end = start + m[1]!.length;
    out.push({ text: m[1]!, start, end, type: "ORG", name: m[1]!, source: "rule" });
  }
  return out;
}
