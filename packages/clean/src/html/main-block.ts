import { firstPost } from "./posts.js";
import { COMMENT_WEIGHT, CAPTION_WEIGHT, isCaption, namesCommentThread, namesFurniture, opensAsFurniture } from "./hints.js";
import { SENTENCE_MARKS, isBlock, isDropped, isElement, isWithin, type AnyNode, type Element, type TextNode } from "./dom.js";

export interface TextStats {
  chars: number;
  linkChars: number;
  marks: number;
  /** Sentence marks outside links: a link's own title does not make a row prose. */
  plainMarks: number;
}
const zero = (): TextStats => ({ chars: 0, linkChars: 0, marks: 0, plainMarks: 0 });
const addTo = (a: TextStats, b: TextStats) => {
  a.chars += b.chars;
  a.linkChars += b.linkChars;
  a.marks += b.marks;
  a.plainMarks += b.plainMarks;
};

/** How much more paragraph mass an ancestor must hold for the pick to climb to it. */
const CLIMB = 2;
/** A short summary that ends in an ellipsis is a teaser pointing at another article (a long
 *  one is more likely the page's own abstract, cut short with a "read more"). */
const TEASER_END = /(?:\.{3}|…|⋯)\s*$/u;

/** A whole article wrapped in one <a> (some portals link the full text to its page) is
 *  prose, not a link: long, with several sentence marks. */
function isProseLink(a: Element): boolean {
  let chars = 0;
  let marks = 0;
  const count = (n: AnyNode) => {
    if (n.type === "text") {
      const t = (n as TextNode).data.replace(/\s+/g, "");
      chars += t.length;
      marks += t.match(SENTENCE_MARKS)?.length ?? 0;
    } else if (isElement(n)) for (const c of n.children) count(c);
  };
  count(a);
  return chars >= 150 && marks >= 5;
}

/** Mostly Latin letters (an English paragraph: three times as many letters per idea). */
function isLatin(parts: string[]): boolean {
  const t = parts.join("");
  return (t.match(/[A-Za-z]/g)?.length ?? 0) > 0.5 * (t.match(/\p{L}/gu)?.length ?? 1);
}

/**
 * A row of a listing: a link (a title, a name) with only metadata around it (a time, a
 * count, brackets), no sentence outside the link. Forum thread lists and news indexes are
 * made of hundreds of these; summed up they would outweigh the one real paragraph.
 */
function isListingRow(v: TextStats): boolean {
  return v.linkChars > 0 && v.plainMarks === 0 && v.chars - v.linkChars < 40;
}

export interface MainPick {
  main: Element | undefined;
  score: number;
  scores: Map<Element, number>;
  subtree: Map<Element, TextStats>;
  /** All paragraph score anywhere below an element. */
  mass: Map<Element, number>;
  /** Paragraph units with no block inside (a <p>, a <div> of text between <br>s). */
  leaves: Set<Element>;
  /** The post the pick is confined to, on a page of several posts. */
  post: Element | null;
}

/**
 * Pick the main content block. Each paragraph (the text whose nearest block ancestor is one
 * element: a <p>, or a container's own text between <br>s) scores by sentence marks and
 * length, discounted by link density, and passes its score up to three ancestors
 * (Readability's idea, with Chinese punctuation as sentence evidence). Text sitting
 * directly in a container that also holds blocks scores for that container itself, so an
 * article written as text + <br> next to a picture paragraph is still found.
 */
