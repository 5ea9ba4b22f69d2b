/**
 * Is compromise (English NLP, a root dev dependency for this harness) worth adding as a source of English
 * entity candidates? Scores the analyzer's entities on the English (BBC) gold articles with and
 * without compromise's people / places / organisations added where the analyzer found nothing,
 * and times compromise alone in characters per CPU second on corpus articles.
 *   node_modules/.bin/tsx eval/analyze/compromise.ts [--limit N] [--splits dev,heldout,…]
 * Skips with a message when ../shared/data is absent.
 */
import { createRequire } from "node:module";
import { analyze, type Entity } from "@wenku/analyze";
import { corpusAvailable, corpusLines, readArticle, sha256, CORPUS_DIR } from "./corpus.js";
import { loadGold } from "./gold.js";
import { matchEntities } from "./match.js";
import { fmt, table } from "./table.js";

type Doc = { json: (o: object) => { text: string; offset: { start: number; length: number } }[] };
type Nlp = (text: string) => { people(): Doc; places(): Doc; organizations(): Doc };
// A root dev dependency: only this harness uses it (the analyser does not, see its README).
const loaded = createRequire(import.meta.url)("compromise") as Nlp | { default: Nlp };
const nlp: Nlp = typeof loaded === "function" ? loaded : loaded.default;

/** compromise's named entities as our Entity shape (offsets are UTF-16 indices into text). */
function compromiseEntities(text: string): Entity[] {
  const d = nlp(text);
  const out: Entity[] = [];
  const add = (doc: Doc, type: Entity["type"]) => {
    for (const m of doc.json({ offset: true })) {
      // compromise's match text may carry trailing punctuation; the span is the offset's.
      const start = m.offset.start;
      const surface = text.slice(start, start + m.offset.length).replace(/[\s.,;:'’"”)]+$/u, "").replace(/['’]s$/u, "");
      if (!surface) continue;
      out.push({ text: surface, start, end: start + surface.length, type, name: surface, source: "rule" });
    }
  };
  add(d.people(), "PERSON");
  add(d.places(), "PLACE");
  add(d.organizations(), "ORG");
  return out;
}

const overlaps = (a: Entity, list: Entity[]) => list.some((b) => a.start < b.end && b.start < a.end);

function main() {
  if (!corpusAvailable()) {
    console.log(`skipped: ${CORPUS_DIR} is absent`);
    return;
  }
  const arg = (n: string) => (process.argv.includes(n) ? process.argv[process.argv.indexOf(n) + 1] : undefined);
  const limit = Number(arg("--limit") ?? "300");
  const groups: [string, string[]][] = arg("--splits")
    ? [[arg("--splits")!, arg("--splits")!.split(",")]]
    : [
        ["dev + heldout 1–6 (tuned on)", ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"]],
        ["heldout7 + heldout8 (labelled before the rules that used them)", ["heldout7", "heldout8"]],
        ["heldout9 (never tuned on)", ["heldout9"]],
      ];
  const rows: string[][] = [];
  for (const [label, splits] of groups) {
    const t = { gold: 0, base: [0, 0], plus: [0, 0] } as { gold: number; base: number[]; plus: number[] };
    for (const split of splits) {
      for (const doc of loadGold(split)) {
        if (!doc.file.startsWith("bbc")) continue;
        const body = readArticle(doc.file, doc.line).body;
        if (sha256(body) !== doc.sha256) continue;
        const base = analyze(body, { docDate: doc.date }).entities;
        const extra = compromiseEntities(body).filter((e) => !overlaps(e, base));
        const plus = [...base, ...extra].sort((a, b) => a.start - b.start);
        const mb = matchEntities(doc.entities, base);
        const mp = matchEntities(doc.entities, plus);
        t.gold += doc.entities.length;
        t.base[0] += mb.pairs.length;
        t.base[1] += mb.pairs.length + mb.spurious.length;
        t.plus[0] += mp.pairs.length;
        t.plus[1] += mp.pairs.length + mp.spurious.length;
      }
    }
    rows.push([label, "analyzer", String(t.gold), fmt(t.base[0] / t.base[1]), fmt(t.base[0] / t.gold)]);
    rows.push([label, "analyzer + compromise", String(t.gold), fmt(t.plus[0] / t.plus[1]), fmt(t.plus[0] / t.gold)]);
  }
  console.log("\nEnglish (BBC) gold articles: entities with and without compromise's candidates\n");
  console.log(table(["gold", "entities from", "mentions", "P", "R"], rows));

  const bodies = corpusLines("bbc-news.jsonl.gz")
    .filter(Boolean)
    .slice(0, limit)
    .map((l) => (JSON.parse(l) as { body?: string }).body ?? "");
  const chars = bodies.reduce((n, b) => n + b.length, 0);
  const cpu = (f: () => void) => {
    const t0 = process.cpuUsage();
    f();
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1e6;
  };
  compromiseEntities("Warm up, Mr Smith.");
  const cCompromise = cpu(() => bodies.forEach((b) => compromiseEntities(b)));
  const cAnalyze = cpu(() => bodies.forEach((b) => analyze(b)));
  console.log(`\nSpeed on the first ${bodies.length} BBC articles (${chars.toLocaleString("en")} characters), CPU time:\n`);
  console.log(
    table(
      ["step", "CPU seconds", "chars per CPU second"],
      [
        ["analyze()", fmt(cAnalyze, 2), Math.round(chars / cAnalyze).toLocaleString("en")],
        ["compromise people/places/organizations", fmt(cCompromise, 2), Math.round(chars / cCompromise).toLocaleString("en")],
      ],
    ),
  );
}

main();
