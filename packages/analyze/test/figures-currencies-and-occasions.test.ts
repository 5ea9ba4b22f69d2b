import { describe, expect, it } from "vitest";
import { figureRows } from "./rows.js";

// Currencies written as words, anniversaries and budget years. Sentences written for these
// tests in the style of the corpora; each row worked out by reading: [text, kind, value, unit].
const rows = figureRows;
const en = (s: string) => rows(s, { lang: "en" });

describe("currencies written as words after the number", () => {
  it("reads a currency its name qualifies", () => {
    expect(en("The fare rose to 100 Hong Kong dollars.")).toEqual([["100 Hong Kong dollars", "money", 100, "HKD"]]);
    expect(en("Shares closed at 2.20 Canadian dollars.")).toEqual([["2.20 Canadian dollars", "money", 2.2, "CAD"]]);
    expect(en("Qantas made a hostile 7.4bn Australian dollar ($5.8bn) bid.")).toEqual([
      ["7.4bn Australian dollar", "money", 7.4e9, "AUD"],
      ["$5.8bn", "money", 5.8e9, "USD"],
    ]);
    expect(en("He was fined 500 Swiss francs and paid 1,000 baht in Bangkok.")).toEqual([
      ["500 Swiss francs", "money", 500, "CHF"],
      ["1,000 baht", "money", 1000, "THB"],
    ]);
  });

  it("gives a bare dinar or peso the currency of the country the report names", () => {
    expect(en("In Algeria the price of a kilo has risen to 200 dinars ($2.77).")).toEqual([
      ["200 dinars", "money", 200, "DZD"],
      ["$2.77", "money", 2.77, "USD"],
    ]);
    expect(en("Iraq's budget of 4bn dinars was approved.")).toEqual([["4bn dinars", "money", 4e9, "IQD"]]);
    // The nearest country named before the figure decides (Mexico, not Argentina after it).
    expect(en("Mexico's central bank sold 3bn pesos, more than Argentina did.")).toEqual([["3bn pesos", "money", 3e9, "MXN"]]);
  });

  it("leaves a bare currency word a number of things when no country is named", () => {
    expect(en("The price rose to 200 dinars.")).toEqual([["200 dinars", "count", 200, ""]]);
  });
});

describe("ages and aircraft", () => {
  it("reads the age of a rule (retirement age of 65, retire before 65)", () => {
    expect(en("The default retirement age of 65 will let staff retire before 65, unless they choose.")).toEqual([
      ["65", "quantity", 65, "yr"],
      ["65", "quantity", 65, "yr"],
    ]);
  });

  it("reads no age in a decade (the age of 70s rock)", () => {
    expect(en("It harks back to the age of 70s rock.")).toEqual([]);
  });

  it("counts aircraft, a plural without an s", () => {
    expect(en("Jet has 42 aircraft and plans to buy 50 new aircraft.")).toEqual([
      ["42", "count", 42, ""],
      ["50", "count", 50, ""],
    ]);
  });
});

describe("anniversaries and birthdays numbered in English", () => {
  it("reads the years an anniversary or a birthday counts", () => {
    expect(en("The single marks the 70th anniversary of Presley's birth.")).toEqual([["70th anniversary", "quantity", 70, "yr"]]);
    expect(en("He died on the eve of his 93rd birthday.")).toEqual([["93rd birthday", "quantity", 93, "yr"]]);
  });

  it("reads no ordinal that counts no years", () => {
    expect(en("It was his 3rd attempt at the title.")).toEqual([]);
  });
});

describe("years", () => {
  it("reads a year after 'back to', also at the end of a sentence", () => {
    expect(en("Their first album dates back to 1997. They split later.")).toEqual([["1997", "date", "1997", ""]]);
  });

  it("reads a year after 'in' whatever word follows, unless it counts a plural noun", () => {
    expect(en("In 1999 Labour returned. Sales in 2005 would be higher.")).toEqual([
      ["1999", "date", "1999", ""],
      ["2005", "date", "2005", ""],
    ]);
    expect(en("The council said in 2000 homes were built.")).toEqual([]);
  });

  it("reads a year that names the year of something (a 2004 law, its 2005 survey)", () => {
    expect(en("The FER blames this on a 2004 law. Publishing its 2005 economic survey, it warned.")).toEqual([
      ["2004", "date", "2004", ""],
      ["2005", "date", "2005", ""],
    ]);
  });

  it("reads the budget year 2022年度 as a fiscal year", () => {
    expect(rows("审计署审计长作了关于2022年度中央预算执行的审计工作报告。", { docDate: "2023-06-26" })).toEqual([["2022年度", "period", "FY2022", ""]]);
  });
});
