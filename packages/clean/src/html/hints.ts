import { isDropped, isElement, type AnyNode, type Element, type TextNode } from "./dom.js";

/**
 * What a block's class/id names and its first words say about it (Readability's class-name
 * hints, in English, pinyin and Chinese). Generic vocabulary of page furniture only: no site's
 * own class names.
 */

/** Class or id words that name a comment thread (not "comments-open", "comment-count"…). */
const COMMENT_WORD = /comment|disqus|replies|pinglun|评论/i;
const NOT_THREAD = /open|closed|count|number|link|icon|button|btn|form/i;
/** Comments are prose but not the article: their paragraphs count at this weight. */
export const COMMENT_WEIGHT = 0.1;

/** Picture captions are sentences about a picture: weak evidence of where the article is. */
export const CAPTION_WEIGHT = 0.3;
const CAPTION_WORD = /^(?:image|img|photo|picture|figure|caption|wp-caption|pic|media)(?:$|[-_])|caption/i;
export function isCaption(el: Element): boolean {
  return el.name === "figcaption" || el.name === "figure" || (el.attribs?.["class"] ?? "").split(/\s+/).some((w) => CAPTION_WORD.test(w));
}

/** Does the class or id name a comment thread (a page's comments, not its article)? */
export function namesCommentThread(el: Element): boolean {
  const a = el.attribs;
  if (!a) return false;
  const words = `${a["class"] ?? ""} ${a["id"] ?? ""}`.split(/\s+/);
  return words.some((w) => COMMENT_WORD.test(w) && !NOT_THREAD.test(w));
}

/** Class and id words of site furniture that sits next to articles (Readability's negative
 *  hints, in English and Chinese pinyin/characters); a sibling so named is not article text. */
const FURNITURE_NAME = /comment|reply|related|recommend|sidebar|footer|share|social|promo|sponsor|advert|\bads?\b|pinglun|xiangguan|tuijian|评论|相关|推荐/i;

/** A block that opens as site furniture does: a disclaimer, a copyright or "about us" notice. */
const FURNITURE_OPENING = /(?:版权|版權|免责|免責|郑重|鄭重)[^。，,]{0,4}(?:声明|聲明)|^[\s\p{P}\p{S}]*(?:声明|聲明)\s*[:：]|版权所有|版權所有|^[\s\p{P}\p{S}]*(?:copyright|disclaimer|about us|关于我们|關於我們)/iu;

/** The first characters of an element's visible text. */
function openingText(el: Element, max = 24): string {
  let out = "";
  const walk = (n: AnyNode) => {
    if (out.length >= max) return;
    if (n.type === "text") out += (n as TextNode).data;
    else if (isElement(n) && !isDropped(n)) n.children.forEach(walk);
  };
  walk(el);
  return out.slice(0, max);
}

/** Does the class or id name a piece of site furniture (comments, related links, share bar…)? */
export function namesFurniture(el: Element): boolean {
  return FURNITURE_NAME.test(`${el.attribs?.["class"] ?? ""} ${el.attribs?.["id"] ?? ""}`);
}

/** Does the block open as a disclaimer, copyright or "about us" notice does? */
export function opensAsFurniture(el: Element): boolean {
  return FURNITURE_OPENING.test(openingText(el));
}
