import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "@wenku/analyze";
import { loadGold } from "../../../eval/analyze/gold.js";
import { readArticle, sha256, yuanCurrencyOf, CORPUS_DIR } from "../../../eval/analyze/corpus.js";
import { matchEntities, matchFigures, SCORED_TYPES } from "../../../eval/analyze/match.js";

// The hand-labelled dev gold (eval/analyze/gold.json) against the floors. The articles
// are read from the shared data folder; without it this test is skipped.
const haveCorpus = existsSync(CORPUS_DIR);

describe.skipIf(!haveCorpus)(`dev gold (needs ${CORPUS_DIR})`, () => {
  it("figures reach P >= 0.95 and R >= 0.90; ORG/PERSON/PLACE reach P >= 0.90 and R >= 0.80", () => {
    let fGold = 0, fFound = 0, fHit = 0, eGold = 0, eFound = 0, eHit = 0;
    for (const doc of loadGold()) {
      const { body } = readArticle(doc.file, doc.line);
      expect(sha256(body), `${doc.file}:${doc.line} changed since labelling`).toBe(doc.sha256);
      const r = analyze(body, { docDate: doc.date, yuanCurrency: yuanCurrencyOf(doc.file) });
      fGold += doc.figures.length;
      fFound += r.figures.length;
      fHit += matchFigures(doc.figures, r.figures).pairs.length;
      eGold += doc.entities.length;
      eFound += r.entities.filter((e) => (SCORED_TYPES as readonly string[]).includes(e.type)).length;
      eHit += matchEntities(doc.entities, r.entities).pairs.length;
    }
    expect(fHit / fFound).toBeGreaterThanOrEqual(0.95);
    expect(fHit / fGold).toBeGreaterThanOrEqual(0.9);
    expect(eHit / eFound).toBeGreaterThanOrEqual(0.9);
    expect(eHit / eGold).toBeGreaterThanOrEqual(0.8);
  });
});
