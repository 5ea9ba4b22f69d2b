/**
 * Shares written as fractions, stored as percentages (the contract has no fraction kind):
 * 三分之二 → 66.67 %, 千分之五 → 0.5 %, "one in five" → 20 %.
 */
import { parseNumber, tidy } from "./numbers.js";
import type { ContextHit } from "./contextual.js";

// 三分之一, 四分之三, 千分之五: a fraction, stored as a percentage (三分之二 → 66.67%). 百分之 is a plain
// percentage, read in find.ts.
const FRACTION = /(?<![第\d一二两三四五六七八九十百])([二两三四五六七八九十][一二三四五六七八九十]*|\d{1,2})分之([一二两三四五六七八九]|\d{1,2})(?![十百千万亿\d])/g;
const PER_MILLE = /([千万])分之([一二两三四五六七八九十]+|\d+(?:\.\d+)?)(?![十百千万亿\d])/g;

/** Fractions in words: 三分之二 → 66.67 %, 千分之五 → 0.5 %. */
export function findFractions(f: string): ContextHit[] {
  const out: ContextHit[] = [];
  if (!f.includes("分之")) return out;
  for (const m of f.matchAll(FRACTION)) {
    const whole = parseNumber(m[1]!);
    const part = parseNumber(m[2]!);
    if (!whole || part === undefined || part >= whole) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: "percent", value: tidy(Math.round((part / whole) * 10000) / 100), unit: "%", approx: false });
  }
  for (const m of f.matchAll(PER_MILLE)) {
    const part = parseNumber(m[2]!);
    if (part === undefined) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: "percent", value: tidy(part / (m[1] === "千" ? 10 : 100)), unit: "%", approx: false });
  }
  return out;
}

// "one in five loans", "one in ten": a share, stored as a percentage (20%).
// (Not "one in three weeks": a frequency.)
const ONE_IN_N = /(?<![a-z])(one|two|three|1) in (three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})(?![a-z0-9,.]|\.\d| (?:years?|months?|weeks?|days?|hours?|minutes?|games|matches|races)\b)/g;
const SMALL_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };

/** One in five → 20 %. */
export function findOneInN(f: string): ContextHit[] {
  const out: ContextHit[] = [];
  if (!f.includes(" in ")) return out;
  for (const m of f.matchAll(ONE_IN_N)) {
    const part = SMALL_WORDS[m[1]!] ?? Number(m[1]);
    const whole = SMALL_WORDS[m[2]!] ?? Number(m[2]);
    if (!(whole > part) || whole < 2) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: "percent", value: tidy(Math.round((part / whole) * 10000) / 100), unit: "%", approx: false });
  }
  return out;
}
