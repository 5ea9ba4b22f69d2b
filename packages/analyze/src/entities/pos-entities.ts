import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { foldForSearch } from "../normalize.js";

// Common Chinese surnames: a 2-character jieba "nr" only counts as a person when it starts
// with one (jieba tags many ordinary words nr).
const SURNAMES = new Set(
  Array.from(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
      // The next most common and those of Hong Kong (麦, 冼, 邝, 岑); not 季, 施, 左, 卓 or 欧,
      // which start too many words (消费季, 施襲者, 左中右, 卓健醫療, 歐國盃) on the corpora.
      "齐康伍乔庞颜倪殷骆邢聂耿葛柯柴翟阎牛温庄甘祝詹焦包鲁岳童凌霍樊蓝洪翁章褚梅屈关游简麦冼邝岑饶",
  ),
);

/** Is this character (Simplified or Traditional) a common Chinese surname? */
export function isCommonSurname(ch: string): boolean {
  return SURNAMES.has(ch) || SURNAMES.has(foldForSearch(ch).text);
}

// Words jieba tags nr/ns/nt that are not names in this domain.
const NOT_NAMES = new Set([
  "高达", "长达", "华为", "百度", "联想", "中信", "万卡", "金融", "方面", "云计算",
  "上市公司", "党组织", "通讯社", "统计局", "港口城市", "城中村", "交易所", "公立医院", "神学院",
  // kinds of body, not bodies (triads, "participating parties", concert halls)
  "黑社会", "黑社會", "参政党", "參政黨", "音乐厅", "音樂廳",
]);

function isHan(s: string): boolean {
  return /^\p{Script=Han}+$/u.test(s);
}

// jieba's dictionary tags many ordinary words nr/ns (顾问, 金字塔, 深度, 维度), so a POS name
// needs support from its context: a person a title or a speech verb next to it, a place a
// place-name suffix.
const PERSON_CUE_BEFORE = /(总裁|董事长|主席|总理|总统|部长|首席执行官|CEO|创始人|记者|教授|院士|经理|总经理|负责人|发言人|分析师|作者|局长|书记|省长|市长)[:：]?$/;
const PERSON_CUE_AFTER = /^(表示|称|说|指出|认为|透露|强调|介绍|坦言|先生|女士|教授|博士|院士|在接受)/;
// Traditional forms too (醫管局 and 眾新聞 come from Hong Kong text; jieba tags the word on its
// Simplified copy, the ending is read on the original), and the endings of parties and of
// bodies named by their standing (共產黨, 越共中央, 財政司, 港澳辦, 法工委, 中央书记处).
const ORG_SUFFIX = /(公司|集团|集團|银行|銀行|政府|委员会|委員會|部|局|院|所|大学|大學|学院|學院|协会|協會|中心|团|團|社|厅|廳|署|会|會|行|台|臺|报|報|网|網|厂|廠|基金|法院|检察院|檢察院|组织|組織|联盟|聯盟|党|黨|中央|办|辦|委|处|處|司)$/;
// Direction words + 部 (中西部, 总部) and negated or generic phrases are not organisations.
const NOT_ORG = /^(非|各|该|該|本|其|全)|(东|西|南|北|中|内|外|全|局|底|顶|总|上|下|前|后|头|腹|背|東|內|頂|總|後|頭)部$|(音乐|音樂|演唱|博览|博覽|运动|運動|研讨|研討|奥运|奧運)[会會]$|(有限|上市|公共|分|子)公司$|^.[国國][会會]$/;
// 大/小 start descriptions (大城市, 小山村), but also names with an administrative ending
// (大兴区, 大连市, 小金县), which stay.
const NOT_PLACE = /^(?:各|该|本)|^自治[县州区旗]$|^[大小](?!\p{Script=Han}{1,3}[省市县区州镇乡])|^[大小](?:城市|山区|县城|农村|乡村|城镇|社区|小区|片区|园区|地区|市区|景区|街区|城区|矿区)|人治|城市$/u;
const PLACE_SUFFIX = /(省|市|县|区|州|镇|乡|村|河|江|湖|山|岛|湾|港|街|路|峡|海|沙漠|草原|高原|平原|盆地|峡谷|运河|運河)$/;

/**
 * Names jieba's POS tagger sees that the gazetteer does not know: nt → ORG, nr → PERSON,
 * ns → PLACE. Conservative (precision over recall): ORG names of 3+ characters, person names
 * of 3 characters or 2 starting with a common surname, places of 2+ characters.
 */
export function posEntities(tokens: TaggedToken[], text: string): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only these three tags can give a name: test them first, the cheapest check.
    if (t.tag !== "nt" && t.tag !== "nr" && t.tag !== "ns") continue;
    if (t.kind !== "han" || !isHan(t.text) || NOT_NAMES.has(t.text)) continue;
    let type: Entity["type"] | undefined;
    const len = t.text.length;
    // 美国财政部 + 长 is a title (the finance minister), not the ministry.
    const title = /^[长長]/.test(text[t.end] ?? "");
    // 會 / 会 is also "will": 交易會在9月完成 is "the deal will", not a fair.
    const modal = /[会會]$/.test(t.text) && /^(?:v|vd|vn|d|p|ad)$/.test(tokens[i + 1]?.tag ?? "") && tokens[i + 1]!.start === t.end;
    if (t.tag === "nt" && len >= 3 && ORG_SUFFIX.test(t.text) && !NOT_ORG.test(t.text) && !title && !modal) type = "ORG";
    else if (t.tag === "nr" && (len === 2 || len === 3) && SURNAMES.has(t.text[0]!)) {
      const before = text.slice(Math.max(0, t.start - 6), t.start);
      const after = text.slice(t.end, t.end + 4);
      if (PERSON_CUE_BEFORE.test(before) || PERSON_CUE_AFTER.test(after)) type = "PERSON";
    } else if (t.tag === "ns" && len >= 3 && PLACE_SUFFIX.test(t.text) && !NOT_PLACE.test(t.text)) type = "PLACE";
    if (type) out.push({ text: t.text, start: t.start, end: t.end, type, name: t.text, source: "pos" });
  }
  return out;
}
