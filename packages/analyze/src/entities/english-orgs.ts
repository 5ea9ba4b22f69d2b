import type { Entity } from "../schema.js";

// English organisations the gazetteer does not know (Citigroup, BaFin, Ajax, RFC Waalwijk),
// recognised by what the sentence says about them: a lower-case noun naming a kind of body just
// before the name ("banking giant Citigroup", "financial watchdog BaFin"), or a word after it
// that only a body has ("an Ajax spokesman", "the FSA said", "Ajax boss"). One mention found this
// way is enough: `propagate` in find.ts then marks the others. No Node library recognises these
// at our speed (compromise runs at about 130k characters per CPU second, see eval/analyze/README),
// so these are rules.

// One name word: capitalised (Citigroup), mixed case (BaFin, eBay-like names with a capital
// start) or an acronym (FSA, BHP).
const WORD = "[A-Z][A-Za-z&]*[A-Za-z]";
// Not the tail of a hyphenated or possessive word (T-Mobile), not a possessive itself (Foster's Group).
const NAME = `(?<![\\w'’&.-])${WORD}(?:\\s${WORD}){0,2}(?![\\w'’&-])`;

// Kinds of bodies written in lower case right before the name.
const KIND =
  "(?:regulator|watchdog|agency|bank|lender|firm|company|group|carrier|airline|insurer|broker|broadcaster|newspaper|magazine|tabloid|paper|website|channel|network|band|giant|maker|manufacturer|retailer|operator|conglomerate|chain|studio|label|publisher|supermarket|distributor|exhibitor|side|club|outfit|rival)";
// Words after the name that a body has: its spokesperson, its boss, its staff, its shares.
const BODY_WORD =
  "(?:spokesman|spokeswoman|spokesperson|spokespeople|boss|bosses|chairman|chairwoman|chief|executives|officials|shareholders|shares|board|staff|employees|coach|manager|squad)";

const AFTER_KIND = new RegExp(`\\b${KIND}\\s(${NAME})\\b`, "g");
const BEFORE_BODY_WORD = new RegExp(`\\b(${NAME})\\s${BODY_WORD}\\b`, "g");
// An acronym is an organisation when "the" comes before it and a verb of saying after it.
// Only verbs of saying: products are written the same way ("the DS is", "the PSP has").
const THE_ACRONYM_SAID = /\b[Tt]he\s([A-Z]{2,6})\s(?:said|says|told|announced|added|confirmed|warned|stated|reported|insisted|argued)\b/g;
// Acronyms that are a person's title or office, not a body (the MEP said, the MP told).
const PERSON_ACRONYM = /^(?:MPs?|MSPs?|MEPs?|AMs?|MLAs?|CEO|CFO|COO|CTO|MD|PM|DJ|GP|QC|KC|VP|DA|DPP)$/;

// Capitalised words that open sentences or name no body.
const NOT_NAME =
  /^(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|You|Your|I|My|But|And|Or|If|When|While|After|Before|In|On|At|For|With|From|By|As|So|Yet|Then|There|Here|What|Who|Why|How|Where|Which|Some|Many|Most|All|Both|Each|Every|No|Not|One|Two|Three|Mr|Mrs|Ms|Dr|Sir|Government|Company|Group|Bank|Club|Former|Some|Other|Its|New|Old|Chief|Executive|Vice|Deputy|Assistant|Senior|Top|Head|Team|Party|Labour|Tory|Tories)$/;
// Nationality and other adjectives ("American officials", "European shares").
const ADJECTIVE_ENDING = /(?:an|ese|ish|ic|ch|al|i)$/;

interface Options {
  /** Does the gazetteer know this surface (as a place, a person, …)? Then it is not new. */
  known: (surface: string) => boolean;
  /** Is this a person's name the document already has (Jol coach → no)? */
  isPerson: (surface: string) => boolean;
}

function org(text: string, start: number, surface: string): Entity {
  return { text: surface, start, end: start + surface.length, type: "ORG", name: surface, source: "rule" };
}

/** Trims title and determiner words at the edges; undefined when nothing name-like is left. */
function cleanName(start: number, name: string): { start: number; name: string } | undefined {
  const words = name.split(/\s/);
  let at = start;
  while (words.length && NOT_NAME.test(words[0]!)) {
    at += words[0]!.length + 1;
    words.shift();
  }
  while (words.length && NOT_NAME.test(words.at(-1)!)) words.pop();
  if (!words.length) return undefined;
  const single = words.length === 1 ? words[0]! : undefined;
  if (single && ADJECTIVE_ENDING.test(single) && !/^[A-Z]{2,}$/.test(single)) return undefined;
  return { start: at, name: words.join(" ") };
}

/** Organisations in English text named with context evidence (see the expressions above). */
export function englishContextOrgs(text: string, options: Options): Entity[] {
  const out: Entity[] = [];
  const atSentenceStart = (i: number) => i === 0 || /[.!?"“”\n]\s*$/.test(text.slice(Math.max(0, i - 3), i));
  const add = (start: number, raw: string, requireMidSentence: boolean) => {
    const c = cleanName(start, raw);
    if (!c || options.known(c.name) || options.isPerson(c.name) || PERSON_ACRONYM.test(c.name)) return;
    // Every word is capitalised at a sentence start: "Shares fell" is no evidence.
    if (requireMidSentence && atSentenceStart(c.start) && !/^[A-Z]{2,6}$/.test(c.name)) return;
    out.push(org(text, c.start, c.name));
  };
  for (const m of text.matchAll(AFTER_KIND)) add(m.index! + m[0].length - m[1]!.length, m[1]!, false);
  for (const m of text.matchAll(BEFORE_BODY_WORD)) add(m.index!, m[1]!, true);
  for (const m of text.matchAll(THE_ACRONYM_SAID)) add(m.index! + 4, m[1]!, false);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const e of out) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
  return kept;
}
