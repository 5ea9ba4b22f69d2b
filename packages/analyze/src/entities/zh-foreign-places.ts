import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { isTokenBoundary } from "./boundaries.js";

// Foreign places written in Chinese transliteration with an administrative ending: 诺丁汉市,
// 伯明翰市, 埃涅尔戈达尔市. The stem is made only of characters of the standard transliteration
// table (Xinhua's 世界人名翻译大辞典 syllable characters, Simplified and Traditional), which
// ordinary Chinese words before 市 (城市, 上市, 股市) are not.
export const TRANSLIT =
  "阿埃艾爱愛安昂奥奧巴拜班邦包保贝貝本比彼毕畢宾賓波伯博布查達达戴丹道德登迪蒂丁东東杜多厄恩尔爾法范菲费費芬丰豐弗福夫盖蓋甘冈岡戈格哥根古瓜圭哈海汉漢豪赫亨洪胡华華怀懷惠霍基吉加贾賈杰傑金卡凯凱坎康柯科可克肯库庫夸奎拉莱萊兰蘭朗劳勞勒雷蕾里利丽麗莉连連林琳隆卢盧鲁魯路伦倫罗羅洛吕呂马馬迈邁麦麥曼芒梅门門蒙米敏明莫默姆穆纳納内內尼妮涅宁寧纽紐努诺諾欧歐帕潘庞龐佩彭皮珀普奇齐齊恰乔喬切钦欽琼瓊丘萨薩塞赛賽桑瑟森沙莎尚舍什施史斯松苏蘇索塔泰坦汤湯特滕提廷通图圖托瓦万萬旺威韦韋维維沃乌烏武西希锡錫夏肖谢謝辛休许許雅亚亞扬揚耶伊因英尤于约約泽澤扎詹兹茲佐茨翰汀敦顿頓堡";
const ENDINGS = new Set("市州省郡县縣岛島");
const TRANSLIT_CHARS = new Set(TRANSLIT);
// A government body after the place makes one organisation (诺丁汉市议会, 伯明翰市政府).
const BODY_AFTER = /^(?:议会|議會|政府|市政府|警方|法院|委员会|委員會)/u;

export function foreignPlaces(text: string, tokens: TaggedToken[]): Entity[] {
  const out: Entity[] = [];
  // From each ending back over transliteration characters: a stem of 2 to 6 of them, the
  // whole run (a longer run is a phrase, not one name).
  for (let end = 1; end < text.length; end++) {
    if (!ENDINGS.has(text[end]!)) continue;
    let start = end;
    while (start > 0 && end - start <= 6 && TRANSLIT_CHARS.has(text[start - 1]!)) start--;
    const stem = end - start;
    if (stem < 2 || stem > 6) continue;
    const placeEnd = end + 1;
    const body = BODY_AFTER.exec(text.slice(placeEnd, placeEnd + 4));
    const type = body ? "ORG" : "PLACE";
    const stop = body ? placeEnd + body[0].length : placeEnd;
    // Both edges on jieba word boundaries: 叙利亚市场 is a market, not a city. (With a body
    // after it, jieba may keep 市议会 together: the edge is then after the body.)
    if (!isTokenBoundary(tokens, stop) || !isTokenBoundary(tokens, start)) continue;
    const surface = text.slice(start, stop);
    out.push({ text: surface, start, end: stop, type, name: surface, source: "rule" });
  }
  return out;
}
