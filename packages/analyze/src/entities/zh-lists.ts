import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";

// Organisations named in an enumeration (協青社、露宿者行動委員會有限公司、寶血兒童村、安徒生會):
// Hong Kong charities, schools and associations that no gazetteer lists and whose endings (會,
// 社, 村, 團) are too common to trust alone. The list is the evidence: when most items of a
// 、-separated list are organisations (known ones, or names with an organisation's ending), the
// other items with such an ending are organisations too.

// Last characters of organisation names (folded forms first, Traditional after).
const ORG_LAST_CHAR = /[会會社盟团團村院校局部司行所馆館台站队隊军軍组組处處署厅廳府党黨园園坊堂庙廟寺]$/u;
const ORG_TAIL = /(?:中心|天地|基金|机构|機構|协会|協會|联会|聯會|商会|商會|工会|工會|学会|學會|运动|運動|阵线|陣線)$/u;
// A list item: Han characters with an optional bracketed part (奮進（青少年發展）有限公司).
const ITEM = /^(?:\p{Script=Han}|[（(]\p{Script=Han}{1,8}[）)]|[—－-](?=\p{Script=Han}))+$/u;
// Words that start a description rather than a name (多家, 各區, 其他).
const GENERIC_START = /^(?:多|各|该|該|本|其|此|这|這|那|两|兩|一|几|幾|数|數|其他|以及|包括|及|和|与|與|或)/u;
// jieba tags of a whole item that is one ordinary dictionary word (卫生院, 学校): not a name.
const COMMON_WORD_TAG = /^(?:n|vn|v|a|an|ng|s|f|l|i|j|b)$/;

export interface ListItem {
  start: number;
  end: number;
  text: string;
}

/** 、-separated lists of more than `separators` items (default: three or more), each bounded
 *  by clause punctuation or a colon. */
export function lists(text: string, separators = 2): ListItem[][] {
  const out: ListItem[][] = [];
  if (!text.includes("、")) return out;
  // One pass over the clauses; only those with two 、 or more are lists.
  for (let from = 0; from < text.length; ) {
    CLAUSE_END.lastIndex = from;
    const stop = CLAUSE_END.exec(text);
    const end = stop ? stop.index : text.length;
    const clause = text.slice(from, end);
    if ((clause.match(/、/g) ?? []).length >= separators) {
      const items: ListItem[] = [];
      let at = from;
      for (const part of clause.split("、")) {
        const lead = part.length - part.trimStart().length;
        const t = part.trim();
        items.push({ start: at + lead, end: at + lead + t.length, text: t });
        at += part.length + 1;
      }
      out.push(items);
    }
    from = end + 1;
  }
  return out;
}

const CLAUSE_END = /[，。；：:;！？!?\n「」“”"]/gu;

// "夜店或夜總會": an item joining two things with "or" is no single name.
const JOINS_ALTERNATIVES = /[或]/u;

function isOrgLike(item: ListItem): boolean {
  return item.text.length <= 30 && ITEM.test(item.text) && !JOINS_ALTERNATIVES.test(item.text) && [...item.text].length >= 3 && (ORG_LAST_CHAR.test(item.text) || ORG_TAIL.test(item.text)) && !GENERIC_START.test(item.text);
}

/**
 * Organisations recognised by the list they stand in. `found` holds what other rules found
 * (organisations covering a whole item count as known); returns new ORG entities for the
 * other items that end like an organisation, each replacing whatever smaller mention lay
 * inside it (香港 in 香港防癌會).
 */
export function listedOrgs(text: string, tokens: TaggedToken[], found: Entity[]): Entity[] {
  const out: Entity[] = [];
  let tokenAt: Map<number, TaggedToken> | undefined;
  for (const items of lists(text)) {
    const covered = (it: ListItem, type: Entity["type"]) => found.some((e) => e.type === type && e.start <= it.start && e.end >= it.end);
    if (items.some((it) => covered(it, "PERSON") || covered(it, "PLACE"))) continue;
    const known = items.filter((it) => covered(it, "ORG"));
    const likely = items.filter((it) => !covered(it, "ORG") && isOrgLike(it));
    if (known.length + likely.length < Math.max(3, Math.ceil(items.length * 0.6))) continue;
    tokenAt ??= new Map(tokens.map((t) => [t.start, t]));
    for (const it of likely) {
      // One ordinary dictionary word (卫生院, 幼稚園) names a kind of place, not an organisation.
      const t = tokenAt.get(it.start);
      if (t && t.end === it.end && t.tag && COMMON_WORD_TAG.test(t.tag)) continue;
      out.push({ text: it.text, start: it.start, end: it.end, type: "ORG", name: it.text, source: "rule" });
    }
  }
  return out;
}
