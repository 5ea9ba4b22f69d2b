import { styleText } from "node:util";

/** Colour only for people: stdout is a terminal and NO_COLOR is unset. */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
}

type Style = Parameters<typeof styleText>[0];

export function paint(style: Style, text: string, stream: NodeJS.WriteStream = process.stdout): string {
  return useColor(stream) ? styleText(style, text) : text;
}

/** Print one JSON value per line (JSON Lines); nothing else goes to stdout in --json mode. */
export function printJsonLine(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + "\n");
}

/** Display width: East Asian wide characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w += cp >= 0x1100 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number, right = false): string {
  const gap = Math.max(0, width - displayWidth(s));
  return right ? " ".repeat(gap) + s : s + " ".repeat(gap);
}

/** Cut to a display width, marking the cut with "…". */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + "…";
}

/** An aligned table; numeric columns are right-aligned. */
export function table(headers: string[], rows: string[][], numeric: number[] = []): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, numeric.includes(i))).join("  ").trimEnd();
  return [paint("bold", line(headers)), ...rows.map(line)].join("\n") + "\n";
}

/** Show [bracketed] snippet highlights in colour on a terminal; plain brackets otherwise. */
export function paintSnippet(snippet: string): string {
  if (!useColor()) return snippet;
  return snippet.replace(/\[([^\]]*)\]/g, (_, m: string) => styleText(["bold", "yellow"], m));
}
