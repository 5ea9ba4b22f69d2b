import type { Entity } from "../schema.js";
import type { TaggedToken } from "../segment/segment.js";
import { hasSurname, isNameShaped } from "./zh-listed-persons.js";

// A person named right after the party, body or district they stand for (公民黨黎志強說,
// 民建聯的鄭泳舜。, 元朗區林進也表示): Hong Kong and mainland reports introduce councillors and
// members this way, with no title. The body must be one another rule found, the name two or
// three characters starting with a surname, and the clause must go on as it does after a
// person (a verb of saying, an adverb, punctuation), so that 北京王府井大街 stays a street.
const AFTER_PERSON = /^(?:[，。、；：！？」）,;:!?)]|說|说|表示|指出|指|稱|称|認為|认为|坦言|直言|慨嘆|慨叹|強調|强调|回應|回应|透露|也|亦|則|则|在|曾|早前|今日|昨日|是誰|是谁)/u;
// A district written with its ending before the name (元朗區林進): the ending is not the name's.
const DISTRICT_END = /^[區区]/u;

/** Persons right after an organisation or a district found by another rule. */
export function affiliatedPersons(text: string, tokens: TaggedToken[], found: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const body of found) {
    if (body.type !== "ORG" && body.type !== "PLACE") continue;
    let start = body.end;
    if (body.type === "PLACE") {
      // Only a district (元朗區, 沙田區) names whom a person stands for; 香港陳某 is no pattern.
      if (!DISTRICT_END.test(text.slice(start, start + 1))) continue;
      start += 1;
    } else if (text[start] === "的") start += 1;
    for (const length of [3, 2]) {
      const end = start + length;
      const name = text.slice(start, end);
      if (!/^\p{Script=Han}+$/u.test(name) || name.length !== length || !hasSurname(name)) continue;
      // 林進也表示: a third character that goes with the verb is not the name's.
      if (length === 3 && /[也亦在則则曾說说指稱称是都]/u.test(name[2]!)) continue;
      if (!AFTER_PERSON.test(text.slice(end, end + 4)) || !isNameShaped(tokens, start, end, name)) continue;
      if (found.some((e) => e.start < end && start < e.end && e.type !== "PERSON")) continue;
      out.push({ text: name, start, end, type: "PERSON", name, source: "rule" });
      break;
    }
  }
  return out;
}
