import type { Entity } from "../schema.js";

// A run of capitalised words, allowing "of", "and", "&", "for", "the" inside (Bank of China,
// Friends of the Earth).
// Words do not end in "." (that is a sentence end) and the gaps are spaces, not line breaks.
const WORD = "(?:[A-Z](?:[\\w'’-]|\\.(?=[A-Za-z]))*[A-Za-z0-9]|[A-Z])";
// (Two connectors only as "of the" / "for the": "X and the Y" joins two names.)
const PHRASE = new RegExp(`\\b${WORD}(?:[ \\t]+(?:(?:of|for)[ \\t]+the[ \\t]+|(?:of|and|for|the|&)[ \\t]+)?${WORD})+`, "g");

const ORG_SUFFIX =
  /\s(?:Group|Inc\.?|Corp\.?|Corporation|Company|Co\.?|Ltd\.?|Limited|LLC|PLC|Holdings|Bank|University|Institute|Council|Ministry|Agency|Association|Commission|Committee|Fund|Foundation|Technologies|Technology|Laboratories|Labs|Exchange|Authority|Bureau|Department|Party|Parliament|Court|Office|Academy|Administration|Federation|Union|Airlines|Airways|Motors|Communications|Telecom|Reporter|Times|Post|Journal|Herald|Pictures|Studios|Entertainment|Records|Media|Newspapers|Partners|Capital|Investments|Insurance|Securities|Petroleum|Energy|Electric|Motor|Pharmaceuticals|Systems|Networks|Software|Brewery|Airport|Police|Army|Navy|Force|Club|United|Rovers|Athletic|Chamber|Chambers|Society|Church|Museum|Gallery|Orchestra|Theatre|Inquiry|Tribunal|Standard|Telegraph|Guardian|Observer|Mirror|Gazette|Review|Magazine|Movement|Campaign|Alliance|Organisation|Organization|Trust|Board)$/;
const PERSON_TITLE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|President|Premier|Chancellor|Senator|Governor|Chairman|Chairwoman|CEO|Minister|Secretary)\.?\s+)$/;
// Function words that open a sentence or a clause before a name ("In the Champions League",
// "Both the Umbrella Movement"), and a title before "of" ("President of the European Parliament").
const LEADING_THE = /^(?:(?:In|At|On|For|From|By|With|As|And|But|Both|Under|After|Before)\s+the|The|(?:President|Chairman|Chairwoman|Secretary|Minister|Director|Head|Chief|Governor|Mayor|Leader|Member|Members|Spokesman|Spokeswoman)\s+of(?:\s+the)?)\s+/;
// A month or weekday after "for" or "of" ends the name before it (the Commerce Department for
// November).
const TIME_TAIL = /\s(?:of|for)\s(?:the\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Airlines and institutions named by their first word: Air Europe, Bank of England, University of Leeds.
const ORG_PREFIX = /^(?:Air|Bank of|University of)\s/;
// A body's word before "of" or "for" anywhere in the phrase: the Department for International
// Development, the Chamber of Deputies, the Global Alliance for Vaccines and Immunisation.
const ORG_OF = /(?:^|\s)(?:Alliance|Federation|Association|Council|Commission|Department|Ministry|Chamber|Institute|Office|Movement|Campaign|Society|Union|League|Foundation|Fund|Bank|Board|Agency|Organisation|Organization|Friends)\s(?:of|for)\s/;

/**
 * Capitalised multi-word phrases in English text that the gazetteer does not know, typed only
 * when the phrase says what it is: an organisation suffix (… Group, … Bank, … Ministry) or a
 * person title just before it (President …, Mr …). Anything else is left alone: sentence
 * starts and headings are capitalised too.
 */
export function capitalisedEntities(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(PHRASE)) {
    let phrase = m[0];
    let start = m.index!;
    // "Mr Mittal's LNM Holdings": the name is what follows the possessive.
    const possessive = phrase.lastIndexOf("'s ") >= 0 ? phrase.lastIndexOf("'s ") : phrase.lastIndexOf("’s ");
    if (possessive >= 0) {
      start += possessive + 3;
      phrase = phrase.slice(possessive + 3);
    }
    const lead = LEADING_THE.exec(phrase);
    if (lead) {
      phrase = phrase.slice(lead[0].length);
      start += lead[0].length;
    }
    // A sentence-initial capital is not evidence: "Shares of Acme Widget Holdings" → drop
    // "Shares of" when what follows the connector is itself a typed name.
    const atSentenceStart = start === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, start - 3), start));
    const connector = /^(\S+)\s+(?:of|and|for|the|&)\s+/.exec(phrase);
    if (atSentenceStart && connector && ORG_SUFFIX.test(phrase.slice(connector[0].length)) && phrase.slice(connector[0].length).includes(" ")) {
      start += connector[0].length;
      phrase = phrase.slice(connector[0].length);
    }
    // "the International Cricket Council's unit": the possessive is not part of the name.
    phrase = phrase.replace(/['’]s$/, "").replace(TIME_TAIL, "");
    if (!phrase.includes(" ")) continue;
    let type: Entity["type"] | undefined;
    if (ORG_SUFFIX.test(phrase) || ORG_PREFIX.test(phrase) || ORG_OF.test(phrase)) type = "ORG";
    else if (PERSON_TITLE.test(text.slice(Math.max(0, start - 20), start))) type = "PERSON";
    if (type) out.push({ text: phrase, start, end: start + phrase.length, type, name: phrase, source: "rule" });
  }
  return out;
}
