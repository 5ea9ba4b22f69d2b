/**
 * The analyzer against the hand-labelled dev gold (gold.json): precision and recall per figure
 * kind, per entity type, per corpus, and analysed characters per second.
 *   node_modules/.bin/tsx eval/analyze/run.ts [--errors] [--repeat N] [--split heldout|heldout2]
 * --split NAME scores gold-NAME.json: articles labelled after the rules were frozen.
 * --errors lists every miss and false positive with its context (for development).
 * Skips with a message when ../shared/data is absent (the articles are not in the repo).
 */
import { analyze, type Figure, type Entity } from "@wenku/analyze";
import { corpusAvailable, readArticle, sha256, yuanCurrencyOf, CORPUS_DIR } from "./corpus.js";
import { loadGold, type GoldDoc } from "./gold.js";
import { matchEntities, matchFigures, SCORED_TYPES } from "./match.js";
import { fmt, table } from "./table.js";

interface Tally {
  gold: number;
  predicted: number;
  goldHit: number;
  predHit: number;
}
const tally = (): Tally => ({ gold: 0, predicted: 0, goldHit: 0, predHit: 0 });
const bump = (m: Map<string, Tally>, key: string) => {
  if (!m.has(key)) m.set(key, tally());
  return m.get(key)!;
};
const row = (name: string, t: Tally) => {
  const p = t.predHit / t.predicted;
  const r = t.goldHit / t.gold;
  return [name, String(t.gold), String(t.predicted), fmt(t.predicted ? p : NaN), fmt(t.gold ? r : NaN), fmt(t.predicted && t.gold ? (2 * p * r) / (p + r) : NaN)];
};
const HEAD = ["", "gold", "found", "P", "R", "F1"];

function context(body: string, s: { start: number; end: number }) {
  return (body.slice(Math.max(0, s.start - 10), s.start) + "[" + body.slice(s.start, s.end) + "]" + body.slice(s.end, s.end + 10)).replace(/\s+/g, " ");
}

function main() {
  if (!corpusAvailable()) {
    console.log(`skipped: ${CORPUS_DIR} is absent (the gold refers to its articles; they are not copied into the repo)`);
    return;
  }
  const showErrors = process.argv.includes("--errors");
  const repeatArg = process.argv.indexOf("--repeat");
  const repeat = repeatArg > 0 ? Number(process.argv[repeatArg + 1]) : 5;
  const split = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1]! : "dev";
  const docs: GoldDoc[] = loadGold(split);
  const byKind = new Map<string, Tally>();
  const byType = new Map<string, Tally>();
  const byCorpus = new Map<string, { fig: Tally; ent: Tally }>();
  const figAll = tally();
  const entAll = tally();
  analyze("预热 warm-up"); // loads jieba once, outside the timing
  let chars = 0;
  let ms = 0;
  for (const doc of docs) {
    const article = readArticle(doc.file, doc.line);
    if (sha256(article.body) !== doc.sha256) {
      console.error(`${doc.file}:${doc.line}: body changed since labelling (sha256 differs); skipped`);
      continue;
    }
    const options = { docDate: doc.date, yuanCurrency: yuanCurrencyOf(doc.file) };
    let result = analyze(article.body, options);
    const t0 = performance.now();
    for (let i = 0; i < repeat; i++) result = analyze(article.body, options);
    ms += performance.now() - t0;
    chars += article.body.length * repeat;

    const corpus = doc.file.split(/[-.]/)[0]!;
    if (!byCorpus.has(corpus)) byCorpus.set(corpus, { fig: tally(), ent: tally() });
    const c = byCorpus.get(corpus)!;

    const fm = matchFigures(doc.figures, result.figures);
    for (const g of doc.figures) for (const t of [bump(byKind, g.kind), figAll, c.fig]) t.gold++;
    for (const p of result.figures) for (const t of [bump(byKind, p.kind), figAll, c.fig]) t.predicted++;
    for (const [g, p] of fm.pairs) {
      for (const t of [bump(byKind, g.kind), figAll, c.fig]) t.goldHit++;
      for (const t of [bump(byKind, p.kind), figAll, c.fig]) t.predHit++;
    }

    const em = matchEntities(doc.entities, result.entities);
    const scored = result.entities.filter((e) => (SCORED_TYPES as readonly string[]).includes(e.type));
    for (const g of doc.entities) for (const t of [bump(byType, g.type), entAll, c.ent]) t.gold++;
    for (const p of scored) for (const t of [bump(byType, p.type), entAll, c.ent]) t.predicted++;
    for (const [g, p] of em.pairs) {
      for (const t of [bump(byType, g.type), entAll, c.ent]) t.goldHit++;
      for (const t of [bump(byType, p.type), entAll, c.ent]) t.predHit++;
    }

    if (showErrors) {
      console.log(`\n== ${doc.file} ${doc.line}`);
      for (const g of fm.missed) {
        const near = result.figures.filter((p) => p.start < g.end && g.start < p.end).map((p) => `${p.kind} ${p.value} ${p.unit}`);
        console.log(`  miss F ${g.kind} ${g.value} ${g.unit}  ${context(article.body, g)}${near.length ? "  (found: " + near.join("; ") + ")" : ""}`);
      }
      for (const p of fm.spurious as Figure[]) console.log(`  extra F ${p.kind} ${p.value} ${p.unit}  ${context(article.body, p)}`);
      for (const g of em.missed) {
        const near = result.entities.filter((p) => p.start < g.end && g.start < p.end).map((p) => `${p.type} ${p.name}`);
        console.log(`  miss E ${g.type}  ${context(article.body, g)}${near.length ? "  (found: " + near.join("; ") + ")" : ""}`);
      }
      for (const p of em.spurious as Entity[]) console.log(`  extra E ${p.type} ${p.name} (${p.source})  ${context(article.body, p)}`);
    }
  }

  const kinds = [...byKind.keys()].sort();
  console.log(`\n${split === "dev" ? "Dev gold" : `Held-out gold (${split})`}: ${docs.length} articles, ${figAll.gold} figures, ${entAll.gold} entity mentions (match: overlapping span, same unit, value within 0.5%; entities: overlap + same type)\n`);
  console.log("Figures by kind (P counts found figures of that kind, R gold figures of that kind)\n");
  console.log(table(HEAD, [...kinds.map((k) => row(k, byKind.get(k)!)), row("**all figures**", figAll)]));
  console.log("\nEntities by type (ORG / PERSON / PLACE; PRODUCT is not labelled)\n");
  console.log(table(HEAD, [...SCORED_TYPES.map((k) => row(k, byType.get(k) ?? tally())), row("**all entities**", entAll)]));
  console.log("\nBy corpus\n");
  console.log(
    table(
      ["corpus", "figures P", "figures R", "entities P", "entities R"],
      [...byCorpus].map(([name, { fig, ent }]) => [name, fmt(fig.predHit / fig.predicted), fmt(fig.goldHit / fig.gold), fmt(ent.predHit / ent.predicted), fmt(ent.goldHit / ent.gold)]),
    ),
  );
  console.log(`\nAnalysed ${chars} characters in ${ms.toFixed(0)} ms: ${Math.round((chars / ms) * 1000).toLocaleString("en")} chars/s (jieba loaded before timing; ${repeat} runs per article)`);
}

main();
