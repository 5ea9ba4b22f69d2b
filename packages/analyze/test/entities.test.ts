import { describe, expect, it } from "vitest";
import { findEntities } from "@wenku/analyze";

const names = (s: string) => findEntities(s).map((e) => [e.text, e.name, e.type]);

describe("findEntities", () => {
  it("finds Traditional mentions and gives canonical names", () => {
    const s = "聯想集團與輝達合作";
    const found = findEntities(s);
    expect(found.map((e) => [e.text, e.name, e.type, e.source])).toEqual([
      ["聯想集團", "Lenovo", "ORG", "gazetteer"],
      ["輝達", "NVIDIA", "ORG", "gazetteer"],
    ]);
    for (const e of found) expect(s.slice(e.start, e.end)).toBe(e.text);
  });

  it("matches full-width and mixed-case forms and maps spans back", () => {
    const s = "報導：ＬＥＮＯＶＯ與Meta";
    const found = findEntities(s);
    expect(found.map((e) => [e.text, e.name])).toEqual([
      ["ＬＥＮＯＶＯ", "Lenovo"],
      ["Meta", "Meta"],
    ]);
  });

  it("matches Latin aliases only at word boundaries and prefers the longest alias", () => {
    expect(names("AMDX is not AMD")).toEqual([["AMD", "AMD", "ORG"]]);
    expect(names("英伟达H200与H20")).toEqual([
      ["英伟达", "NVIDIA", "ORG"],
      ["H200", "H200", "PRODUCT"],
      ["H20", "H20", "PRODUCT"],
    ]);
    expect(names("阿里云和阿里")).toEqual([
      ["阿里云", "Alibaba Cloud", "ORG"],
      ["阿里", "Alibaba", "ORG"],
    ]);
  });

  it("does not take ordinary words for company names", () => {
    // "meta" in lower case is a word, 苹果 next to 香蕉 is fruit, 中信 inside 网络中信息 is not CITIC.
    expect(names("a meta analysis of studies")).toEqual([]);
    expect(names("他买了苹果和香蕉")).toEqual([]);
    expect(names("网络中信息很多")).toEqual([]);
  });

  it("accepts 苹果 as Apple next to a cue word (seed 002)", () => {
    expect(names("苹果公司宣布，即将发布的iOS 26系统将集成OpenAI的GPT-5模型")).toEqual([
      ["苹果公司", "Apple", "ORG"],
      ["iOS", "iOS", "PRODUCT"],
      ["OpenAI", "OpenAI", "ORG"],
      ["GPT-5", "GPT-5", "PRODUCT"],
    ]);
    expect(names("台积电的2nm已获得苹果的A20订单").map((n) => n[1])).toEqual(["TSMC", "Apple"]);
  });

  it("finds people and places named in seed 001 and 002", () => {
    const s = "马克·扎克伯格(Mark Zuckerberg)在通往AGI的道路上。博通CEO陈福阳表示，新疆疆算万卡枢纽型智算中心";
    expect(names(s)).toEqual([
      ["马克·扎克伯格", "Mark Zuckerberg", "PERSON"],
      ["Mark Zuckerberg", "Mark Zuckerberg", "PERSON"],
      ["博通", "Broadcom", "ORG"],
      ["陈福阳", "Hock Tan", "PERSON"],
      ["新疆", "Xinjiang", "PLACE"],
    ]);
  });

  it("adds organisations outside the gazetteer from an English name suffix, with the surface as name", () => {
    const found = findEntities("Shares of Acme Widget Holdings rose after the Federal Reserve met.");
    expect(found.map((e) => [e.text, e.name, e.type, e.source])).toEqual([
      ["Acme Widget Holdings", "Acme Widget Holdings", "ORG", "rule"],
      ["Federal Reserve", "Federal Reserve", "ORG", "gazetteer"],
    ]);
  });

  it("adds Chinese organisations from jieba's nt tag", () => {
    const found = findEntities("上海浦发银行与中国体育代表团");
    expect(found.map((e) => [e.text, e.source])).toEqual([
      ["上海浦发银行", "gazetteer"],
      ["中国体育代表团", "pos"],
    ]);
  });
});
