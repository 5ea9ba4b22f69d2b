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

// Stations: a place word and 站 or 北站 / 南站 … (福田站, 南京北站), or any short name and 站
// after a railway's name (港鐵太子站, 西鐵錦上路站). 站 alone is also "to stand" (站在, 站起来),
// so the name before it must be a place word or follow a railway.
const RAILWAY_BEFORE = /(?:港鐵|港铁|地鐵|地铁|輕鐵|轻铁|東鐵|东铁|西鐵|西铁|高鐵|高铁|機鐵|机铁)$/u;
const STATION = /^(?:[东西南北東]?站)$/u;
const STATION_NAME = /^\p{Script=Han}{2,5}?(?:[东西南北東]?站)/u;

function stations(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "han") continue;
    if (RAILWAY_BEFORE.test(t.text)) {
      // After a railway's name: the shortest name that ends in 站.
      const m = STATION_NAME.exec(text.slice(t.end, t.end + 8));
      // The name holds no verb or function word (高铁到达南京北站 is a journey, not a name).
      const inName = m ? tokens.filter((u) => u.start >= t.end && u.end <= t.end + m[0].length - 1) : [];
      if (m && !/[的了在是和與与及]/u.test(m[0]) && !inName.some((u) => /^(?:v|vn|vd|p|d|c|u\w*|r|a|ad)$/.test(u.tag ?? ""))) {
        out.push({ text: m[0], start: t.end, end: t.end + m[0].length, type: "PLACE", name: m[0], source: "rule" });
        continue;
      }
    }
    const next = tokens[i + 1]!;
    if (t.tag === "ns" && next.start === t.end && STATION.test(next.text)) {
      const surface = text.slice(t.start, next.end);
      out.push({ text: surface, start: t.start, end: next.end, type: "PLACE", name: surface, source: "rule" });
    }
  }
  return out;
}

/** Built places: a name and the kind of place after it, or one name word ending in such a kind. */
export function facilityPlaces(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = text.includes("站") ? stations(text, tokens) : [];
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
