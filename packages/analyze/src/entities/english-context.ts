import type { Entity } from "../schema.js";

// English names the given-name list cannot vouch for (Taylor Dent, Juan Ignacio Chela, Martin
// Jol), recognised by what the sentence says about them instead: a role or a nationality just
// before the name, a personal title, a possessive place, a verb of saying. No library does this
// for us in Node (NOTES.md), so these are rules; each needs evidence outside the name itself,
// because sentence starts and headings are capitalised too.

// One capitalised word of a name (O'Neill, Owusu-Abeyie, McDonald), not a possessive.
const CAP = "(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
// Lower-case particles inside names: Robert de Niro, Ludwig van Beethoven, Juan de la Cruz.
const PARTICLE = "(?:de|da|di|del|della|van|von|der|den|la|le|du|dos|bin|al)";
const NAME = `${CAP}(?:\\s+(?:${PARTICLE}\\s+){0,2}${CAP}){0,2}`;

// Nouns naming what a person is or does, written in lower case right before the name
// ("boss Martin Jol", "striker Arturo Lupoli", "chief executive Bill Gates").
const ROLE =
  "(?:boss|coach|manager|striker|midfielder|defender|goalkeeper|keeper|forward|winger|captain|skipper|team-mate|teammate|veteran|youngster|newcomer|chairman|chairwoman|director|executive|chief|founder|spokesman|spokeswoman|spokesperson|minister|secretary|president|premier|chancellor|governor|senator|mayor|ambassador|envoy|official|officer|analyst|economist|strategist|lawyer|judge|prosecutor|detective|actor|actress|singer|rapper|musician|composer|producer|film-maker|filmmaker|writer|author|novelist|presenter|broadcaster|comedian|designer|artist|photographer|jockey|trainer|driver|rider|cyclist|sprinter|runner|athlete|golfer|batsman|bowler|fly-half|scrum-half|centre|prop|lock|flanker|full-back|wing|hooker|son|daughter|wife|husband|brother|sister|father|mother|boyfriend|girlfriend|fiance|fiancee|widow|deputy|billionaire|tycoon|magnate|banker|mp|mep|legend|consultant|adviser|advisor|assistant|scout|predecessor|successor)";
// Roles that companies and teams have too ("rival Peoplesoft", "winner Chelsea"): the name
// after them needs two words.
const SHARED_ROLE = "(?:player|star|champion|seed|rival|opponent|partner|leader|colleague|counterpart|owner|investor|trader|agent|candidate|nominee|winner)";
// Nationality nouns and adjectives written before a name ("American Taylor Dent", "Swede
// Joachim Johansson"). Adjectives also come before organisations ("American Airlines"), so a
// name after one needs two words and no organisation word.
const DEMONYM =
  "(?:American|Argentine|Argentinian|Australian|Austrian|Belgian|Brazilian|Briton|British|Bulgarian|Canadian|Chilean|Chinese|Colombian|Croat|Croatian|Czech|Dane|Danish|Dutch|Dutchman|English|Englishman|Finn|Finnish|Frenchman|French|German|Greek|Hungarian|Indian|Iranian|Irish|Irishman|Israeli|Italian|Jamaican|Japanese|Kenyan|Korean|Mexican|Moroccan|Nigerian|Norwegian|Pakistani|Pole|Polish|Portuguese|Romanian|Russian|Scot|Scottish|Serb|Serbian|Slovak|Slovakian|Slovenian|South African|Spaniard|Spanish|Swede|Swedish|Swiss|Thai|Turk|Turkish|Ukrainian|Uruguayan|Welsh|Welshman|Zimbabwean)";
const PERSONAL_TITLE = "(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Sgt|Sergeant|Capt|Col|Colonel|Lt|Insp|Inspector|Det|Supt)\\.?";
const SAYING = "(?:said|says|reported|told|added|explained|insisted|admitted|argued|claimed|warned|stressed|revealed|confirmed|announced|believes|thinks|wrote|asked)";

// Who came before or after someone in a post: "taking over from Jacques Santini", "replaced
// Sir Clive Woodward", "succeeds Bill Gates". Things are replaced too, so two name words.
const SUCCESSION = "(?:over from|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|successor to|predecessor)";
// A name followed by its role in an apposition: "Lee Scott, the chief executive,", "Jacques
// Rogge, president of the IOC".
const APPOSITION_ROLE = `(?:(?:the|a|former|new|acting|interim)\\s)*(?:${ROLE}|head|co-founder)\\b`;

