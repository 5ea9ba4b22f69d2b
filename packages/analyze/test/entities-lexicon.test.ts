import { describe, expect, it } from "vitest";
import { Gazetteer } from "@wenku/analyze";
import { entityRows } from "./rows.js";

// Fifth pass: acronyms defined in brackets, and the mined-name lexicon (a lexicon passed in
// here, written for the test, so the test does not depend on what the corpus mining kept).
const rows = entityRows;

describe("acronyms defined in brackets", () => {
  it("makes the name and its acronym organisations, and finds the acronym again", () => {
    expect(rows("The award is USA Track & Field's (USATF) top honour. The USATF board met.", { minedNames: null })).toEqual([
      ["USA Track & Field", "ORG"],
      ["USATF", "ORG"],
      ["USATF", "ORG"],
    ]);
  });

  it("needs the initials to spell the acronym and the name not to be a title", () => {
    const found = rows("Fans of Blue Moon Rising (XYZ) cheered; the Chief Executive Officer (CEO) left.", { minedNames: null }).map(([t]) => t);
    expect(found).not.toContain("XYZ");
    expect(found).not.toContain("CEO");
    expect(found).not.toContain("Chief Executive Officer");
  });
});

describe("mined-name lexicon", () => {
  const lexicon = new Gazetteer([
    { name: "广船国际", type: "ORG", aliases: ["广船国际", "廣船國際"] },
    { name: "林卓廷", type: "PERSON", aliases: ["林卓廷"] },
    { name: "Wallsend Rovers", type: "ORG", aliases: ["Wallsend Rovers"] },
  ]);

  it("finds mined names written alone, in either script", () => {
    expect(rows("今年一季度，广船国际计划交付多艘船；廣船國際表示訂單充足。", { minedNames: lexicon }).filter(([, t]) => t === "ORG")).toEqual([
      ["广船国际", "ORG"],
      ["廣船國際", "ORG"],
    ]);
    expect(rows("He scored for Wallsend Rovers again.", { minedNames: lexicon })).toEqual([["Wallsend Rovers", "ORG"]]);
  });

  it("gives way to names the rules found, and is off with minedNames: null", () => {
    expect(rows("今年一季度，广船国际计划交付多艘船。", { minedNames: null }).map(([t]) => t)).not.toContain("广船国际");
    // Lower case is not the name.
    expect(rows("the wallsend rovers fans", { minedNames: lexicon })).toEqual([]);
  });
});
