/** Dates as printed in Chinese and English article headers, normalised to ISO local time. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number) => String(n).padStart(2, "0");

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function iso(y: number, mo: number, d: number, h?: string, mi?: string, s?: string): string | undefined {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  let out = `${y}-${pad(mo)}-${pad(d)}`;
  if (h !== undefined && mi !== undefined) {
    const hh = Number(h);
    const mm = Number(mi);
    if (hh > 23 || mm > 59) return out;
    out += `T${pad(hh)}:${pad(mm)}:${pad(Number(s ?? "0"))}`;
  }
  return out;
}

const NUMERIC = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[\sT]*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?/u;
const EN_MDY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?/i;
const EN_DMY = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})/i;

/** First date in s, or undefined. */
export function findDate(s: string): FoundDate | undefined {
  let m = NUMERIC.exec(s);
  if (m) {
    const v = iso(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
    if (v) return { iso: v, index: m.index, length: m[0].length };
  }
  m = EN_MDY.exec(s);
  if (m) {
    const v = iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[4], m[5], m[6]);
    if (v) return { iso: v, index: m.index, length: m[0].length };
  }
  m = EN_DMY.exec(s);
  if (m) {
    const v = iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
    if (v) return { iso: v, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** Every full date in s (numeric Chinese/ISO forms and English month names), in order. */
export function findDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const re of [NUMERIC, EN_MDY, EN_DMY]) {
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    for (let i = 0; i < 50; i++) {
      const m = g.exec(s);
      if (!m) break;
      const v = re === NUMERIC ? iso(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]) : re === EN_MDY ? iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[4], m[5], m[6]) : iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
      if (v) out.push({ iso: v, index: m.index, length: m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Normalise a declared date (JSON field, meta tag); keeps the input when unparseable. */
export function normaliseDate(s: string): string {
  const trimmed = s.trim();
  const isoLike = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(trimmed);
  if (isoLike) return isoLike[2] ? `${isoLike[1]}T${isoLike[2]}:${isoLike[3]}:${isoLike[4] ?? "00"}` : isoLike[1]!;
  return findDate(trimmed)?.iso ?? trimmed;
}

const DATE_LABEL = /^(?:created\s*on|published(?:\s*on)?|posted(?:\s*on)?|updated(?:\s*on)?|date|发布时间|发布日期|发表时间|发表于|更新时间|时间|日期|發佈時間|發布時間|發表時間|日期)\s*[:：]?\s*/iu;

/** A header line that is (almost) only a date, possibly labelled. */
export function dateLine(line: string): string | undefined {
  const s = line.trim().replace(DATE_LABEL, "");
  if (s.length > 48) return undefined;
  const d = findDate(s);
  if (!d) return undefined;
  const rest = (s.slice(0, d.index) + s.slice(d.index + d.length)).replace(/[\s|｜·,，:：()（）星期周一二三四五六日天]/gu, "");
  return rest.length <= 12 ? d.iso : undefined;
}
