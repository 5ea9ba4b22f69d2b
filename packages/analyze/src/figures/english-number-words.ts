/**
 * Numbers written as English words before what they count or measure: "two screens", "Five
 * Virgin megastores", "three investment banks", "two more", "three weeks", a "five-year" term.
 * Written by hand: the number-word parsers on npm read the words but not what follows them, and
 * what follows is what tells a count ("three banks") from a phrase ("one of a kind", "the two
 * of us" is still a count, "two-thirds" is not).
 */

const UNITS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES = "one|two|three|four|five|six|seven|eight|nine";

// "one" is left out: "one of the", "no one", "one day" are rarely counts a researcher queries.
// "one" and "a" are read only before a scale word: one million homes, a thousand jobs.
const NUMBER_WORD = new RegExp(
  `(?<![a-z'-])(?:(${Object.keys(TENS).join("|")})(?:-(${ONES}))?|(${Object.keys(UNITS).join("|")})|(one|a)(?=\\s(?:hundred|thousand|million|billion|trillion)(?![a-z])))(?![a-z])`,
  "g",
);

const DURATION: Record<string, { unit: string; factor: number }> = {
  year: { unit: "yr", factor: 1 },
  month: { unit: "month", factor: 1 },
  week: { unit: "d", factor: 7 },
  day: { unit: "d", factor: 1 },
  hour: { unit: "h", factor: 1 },
  minute: { unit: "min", factor: 1 },
};
/** "-year-old", "-year", " years", " weeks" right after the number word. */
// "three-year", "two years", and "a three month-long vote" (the hyphen after the unit).
const DURATION_AFTER = /^(?:-(year|month|week|day|hour|minute)(?:-old)?|\s(year|month|week|day|hour|minute)(?:s|(?=-long)))(?![a-z])/;
const PERCENT_AFTER = /^\s(?:per\s?cent|percent)(?![a-z])/;
/** "two more", "three of the banks". */
const OF_MORE = /^\s(?:more|of)(?![a-z])/;
/** Up to two words, then a plural noun: "three investment banks", "five virgin megastores". */
const COUNTED = /^((?:\s[a-z]+){0,2}?)\s([a-z]{3,}s|people|children|men|women|staff|aircraft|sheep|cattle|personnel)(?![a-z'])/;
/** Words that end a noun phrase before any counted noun could come: "two in the …". */
const NOT_IN_PHRASE = /^(?:the|a|an|in|on|at|to|for|from|by|with|and|or|but|is|was|are|were|has|have|had|be|been|that|which|who|it|its|his|her|their|this|these|those|of|as|than|per|into|over|after|before|times|years|months|weeks|days|hours|minutes|said|says)$/;
/** Plural-looking words that are no counted nouns. */
const NOT_NOUN = /^(?:is|was|has|as|this|its|his|us|yes|always|plus|less|across|thus|perhaps|does|goes|says|times|percent|pounds|dollars|euros|whereas|besides|sometimes|towards|afterwards)$/;

export interface WordFigure {
  start: number;
  end: number;
  kind: "count" | "quantity" | "percent" | "ratio";
  value: number;
  unit: string;
  counter?: string;
}

const SCALE_AFTER = /^\s(hundred|thousand|million|billion|trillion)(?![a-z])/;
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Words before a number that make it a label or a rank: part two, number eight, top ten. */
const LABEL_BEFORE = /(?:^|[^a-z])(?:part|number|no|chapter|episode|round|stage|phase|level|grade|page|act|scene|volume|division|category|class|series|article|section|tier|the\s+top|top|formula)\s$/;

/**
 * Number words in folded (lower-case) text with what they count; offsets into that text.
 * `capitalAt(i)` says whether the source has a capital at folded offset i: a capitalised number
 * word inside a sentence before a capitalised word is part of a name (the Six Nations).
 */
export function findEnglishNumberWords(f: string, capitalAt: (i: number) => boolean): WordFigure[] {
  const out: WordFigure[] = [];
  for (const m of f.matchAll(NUMBER_WORD)) {
    let end = m.index! + m[0].length;
    let value = m[4] ? 1 : m[3] ? UNITS[m[3]]! : TENS[m[1]!]! + (m[2] ? ONES.split("|").indexOf(m[2]) + 1 : 0);
    let start = m.index!;
    // "half a million" is 500,000, "a quarter of a million" 250,000.
    if (m[4] === "a" && f.slice(start - 5, start) === "half ") {
      value = 0.5;
      start -= 5;
    } else if (m[4] === "a" && /(?:^|[^a-z])(a |one )?quarter of $/.test(f.slice(Math.max(0, start - 16), start))) {
      value = 0.25;
      start -= /(?:a |one )?quarter of $/.exec(f.slice(Math.max(0, start - 16), start))![0].length;
    }
    // (A duration after it is no label: "the act two years later".)
    if (LABEL_BEFORE.test(f.slice(Math.max(0, start - 12), start)) && !DURATION_AFTER.test(f.slice(end, end + 12))) continue;
    const sentenceStart = /(?:^|[.!?:"“]\s*|\n\s*)$/.test(f.slice(Math.max(0, start - 4), start));
    const nextWord = /^\s+([a-z])/.exec(f.slice(end, end + 4));
    if (capitalAt(start) && !sentenceStart && nextWord && capitalAt(end + nextWord[0].length - 1)) continue;
    const scale = SCALE_AFTER.exec(f.slice(end, end + 12));
    if (scale) {
      value *= SCALE[scale[1]!]!;
      end += scale[0].length;
    }
    const rest = f.slice(end, end + 60);
    // "a thousand" counts only before what it counts (a thousand jobs, a million of them), not in
    // "a thousand times better" or "a thousand thanks".
    if (m[4] === "a" && !(OF_MORE.test(rest) || (COUNTED.test(rest) && !/^\s(?:times|thanks)\b/.test(rest)))) continue;
    if (scale && !DURATION_AFTER.test(rest)) {
      out.push({ start, end, kind: "count", value, unit: "" });
      continue;
    }
    // "eight times higher", "three times as many": a multiplier.
    const times = m[4] ? null : /^\stimes(?=\s(?:higher|lower|more|less|larger|bigger|greater|smaller|faster|as|the|over)\b)/.exec(rest);
    if (times) {
      out.push({ start, end: end + times[0].length, kind: "ratio", value, unit: "x" });
      continue;
    }
    // "Forty-three per cent thought", as polls and surveys write a share that opens a sentence.
    const percent = m[4] ? null : PERCENT_AFTER.exec(rest);
    if (percent) {
      out.push({ start, end: end + percent[0].length, kind: "percent", value, unit: "%" });
      continue;
    }
    const d = DURATION_AFTER.exec(rest);
    if (d) {
      const { unit, factor } = DURATION[(d[1] ?? d[2])!]!;
      end += d[0].length;
      out.push({ start, end, kind: "quantity", value: value * factor, unit });
      continue;
    }
    if (OF_MORE.test(rest)) {
      out.push({ start, end, kind: "count", value, unit: "" });
      continue;
    }
    const c = COUNTED.exec(rest);
    if (!c) continue;
    const between = c[1]!.trim().split(/\s+/).filter(Boolean);
    if (between.some((w) => NOT_IN_PHRASE.test(w)) || NOT_NOUN.test(c[2]!) || NOT_IN_PHRASE.test(c[2]!)) continue;
    out.push({ start, end, kind: "count", value, unit: "", counter: c[2] });
  }
  return out;
}
