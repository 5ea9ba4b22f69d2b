import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";

// Places named by what was built there, or by their kind: railways, motorways, industrial
// parks, stations, parks, halls, deserts (雅万高铁, 京昆高速, 北加里曼丹工业园, 九龍塘地鐵站,
// 人民大会堂, 塔克拉玛干沙漠). jieba cuts the name and the kind apart,
// or keeps a famous one whole as a name (人民大会堂/nt). The kind word alone is a common noun
// (修建铁路, 城市公园): only a name before it makes a place, i.e. words jieba tags as places,
// names, abbreviations or does not know.
const FACILITY = /^(?:高铁|高鐵|铁路|鐵路|工业园|工業園|产业园|產業園|科技园|科技園|工业园区|工業園區|地铁站|地鐵站|火车站|火車站|高铁站|高鐵站|公园|公園|大桥|大橋|港口|码头|碼頭|高速|高速公路|服务区|服務區|沙漠)$/u;
const NAME_PART_TAG = /^(?:ns|nr\w*|nz|x|j)$/;
const LEADING_NOT_NAME = /^[好的了在是把被将將对對从從向和与與及]\p{Script=Han}{2,}/u;
// Whole names jieba knows, tagged as a name, ending in a built place's kind.
const NAMED_FACILITY = /(?:大会堂|大會堂|广场|廣場|体育馆|體育館|体育场|體育場|机场|機場|火车站|火車站)$/u;

/** Built places: a name and the kind of place after it, or one name word ending in such a kind. */
export function facilityPlaces(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.tag === "nt" || t.tag === "ns") && t.end - t.start >= 4 && NAMED_FACILITY.test(t.text)) {
      out.push({ text: t.text, start: t.start, end: t.end, type: "PLACE", name: t.text, source: "rule" });
      continue;
    }
    if (!FACILITY.test(t.text)) continue;
    let first = i;
    while (first > 0 && tokens[first - 1]!.end === tokens[first]!.start && NAME_PART_TAG.test(tokens[first - 1]!.tag ?? "") && tokens[first - 1]!.kind === "han") first--;
    if (first === i) continue;
    // An unknown word may carry the verb's complement before the name (运营好 + 雅万: 好雅万/x).
    const start = tokens[first]!.start + (tokens[first]!.tag === "x" && LEADING_NOT_NAME.test(tokens[first]!.text) ? 1 : 0);
    if (t.start - start < 2) continue;
    const surface = text.slice(start, t.end);
    out.push({ text: surface, start, end: t.end, type: "PLACE", name: surface, source: "rule" });
  }
  return out;
}