export function pickMain(root: Element): MainPick {
  const subtree = new Map<Element, TextStats>();
  const own = new Map<Element, { stats: TextStats; text: string[]; hasBlockChild: boolean }>();
  const walk = (el: Element, block: Element, inLink: boolean): TextStats => {
    const total = zero();
    const myBlock = isBlock(el) ? el : block;
    if (myBlock === el) own.set(el, { stats: zero(), text: [], hasBlockChild: false });
    else if (isBlock(el)) own.get(block)!.hasBlockChild = true;
    // Only <a href> is a link: a named anchor left open (<a name=top>) is re-opened by the
    // parser around everything after it and would make the whole page "links".
    const link = inLink || (el.name === "a" && el.attribs?.["href"] !== undefined && !isProseLink(el));
    for (const c of el.children) {
      if (c.type === "text") {
        const raw = (c as TextNode).data;
        const t = raw.replace(/\s+/g, "");
        if (!t) continue;
        const marks = raw.match(SENTENCE_MARKS)?.length ?? 0;
        const st: TextStats = { chars: t.length, linkChars: link ? t.length : 0, marks, plainMarks: link ? 0 : marks };
        addTo(total, st);
        const o = own.get(myBlock)!;
        addTo(o.stats, st);
        o.text.push(raw);
      } else if (isElement(c) && !isDropped(c)) {
        if (isBlock(c) && own.has(myBlock)) own.get(myBlock)!.hasBlockChild = true;
        addTo(total, walk(c, myBlock, link));
      }
    }
    subtree.set(el, total);
    return total;
  };
  walk(root, root, false);

  const scores = new Map<Element, number>();
  const mass = new Map<Element, number>();
  const leaves = new Set<Element>();
  const give = (el: AnyNode | null, score: number) => {
    if (el && isElement(el)) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  const isInThread = insideAny(namesCommentThread);
  const isInCaption = insideAny(isCaption);
  for (const [el, o] of own) {
    if (!o.hasBlockChild) leaves.add(el);
    const v = o.stats;
    if (v.chars < 20 && !(v.chars >= 8 && v.marks >= 1)) continue;
    if (isListingRow(v)) continue;
    const linkDensity = v.linkChars / v.chars;
    let score = (1 + v.marks + Math.min(Math.floor(v.chars / 100), 3)) * (1 - linkDensity) ** 2;
    if (TEASER_END.test(o.text.join("")) && v.chars < (isLatin(o.text) ? 400 : 150)) score *= 0.2;
    if (isInThread(el)) score *= COMMENT_WEIGHT;
    else if (isInCaption(el)) score *= CAPTION_WEIGHT;
    for (let p: AnyNode | null = el; p && isElement(p); p = p.parent) mass.set(p, (mass.get(p) ?? 0) + score);
    if (o.hasBlockChild) {
      give(el, score);
      give(el.parent, score * 0.5);
      give(el.parent?.parent ?? null, score * 0.3);
    } else {
      give(el.parent, score);
      give(el.parent?.parent ?? null, score * 0.5);
      give(el.parent?.parent?.parent ?? null, score * 0.3);
    }
  }
  const finalScore = (el: Element) => {
    const v = subtree.get(el);
    return v ? (scores.get(el) ?? 0) * (1 - (v.chars ? v.linkChars / v.chars : 0)) : 0;
  };
  const bestIn = (within: Element | null) => {
    let best: Element | undefined;
    let bestScore = 0;
    for (const el of scores.keys()) {
      if (within && !isWithin(el, within)) continue;
      const s = finalScore(el);
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
    return { best, bestScore };
  };
  let { best, bestScore } = bestIn(null);
  const post = best ? firstPost(best, root, mass, leaves) : null;
  if (post && !isWithin(best!, post)) ({ best, bestScore } = bestIn(post));
  // An article cut into many small column blocks (one or two paragraphs each) leaves the
  // best single block holding a fraction of it: climb while an ancestor holds at least twice
  // the paragraph mass and is no link farm (never out of the post the pick is confined to).
  // Wrappers with nothing else in them are passed through (up to four levels).
  for (let climbed = true; best && climbed; ) {
    climbed = false;
    let up: AnyNode | null = best.parent;
    for (let depth = 0; up && isElement(up) && up !== root && depth < 4 && (!post || isWithin(up, post)); up = up.parent, depth++) {
      const v = subtree.get(up);
      if (!v || v.linkChars / (v.chars || 1) > 0.3) break;
      if ((mass.get(up) ?? 0) >= CLIMB * (mass.get(best) ?? 0)) {
        best = up;
        climbed = true;
        break;
      }
    }
  }
  return { main: best, score: bestScore, scores, subtree, mass, leaves, post };
}

/** Two chunks from one template: the same tag, and a class word in common (or no class at
 *  all). A disclaimer or an "about the company" box beside the article is styled apart. */
function sameKind(a: Element, b: Element): boolean {
  if (a.name !== b.name) return false;
  const words = (el: Element) => (el.attribs?.["class"] ?? "").split(/\s+/).filter(Boolean);
  const wa = words(a);
  const wb = new Set(words(b));
  return wa.length === 0 ? wb.size === 0 : wa.some((w) => wb.has(w));
}

/**
 * The main block and those of its siblings that carry article text too (an article split
 * by an ad, a picture or a video embed into sibling containers): siblings scoring at least a
 * fifth of the best, and plain paragraphs of prose with few links (Readability's sibling
 * rule). When the main block is wrapped in containers that add no text, the split chunks
 * are siblings of the outermost wrapper instead: there only substantial chunks of the same
 * kind (a fifth of the main block's paragraph score, and a few paragraphs' worth) join.
 */
export function withSiblings(pick: MainPick, root: Element): Element[] {
  const main = pick.main!;
  let lifted = main;
  for (let up = lifted.parent; up && isElement(up) && up !== root && lifted !== pick.post; up = up.parent) {
    if (pick.subtree.get(up)?.chars !== pick.subtree.get(lifted)?.chars) break;
    lifted = up;
  }
  const parent = lifted.parent;
  if (!parent || !isElement(parent) || lifted === pick.post) return [main];
  const nearby = lifted === main;
  const threshold = nearby ? Math.max(3, pick.score * 0.2) : Math.max(5, 0.2 * (pick.mass.get(lifted) ?? 0));
  const parts = parent.children.filter((c): c is Element => {
    if (c === lifted) return true;
    if (!isElement(c) || isDropped(c)) return false;
    const v = pick.subtree.get(c);
    if (!v || v.chars === 0) return false;
    const linkDensity = v.linkChars / v.chars;
    if (namesFurniture(c) || opensAsFurniture(c)) return false;
    if (!nearby) return linkDensity < 0.3 && sameKind(c, lifted) && (pick.mass.get(c) ?? 0) * (1 - linkDensity) >= threshold;
    if ((pick.scores.get(c) ?? 0) * (1 - linkDensity) >= threshold) return true;
    if (linkDensity >= 0.25) return false;
    if (c.name === "p") return v.chars >= 80 || (v.chars >= 20 && v.marks >= 2);
    // A <div> of text is a paragraph too (CMSs write paragraphs as divs), but divs also hold
    // print URLs, datelines and standfirsts: it must read as sentences.
    return c.name === "div" && pick.leaves.has(c) && v.chars >= 80 && v.marks >= 2;
  });
  return parts.length === 1 ? [main] : parts;
}

const LIST_CONTAINERS = new Set(["div", "ul", "ol", "dl", "table", "tbody", "section", "p", "td", "tr"]);

/**
 * Inside the main block, a container of links with little sentence evidence is a
 * related-links list, a tag cloud or a share bar (Readability's "clean conditionally",
 * with Chinese punctuation counted). Long runs of prose survive whatever their links.
 */
export function isLinkBlock(el: Element, v: TextStats | undefined): boolean {
  if (!v || v.chars === 0 || !LIST_CONTAINERS.has(el.name)) return false;
  const linkDensity = v.linkChars / v.chars;
  if (v.marks >= 10) return linkDensity > 0.6;
  return linkDensity > 0.4;
}

/** Whether a node is, or sits inside, an element the test accepts; answers are remembered per
 *  node, so asking for every node of a page walks each ancestor chain once. */
function insideAny(test: (el: Element) => boolean): (n: AnyNode | null) => boolean {
  const known = new Map<AnyNode, boolean>();
  const inside = (n: AnyNode | null): boolean => {
    if (!n || !isElement(n)) return false;
    let v = known.get(n);
    if (v === undefined) known.set(n, (v = test(n) || inside(n.parent)));
    return v;
  };
  return inside;
}
