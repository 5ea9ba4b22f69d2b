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
