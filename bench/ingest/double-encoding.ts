/**
 * Double-encoding repair (@wenku/ingest repairDoubleEncoding) on real text:
 *  - precision: every record of the shared corpora and HTML folders (or the first --limit of
 *    each file) is read as ingest reads it; any repair there is a false one (the data is clean
 *    UTF-8/GBK/Big5; read() applies the repair, so a repaired record shows in its encoding);
 *  - recall: the Chinese records among them are double-encoded both ways (UTF-8 read as
 *    Windows-1252, and as GBK) and repaired; counted exact when the original comes back, and
 *    "lossy" when it comes back except for characters the GBK reading had already destroyed.
 *
 *   node_modules/.bin/tsx bench/ingest/double-encoding.ts --limit 2000
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expandInputs, readRecords, repairDoubleEncoding } from "@wenku/ingest";
import { HTML_DIRS } from "./sample.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const data = resolve(arg("data") ?? join(ROOT, "../shared/data"));
const limit = arg("limit") ? Number(arg("limit")) : Infinity;
if (!existsSync(join(data, "corpus"))) {
  console.error(`bench/ingest/double-encoding: ${data}/corpus not found (pass --data DIR)`);
  process.exit(2);
}

const utf8 = new TextEncoder();
const misread = (s: string, charset: string) => new TextDecoder(charset).decode(utf8.encode(s));
const han = (s: string) => (s.match(/\p{Script=Han}/gu)?.length ?? 0);

let records = 0;
let falseRepairs = 0;
const examples: string[] = [];
const shapes = { "windows-1252": { tried: 0, exact: 0, lossy: 0, missed: 0 }, gb18030: { tried: 0, exact: 0, lossy: 0, missed: 0 } };
const t0 = performance.now();
const { files } = await expandInputs([join(data, "corpus"), ...HTML_DIRS.map((d) => join(data, d)).filter(existsSync)]);
for (const file of files) {
  let n = 0;
  for await (const e of readRecords(file)) {
    if (!("record" in e)) continue;
    if (++n > limit) break;
    records++;
    const text = e.record.text;
    if (e.record.encoding.includes("repaired")) {
      falseRepairs++;
      if (examples.length < 5) examples.push(`${file}#${e.record.record}: ${e.record.encoding}`);
    }
    // Recall on Chinese plain text long enough to decide (the repair needs 4 Han characters).
    if (e.record.format !== "text" || han(text) < 20) continue;
    for (const [charset, s] of Object.entries(shapes)) {
      s.tried++;
      const back = repairDoubleEncoding(misread(text, charset));
      if (!back) s.missed++;
      else if (back.text === text) s.exact++;
      else if (back.lostChars > 0 && back.text.length <= text.length) s.lossy++;
      else s.missed++;
    }
  }
}
console.log("| measure | value |\n|---|---|");
console.log(`| records read | ${records} (${limit === Infinity ? "all" : `first ${limit} per file`} of corpus/ and the html folders) |`);
console.log(`| repaired as read (false repairs) | ${falseRepairs}${examples.length ? ` (${examples.join("; ")})` : ""} |`);
for (const [charset, s] of Object.entries(shapes)) {
  console.log(`| UTF-8 read as ${charset === "gb18030" ? "GBK" : "Windows-1252"}: repaired exactly / with lost characters kept as U+FFFD / not repaired | ${s.exact} / ${s.lossy} / ${s.missed} of ${s.tried} Chinese records |`);
}
console.log(`| time | ${((performance.now() - t0) / 1000).toFixed(1)} s |`);
