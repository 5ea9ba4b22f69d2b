import { decodeBytes, looksBinary } from "./decode.js";
import type { DeclaredMeta } from "./schema.js";

export interface SgmlStory {
  body: string;
  meta: DeclaredMeta;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      // Reuters-21578 marks story ends with control-character entities (&#3;): drop them.
      return code < 0x20 && code !== 9 && code !== 10 ? "" : String.fromCodePoint(code);
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function tag(block: string, name: string): string | undefined {
  const m = new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`, "i").exec(block);
  return m ? decodeEntities(m[1]!).trim() : undefined;
}

/** Reuters' "26-FEB-1987 15:01:01.79" as ISO 8601 local time. */
function reutersDate(raw: string): string | undefined {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})/i.exec(raw);
  if (!m) return undefined;
  const month = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"].indexOf(m[2]!.toUpperCase()) + 1;
  if (month === 0) return undefined;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}T${m[4]}:${m[5]}:${m[6]}`;
}

/** Split a Reuters-21578-style SGML file into stories (<REUTERS> … </REUTERS>). */
export function splitSgml(text: string): SgmlStory[] {
  const stories: SgmlStory[] = [];
  const re = /<REUTERS([^>]*)>([\s\S]*?)<\/REUTERS>/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const block = m[2]!;
    const body = tag(block, "BODY") ?? tag(block, "TEXT")?.replace(/<[^>]+>/g, "") ?? "";
    const meta: DeclaredMeta = {};
    const title = tag(block, "TITLE");
    const rawDate = tag(block, "DATE");
    const author = tag(block, "AUTHOR");
    const dateline = tag(block, "DATELINE");
    if (title) meta.title = title;
    if (rawDate) meta.date = reutersDate(rawDate) ?? rawDate;
    if (author) meta.author = author.replace(/^by\s+/i, "").replace(/,\s*reuters$/i, "");
    const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    const topics = tag(block, "TOPICS")?.match(/<D>([^<]*)<\/D>/g)?.map((d) => d.replace(/<\/?D>/g, ""));
    meta.extra = { ...attrs, ...(topics?.length ? { topics } : {}), ...(dateline ? { dateline } : {}) };
    meta.source = "Reuters";
    stories.push({ body, meta });
  }
  return stories;
}

type RecordEvent<E> = (text: string, decoded: { encoding: string; replacementChars: number }, format: "text", meta: DeclaredMeta) => E;
type ProblemEvent<E> = (kind: "corrupt" | "too-large" | "empty" | "binary", message: string) => E;

/**
 * Stream stories out of an SGML file: decode as bytes arrive (encoding chosen from the first
 * chunk) and cut at each </REUTERS>, so only one story is held at a time. A story longer
 * than `limit` characters is dropped and reported.
 */
export async function* streamSgmlStories<E>(chunks: AsyncIterable<Buffer>, limit: number, record: RecordEvent<E>, problem: ProblemEvent<E>): AsyncGenerator<E> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let encoding = "utf-8";
  let pending = "";
  let stories = 0;
  let sawBytes = false;
  const flush = function* (final: boolean): Generator<E> {
    const re = /<\/REUTERS>/gi;
    let cut = 0;
    for (let m = re.exec(pending); m; m = re.exec(pending)) {
      for (const story of splitSgml(pending.slice(cut, m.index + m[0].length))) {
        stories++;
        yield record(story.body, { encoding, replacementChars: countFffd(story.body) }, "text", story.meta);
      }
      cut = m.index + m[0].length;
    }
    pending = pending.slice(cut);
    if (pending.length > limit) {
      yield problem("too-large", `an SGML story runs over ${limit} characters without </REUTERS>; skipped`);
      pending = "";
    }
    if (final && pending.trim() && /<REUTERS/i.test(pending)) yield problem("corrupt", "the last <REUTERS> story has no end tag; skipped");
  };
  for await (const chunk of chunks) {
    if (!chunk.length) continue;
    if (!decoder) {
      sawBytes = true;
      if (looksBinary(chunk)) {
        yield problem("binary", "binary data, not text");
        return;
      }
      encoding = decodeBytes(chunk.subarray(0, 65536)).encoding;
      decoder = new TextDecoder(encoding);
    }
    pending += decoder.decode(chunk, { stream: true });
    yield* flush(false);
  }
  if (decoder) pending += decoder.decode();
  yield* flush(true);
  if (!sawBytes) yield problem("empty", "file is empty");
  else if (stories === 0) yield problem("corrupt", "no <REUTERS> records found");
}

function countFffd(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\ufffd"); i !== -1; i = s.indexOf("\ufffd", i + 1)) n++;
  return n;
}
