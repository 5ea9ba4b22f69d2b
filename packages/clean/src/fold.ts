/**
 * Fold look-alikes for keyword matching: full-width ASCII → ASCII, ideographic space →
 * space, lower case, and spaces dropped between CJK/alphanumeric chars ("凯 发 k8 官 网").
 * map[i] is the index in the source string of folded char i.
 */
export interface Folded {
  text: string;
  map: number[];
}

const isAsciiWordChar = (c: string) => /[a-z0-9]/.test(c);
const isCjk = (c: string) => /\p{Script=Han}/u.test(c);

export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x3000 || code === 0xa0) return " ";
  return c.toLowerCase();
}

export function fold(text: string): Folded {
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]!);
    if (f.length !== 1) {
      chars.push(text[i]!);
    } else chars.push(f);
    map.push(i);
  }
  // Drop whitespace runs glued between CJK and CJK/alphanumeric chars.
  const outChars: string[] = [];
  const outMap: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (/\s/.test(c) && c !== "\n") {
      let j = i;
      while (j < chars.length && /\s/.test(chars[j]!) && chars[j] !== "\n") j++;
      const prev = outChars[outChars.length - 1] ?? "";
      const next = chars[j] ?? "";
      const glue = (isCjk(prev) && (isCjk(next) || isAsciiWordChar(next))) || (isAsciiWordChar(prev) && isCjk(next));
      if (glue) {
        i = j - 1;
        continue;
      }
    }
    outChars.push(c);
    outMap.push(map[i]!);
  }
  return { text: outChars.join(""), map: outMap };
}
