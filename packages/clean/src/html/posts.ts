import { findDate } from "../text/date.js";
import { isDropped, isElement, type AnyNode, type Element, type TextNode } from "./dom.js";

/** How far up from the best block a repeated post unit is looked for. */
const MAX_DEPTH = 16;
/** A unit counts as a post when its paragraphs score at least this much (a few sentences):
 *  posts differ in length, so no share of the best one is asked for. */
const MIN_POST_SCORE = 5;

/** Tag, class and the sequence of child tags: posts rendered by one template look alike. */
function shape(el: Element): string {
  return `${el.name}.${el.attribs?.["class"] ?? ""}|${el.children.filter(isElement).map((c) => c.name).join(",")}`;
}

/** A date standing alone in a short text node (a post's timestamp), not one inside prose. */
function hasOwnTimestamp(el: Element): boolean {
  const walk = (n: AnyNode): boolean => {
    if (n.type === "text") {
      const t = (n as TextNode).data.trim();
      return t.length > 0 && t.length <= 40 && findDate(t) !== undefined;
    }
    return isElement(n) && !isDropped(n) && n.children.some(walk);
  };
  return walk(el);
}

/**
 * A page of several posts (a blog's front page, a forum thread, a list of letters): the best
 * block sits in one of several sibling units of the same shape, each with its own timestamp
 * and its own substantial text. Such a page holds several articles and the first one is the
 * page's article (the newest post, the opening post), whichever is longest, so the pick is
 * confined to it. Paragraphs of one article look alike too, but do not each carry a
 * timestamp of their own. Returns the first post, or null when the page is no list of posts.
 */
export function firstPost(best: Element, root: Element, mass: Map<Element, number>, leaves: Set<Element>): Element | null {
  let unit: AnyNode = best;
  for (let depth = 0; depth < MAX_DEPTH && unit !== root && unit.parent && isElement(unit.parent); depth++, unit = unit.parent) {
    const el = unit as Element;
    // A post holds blocks (its title or date line, its body): a single paragraph is no post.
    if (leaves.has(el) || (mass.get(el) ?? 0) < MIN_POST_SCORE) continue;
    const sig = shape(el);
    const posts = (el.parent as Element).children.filter(
      (c): c is Element => isElement(c) && !isDropped(c) && !leaves.has(c) && shape(c) === sig && (mass.get(c) ?? 0) >= MIN_POST_SCORE,
    );
    if (posts.length >= 2 && posts.includes(el) && posts.every(hasOwnTimestamp)) return posts[0]!;
  }
  return null;
}