// Each expression captures the name as its last group; the context words come first (a
// forward match: a look-behind over these alternations at every position is much slower).
const AFTER_ROLE = new RegExp(`\\b${ROLE}\\s(${NAME})\\b`, "g");
// The same role opening a sentence, capitalised ("Rapper Eminem has denied", "Singer Delta
// Goodrem").
const OPENING_ROLE = ROLE.replace(/(?<=\(\?:|\|)([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
const AFTER_OPENING_ROLE = new RegExp(`(?:^|[.!?]["”’]?\\s+|\\n\\s*)${OPENING_ROLE}\\s(${NAME})\\b`, "g");
const AFTER_SHARED_ROLE = new RegExp(`\\b${SHARED_ROLE}\\s(${NAME})\\b`, "g");
const AFTER_DEMONYM = new RegExp(`\\b${DEMONYM}\\s(${NAME})\\b`, "g");
const AFTER_TITLE = new RegExp(`\\b${PERSONAL_TITLE}\\s(${NAME})\\b`, "g");
const AFTER_POSSESSIVE = new RegExp(`\\b(${CAP}(?:\\s${CAP})?)['’]s?\\s(${NAME})\\b`, "g");
const AFTER_SUCCESSION = new RegExp(`\\b${SUCCESSION}\\s(${NAME})\\b`, "g");
const BEFORE_APPOSITION = new RegExp(`(${NAME}),\\s${APPOSITION_ROLE}`, "g");
const BEFORE_SAYING = new RegExp(`(${NAME})\\s${SAYING}\\b`, "g");
const AFTER_SAYING = new RegExp(`[,"”'’]\\s?${SAYING}\\s(${NAME})\\b`, "g");
// '," said Davenport.': a quotation closed right before the verb is a person speaking.
const AFTER_QUOTE_SAYING = new RegExp(`[,.!?]["”’]\\s?${SAYING}\\s(${NAME})\\b`, "g");

// Words that end a name or show it is something else (Arsenal Football Club, Downing Street).
const NOT_NAME_WORD =
  /^(?:Street|Road|Avenue|Square|House|Hall|Park|Bridge|Centre|Center|Group|Bank|Company|University|College|School|Hospital|Foundation|Trust|Fund|Award|Awards|Prize|Cup|Open|League|Championship|Championships|Stadium|Airport|Island|Islands|County|Day|Act|Bill|Party|Council|Court|Office|Ministry|Department|Airlines|Airways|Club|United|City|Rovers|Athletic|Motors|Times|News|Post|Sport|Sports|Radio|Television|TV|Music|Records|Films|Pictures|Studios|Games|Olympics|Chamber|Chambers|Society|Church|Museum|Gallery|Theatre|Orchestra|Opera|Festival|Show|Grand|Prix|Tour|Series|Masters|Classic|Electric|Energy|Oil|Gas|Steel|Telecom|Mobile|Airport|Station|Inc|Corp|Ltd|Plc|Holdings|Capital|Partners|Government|Police|Army|Navy|Force|Union|Federation|Association|Institute|Agency|Commission|Committee|Board|Service|Services|Authority|Exchange|Market|Index|Report|Review|Week|Year|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Capitalised words that are not names: pronouns, determiners, sentence openers.
const NOT_NAME_START =
  /^(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|You|Your|I|My|But|And|Or|If|When|While|After|Before|In|On|At|For|With|From|By|As|So|Yet|Then|There|Here|What|Who|Why|How|Where|Which|Some|Many|Most|All|Both|Each|Every|No|Not|One|Two|Three|Mr|Mrs|Ms|Dr|Sir)$/;

interface Options {
  /** Is this a place the gazetteer knows (for "Belgium's Olivier Rochus")? */
  isPlace: (surface: string) => boolean;
}

// Title words that may open a match but are not part of the name (Prime Minister Tony Blair).
const TITLE_WORD =
  /^(?:Prime|Minister|Chancellor|Secretary|President|Vice|Deputy|Shadow|Foreign|Home|Chief|Executive|Chairman|Chairwoman|Governor|Senator|Mayor|King|Queen|Prince|Princess|Pope|Coach|Manager|Boss|Captain|Director|Commissioner|Ambassador|Attorney|Speaker|Leader|Sheikh|Ayatollah|Archbishop|Bishop|Cardinal|Father|Saint|St|Justice|Judge|Lord|Lady|Baroness|Baron|Earl|Duke|Supt|Superintendent|Insp|Inspector|Det|Detective|Sgt|Sergeant|Constable|Commander|General|Colonel|Col|Major)$/;

const PUBLICATION_BEFORE = /\b(?:magazine|newspaper|paper|daily|weekly|tabloid|broadsheet|journal|website|channel|broadcaster|station|network|agency|band|group|company|firm)\s$/;

/**
 * The name inside a match, leading title words dropped; undefined when it opens with a
 * determiner or pronoun, when a word
 * shows the phrase names something else (Sheffield United, Downing Street) or fewer than
 * `minWords` name words are left.
 */
function nameSpan(start: number, name: string, minWords: number): { start: number; end: number } | undefined {
  const words = [...name.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: start + m.index! }));
  // "rival All Nippon", "said The Times": a determiner or pronoun first means no person's name.
  if (words.length && NOT_NAME_START.test(words[0]!.word)) return undefined;
  while (words.length && TITLE_WORD.test(words[0]!.word)) words.shift();
  if (words.length < minWords || words.some((w) => NOT_NAME_WORD.test(w.word))) return undefined;
  const last = words.at(-1)!;
  return { start: words[0]!.at, end: last.at + last.word.length };
}

// A name opening with a foreign article (El Watan, Le Monde, Al Jazeera, Der Spiegel) that says
// or reports something is a newspaper or a broadcaster: persons' names rarely start so.
const FOREIGN_ARTICLE = /^(?:El|Le|La|Les|Al|Al-|Il|Der|Die|Das)\s/;

function person(text: string, span: { start: number; end: number }): Entity {
  const surface = text.slice(span.start, span.end);
  const type = FOREIGN_ARTICLE.test(surface) ? "ORG" : "PERSON";
  return { text: surface, start: span.start, end: span.end, type, name: surface, source: "rule" };
}

/** Persons in English text named with context evidence (see the expressions above), and newspapers named like persons (El Watan said). */
export function englishContextPersons(text: string, options: Options): Entity[] {
  const out: Entity[] = [];
  const add = (start: number, name: string, minWords: number) => {
    // "magazine Der Spiegel said", "the newspaper Le Monde said": a publication, not a person.
    if (PUBLICATION_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return;
    const span = nameSpan(start, name, minWords);
    if (span) out.push(person(text, span));
  };
  const nameAt = (m: RegExpMatchArray, group: number) => m.index! + m[0].length - m[group]!.length;
  for (const m of text.matchAll(AFTER_ROLE)) add(nameAt(m, 1), m[1]!, 1);
  for (const m of text.matchAll(AFTER_OPENING_ROLE)) add(nameAt(m, 1), m[1]!, 1);
  for (const m of text.matchAll(AFTER_SHARED_ROLE)) add(nameAt(m, 1), m[1]!, 2);
  for (const m of text.matchAll(AFTER_DEMONYM)) add(nameAt(m, 1), m[1]!, 2);
  for (const m of text.matchAll(AFTER_TITLE)) add(nameAt(m, 1), m[1]!, 1);
  for (const m of text.matchAll(AFTER_POSSESSIVE)) {
    if (!options.isPlace(m[1]!)) continue;
    add(nameAt(m, 2), m[2]!, 2);
  }
  for (const m of text.matchAll(AFTER_SUCCESSION)) add(nameAt(m, 1), m[1]!, 2);
  for (const m of text.matchAll(BEFORE_APPOSITION)) add(m.index!, m[1]!, 2);
  // Two name words at least: one capitalised word before "said" is as often an organisation
  // or a sentence start ("Analysts said", "Citigroup said").
  for (const m of text.matchAll(BEFORE_SAYING)) add(m.index!, m[1]!, 2);
  for (const m of text.matchAll(AFTER_SAYING)) add(nameAt(m, 1), m[1]!, 2);
  for (const m of text.matchAll(AFTER_QUOTE_SAYING)) add(nameAt(m, 1), m[1]!, 1);
  // Keep the first of overlapping finds, longest first at the same start.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const e of out) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
  return kept;
}
