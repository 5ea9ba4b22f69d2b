import type { Cut } from "../view.js";
import { splitLines } from "../text/lines.js";
import { moreCodePointsThan } from "../text/code-points.js";
import { fold } from "../fold.js";
import { termAt } from "./terms.js";

/** A letters+digits brand code: k8, ky88, jd129, bet365, maxwin65 (at least one digit). */
const CODE = /^[a-z]{1,8}\d{1,4}|^\d{1,4}[a-z]{1,3}(?![a-z])/;
const HAN_NAME = /^\p{Script=Han}{2,4}/u;

/**
 * spam/title-site-name: a title (or title segment) that is nothing but a gambling site's
 * name: a brand token carrying a letters+digits code, then only site or lure vocabulary
 * (K8凯发国际官网, 凯发k8国际, 金沙js88娱乐平台, Maxwin65 Slot Login). No headline has that
 * shape: a headline names its subject and says something about it, while this is the
 * campaign's site name written where a headline goes. Judged by shape, never by brand.
 */
export function isCodedSiteName(segment: string): boolean {
  const f = fold(segment).text.trim();
  const skip = (at: number) => {
    while (at < f.length && /[\s·・.]/u.test(f[at]!)) at++;
    return at;
  };
  let i = 0;
  let code = false;
  let name = false;
  // Brand and code in either order: K8凯发, 凯发k8, js88, 金沙js88.
  for (let step = 0; step < 3 && i < f.length; step++) {
    i = skip(i);
    const rest = f.slice(i);
    const c = CODE.exec(rest);
    if (c && !code && !termAt(f, i)) {
      code = true;
      i += c[0].length;
      continue;
    }
    const h = HAN_NAME.exec(rest);
    if (h && !name && !termAt(f, i)) {
      // The name ends where the first term begins (凯发国际官网: 凯发).
      let end = 0;
      while (end < h[0].length && !(end >= 2 && termAt(f, i + end))) end++;
      if (end < 2) break;
      name = true;
      i += end;
      continue;
    }
    break;
  }
  i = skip(i);
  if (!code || i === 0 || i >= f.length) return false;
  // Everything after the brand is site/lure vocabulary (官网, 国际, 娱乐, app, 登录…).
  let lure = false;
  while (i < f.length) {
    const t = termAt(f, i);
    if (!t) return false;
    if (t.kind !== "site") lure = true;
    i = skip(t.end);
  }
  // A Latin code alone (windows11下载) may be a product: it needs a lure word too.
  return name || lure;
}

/** Separators between names on one line ("凯发k8国际_K8凯发国际官网", "A | B"). */
const NAME_SEPARATOR = /\s*[|｜_/]\s*|\s+[-–—]\s+|\s{2,}/u;

/**
 * spam/site-name-line: a short line of the text that is nothing but coded site names (a
 * parasite page's <h1> or banner inside the main block, "K8凯发国际官网"). The same shape as
 * the title rule, so the same evidence: no sentence is a brand code plus site words.
 */
export function siteNameLineCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const line of splitLines(text)) {
    const t = line.text.trim();
    if (!t || moreCodePointsThan(t, 60) || !/\d/.test(t)) continue;
    const parts = t.split(NAME_SEPARATOR).filter(Boolean);
    if (parts.length === 0 || !parts.every(isCodedSiteName)) continue;
    const lead = line.text.length - line.text.trimStart().length;
    cuts.push({ start: line.start + lead, end: line.start + lead + t.length, reason: "spam-block", rule: "spam/site-name-line", detail: "a line of coded site names (brand + letters+digits code + site words)" });
  }
  return cuts;
}
