/**
 * One row per gold split (figures and entities P / R), and pooled rows for groups of splits:
 * the table behind "all splits" in README.md.
 *   node_modules/.bin/tsx eval/analyze/summary.ts [--splits dev,heldout,…] [--pool NAME=a+b+c …] [--module PATH]
 * Default: every split, pooled rounds 1–6, 7–9, 10–13 and 14. --module scores another build (the
 * previous commit's dist/index.js) on the same gold. Skips when ../shared/data is absent.
 */
import type { analyze as Analyze } from "@wenku/analyze";
import { corpusAvailable, readArticle, sha256, yuanCurrencyOf, CORPUS_DIR } from "./corpus.js";
import { loadGold } from "./gold.js";
import { matchEntities, matchFigures, SCORED_TYPES } from "./match.js";
import { fmt, table } from "./table.js";

interface Score {
  articles: number;
  figGold: number;
  figFound: number;
  figHitGold: number;
  figHitFound: number;
  entGold: number;
  entFound: number;
  entHitGold: number;
  entHitFound: number;
}
const empty = (): Score => ({ articles: 0, figGold: 0, figFound: 0, figHitGold: 0, figHitFound: 0, entGold: 0, entFound: 0, entHitGold: 0, entHitFound: 0 });

let analyze: typeof Analyze;

function score(split: string): Score {
  const s = empty();
  for (const doc of loadGold(split)) {
    const article = readArticle(doc.file, doc.line);
    if (sha256(article.body) !== doc.sha256) throw new Error(`${doc.file}:${doc.line}: body changed since labelling (sha256 differs)`);
    const result = analyze(article.body, { docDate: doc.date, yuanCurrency: yuanCurrencyOf(doc.file) });
    const fm = matchFigures(doc.figures, result.figures);
    const scored = result.entities.filter((e) => (SCORED_TYPES as readonly string[]).includes(e.type));
    const em = matchEntities(doc.entities, result.entities);
    s.articles++;
    s.figGold += doc.figures.length;
    s.figFound += result.figures.length;
    s.figHitGold += fm.pairs.length;
    s.figHitFound += fm.pairs.length;
    s.entGold += doc.entities.length;
    s.entFound += scored.length;
    s.entHitGold += em.pairs.length;
    s.entHitFound += em.pairs.length;
  }
  return s;
}

const add = (a: Score, b: Score): Score => Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Score] + b[k as keyof Score]])) as unknown as Score;
const row = (name: string, s: Score) => [
  name,
  String(s.articles),
  String(s.figGold),
  fmt(s.figHitFound / s.figFound),
  fmt(s.figHitGold / s.figGold),
  String(s.entGold),
  fmt(s.entHitFound / s.entFound),
  fmt(s.entHitGold / s.entGold),
];

async function main() {
  const modulePath = process.argv.includes("--module") ? process.argv[process.argv.indexOf("--module") + 1]! : "@wenku/analyze";
  ({ analyze } = (await import(modulePath)) as { analyze: typeof Analyze });
  if (!corpusAvailable()) {
    console.log(`skipped: ${CORPUS_DIR} is absent (the gold refers to its articles; they are not copied into the repo)`);
    return;
  }
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const rounds = ["heldout", ...Array.from({ length: 13 }, (_, i) => `heldout${i + 2}`)];
  const splits = arg("--splits")?.split(",") ?? ["dev", ...rounds];
  const pools = process.argv.flatMap((a, i) => (process.argv[i - 1] === "--pool" ? [a] : []));
  const poolDefs = pools.length ? pools : ["rounds 1–6=heldout+heldout2+heldout3+heldout4+heldout5+heldout6", "rounds 7–9=heldout7+heldout8+heldout9", "rounds 10–13=heldout10+heldout11+heldout12+heldout13", "round 14=heldout14"];
  const scores = new Map(splits.map((s) => [s, score(s)]));
  const rows = splits.map((s) => row(s, scores.get(s)!));
  for (const def of poolDefs) {
    const [name, members] = def.split("=");
    const parts = members!.split("+").map((m) => scores.get(m) ?? score(m));
    rows.push(row(`**${name}**`, parts.reduce(add, empty())));
  }
  console.log(table(["split", "articles", "figures", "figures P", "figures R", "mentions", "entities P", "entities R"], rows));
}

await main();
