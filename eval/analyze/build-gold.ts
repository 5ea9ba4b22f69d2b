/**
 * labels.txt (hand-written: surfaces in document order) → gold.json (offsets into each body,
 * sha256 of the body, no article text), and labels-heldout.txt → gold-heldout.json.
 * Run again after editing a labels file:
 *   node_modules/.bin/tsx eval/analyze/build-gold.ts [--show] [--split heldout|heldout2]
 * --show prints each label with 12 characters of context on each side, to check by eye.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readArticle, sha256 } from "./corpus.js";
import type { GoldDoc, GoldEntity, GoldFigure } from "./gold.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ALNUM = /[A-Za-z0-9]/;

/** Next occurrence of `surface` at or after `from` that is not part of a longer Latin word or number. */
function locate(body: string, surface: string, from: number): number {
  for (let i = body.indexOf(surface, from); i >= 0; i = body.indexOf(surface, i + 1)) {
    const before = body[i - 1] ?? "";
    const after = body[i + surface.length] ?? "";
    const glued =
      (ALNUM.test(surface[0]!) && (ALNUM.test(before) || (/\d/.test(surface[0]!) && /[.,]/.test(before) && /\d/.test(body[i - 2] ?? "")))) ||
      (ALNUM.test(surface.at(-1)!) && (ALNUM.test(after) || (/\d/.test(surface.at(-1)!) && /[.,]/.test(after) && /\d/.test(body[i + surface.length + 1] ?? ""))));
    // Labels never point into a link or an image path (…/2017/01/梁振英-施政報告.png).
    const word = body.slice(0, i).split(/[\s(]/).at(-1) ?? "";
    if (!glued && !/https?:|src=|\/web\//.test(word)) return i;
  }
  return -1;
}

function build(labelsFile: string, show: boolean): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let doc: GoldDoc | undefined;
  let body = "";
  let figCursor = 0;
  let entCursor = 0;
  const lines = readFileSync(HERE + labelsFile, "utf8").split("\n");
  lines.forEach((line, n) => {
    if (!line.trim() || line.startsWith("#")) return;
    const where = `${labelsFile}:${n + 1}`;
    if (line.startsWith("doc ")) {
      const [, file, lineNo] = line.split(/\s+/);
      const article = readArticle(file!, Number(lineNo));
      body = article.body;
      doc = { file: file!, line: Number(lineNo), sha256: sha256(body), date: article.date, figures: [], entities: [] };
      docs.push(doc);
      figCursor = entCursor = 0;
      if (show) console.log(`\n== ${file} ${lineNo} (${body.length} chars)`);
      return;
    }
    if (!doc) throw new Error(`${where}: label before any doc line`);
    const [tag, ...rest] = line.split(" | ");
    const [marker, kindOrType] = tag!.split(" ");
    const surface = rest[0]!;
    let cursor = marker === "F" ? figCursor : entCursor;
    // "| after TEXT" at the end skips to just past the next TEXT: for a mention whose surface
    // also occurs earlier where it is not labelled (inside a 《》 title in a header link).
    if (rest.at(-1)?.startsWith("after ")) {
      const anchor = rest.pop()!.slice("after ".length);
      const at = body.indexOf(anchor, cursor);
      if (at < 0) throw new Error(`${where}: anchor "${anchor}" not found after offset ${cursor}`);
      cursor = at + anchor.length;
    }
    const start = locate(body, surface, cursor);
    if (start < 0) throw new Error(`${where}: "${surface}" not found after offset ${cursor}`);
    const end = start + surface.length;
    if (marker === "F") {
      const [, value, unit] = rest;
      const numeric = Number(value);
      const fig: GoldFigure = {
        start,
        end,
        text: surface,
        kind: kindOrType as GoldFigure["kind"],
        value: kindOrType === "date" || kindOrType === "period" || Number.isNaN(numeric) ? value! : numeric,
        unit: unit === "-" ? "" : unit!,
      };
      doc.figures.push(fig);
      figCursor = start + 1;
    } else if (marker === "E") {
      const ent: GoldEntity = { start, end, text: surface, type: kindOrType as GoldEntity["type"] };
      doc.entities.push(ent);
      entCursor = start + 1;
    } else throw new Error(`${where}: unknown line`);
    if (show) {
      const ctx = (body.slice(Math.max(0, start - 12), start) + "[" + surface + "]" + body.slice(end, end + 12)).replace(/\n/g, "⏎");
      console.log(`${marker} ${kindOrType.padEnd(17)} ${String(start).padStart(5)} ${ctx}`);
    }
  });
  return docs;
}

const split = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1]! : "dev";
const out = split === "dev" ? "gold.json" : `gold-${split}.json`;
const docs = build(split === "dev" ? "labels.txt" : `labels-${split}.txt`, process.argv.includes("--show"));
writeFileSync(HERE + out, JSON.stringify({ about: "Hand-labelled dev gold; see README.md. Offsets are UTF-16 indices into each article's body.", docs }, null, 1) + "\n");
const nf = docs.reduce((s, d) => s + d.figures.length, 0);
const ne = docs.reduce((s, d) => s + d.entities.length, 0);
console.error(`${out}: ${docs.length} articles, ${nf} figures, ${ne} entities`);
