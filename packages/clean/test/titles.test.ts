import { describe, expect, it } from "vitest";
import { cleanRecord, type CleanDoc } from "@wenku/clean";
import { html, raw } from "./helpers.js";

/** Two paragraphs of a real-looking story, with no promotional word in them. */
const STORY = "中国人民银行今天宣布，下调金融机构存款准备金率0.5个百分点，释放长期资金约一万亿元。\n\n分析人士认为，此举有助于保持流动性合理充裕，支持实体经济发展。";
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><div class="main">${body}${STORY.split("\n\n").map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;

/** Every title cut points at its own text in the original title. */
function expectTitleOffsets(doc: CleanDoc): void {
  for (const r of doc.titleRemoved) expect(doc.originalTitle.slice(r.start, r.end)).toBe(r.text);
}

describe("spam/title-site-name: a title that is only a coded site name", () => {
  it("drops a <title> of two coded site names, recording both pieces", () => {
    const doc = cleanRecord(html(page("<title>金鼎x7国际_X7金鼎国际官网</title>", "")));
    expect(doc.title).toBe("");
    expect(doc.originalTitle).toBe("金鼎x7国际_X7金鼎国际官网");
    // The longer part is kept as the headline first (site suffix rule), then found to be a site name.
    expect(doc.titleRemoved.map((r) => [r.text, r.rule])).toEqual([
      ["金鼎x7国际_", "title/site-suffix"],
      ["X7金鼎国际官网", "spam/title-site-name"],
    ]);
    expectTitleOffsets(doc);
    expect(doc.text).toContain("下调金融机构存款准备金率");
  });

  it("cuts the same shape as a line of the article block (a parasite page's <h1>)", () => {
    const doc = cleanRecord(html(page("<title>央行宣布降准</title>", "<h1>鸿运jd129娱乐平台</h1>")));
    expect(doc.text).not.toContain("鸿运");
    expect(doc.removed.find((r) => r.rule === "spam/site-name-line")?.text).toBe("鸿运jd129娱乐平台");
  });

  it("drops a declared Traditional site name, code after the brand", () => {
    const doc = cleanRecord(raw(STORY, { meta: { title: "鴻運JD129娛樂平台" } }));
    expect(doc.title).toBe("");
    expect(doc.titleRemoved).toEqual([expect.objectContaining({ start: 0, end: 11, text: "鴻運JD129娛樂平台", rule: "spam/title-site-name" })]);
  });

  it("keeps headlines that name a product with a code or a site", () => {
    for (const title of ["华为Mate60发布会今日举行", "小米14官网上线新功能", "iPhone15官网"]) {
      const doc = cleanRecord(raw(STORY, { meta: { title } }));
      expect(doc.title).toBe(title);
      expect(doc.titleRemoved).toEqual([]);
    }
  });
});

describe("spam/title-prefix: a commercial name bracketed before the headline", () => {
  it("cuts a shop name found nowhere in the article and records it", () => {
    const doc = cleanRecord(raw(STORY, { meta: { title: "[婷雅护肤品]央行宣布下调存款准备金率" } }));
    expect(doc.title).toBe("央行宣布下调存款准备金率");
    expect(doc.titleRemoved).toEqual([expect.objectContaining({ start: 0, end: 7, text: "[婷雅护肤品]", reason: "spam-insertion", rule: "spam/title-prefix" })]);
  });

  it("cuts a Traditional shop name and a coded gambling brand in other brackets", () => {
    expect(cleanRecord(raw(STORY, { meta: { title: "〔蘭蔻思專賣店〕央行宣布降準" } })).title).toBe("央行宣布降準");
    expect(cleanRecord(raw(STORY, { meta: { title: "【金沙js88娱乐】央行宣布降准" } })).title).toBe("央行宣布降准");
  });

  it("keeps editorial labels, story tags and a company the article names", () => {
    const titles = [
      "【直播】央行宣布降准", // an editorial label
      "【獨家】央行宣布降準",
      "【初選大起訴】央行宣布降準", // a story tag: no shop or product noun
      "[视频]央行宣布降准",
    ];
    for (const title of titles) expect(cleanRecord(raw(STORY, { meta: { title } })).title).toBe(title);
    // A business story tagged with the company it is about: the name is in the article.
    const story = `华北商城今天公布三季度业绩，营业收入同比增长一成。\n\n${STORY}`;
    expect(cleanRecord(raw(story, { meta: { title: "【华北商城】三季度营收增长一成" } })).title).toBe("【华北商城】三季度营收增长一成");
  });
});

describe("titleRemoved: every title cut, with offsets into originalTitle", () => {
  it("records the site suffix an HTML <title> loses", () => {
    const doc = cleanRecord(html(page("<title>央行宣布降准_新浪财经</title>", "")));
    expect(doc.title).toBe("央行宣布降准");
    expect(doc.titleRemoved).toEqual([expect.objectContaining({ start: 6, end: 11, text: "_新浪财经", reason: "boilerplate", rule: "title/site-suffix" })]);
  });

  it("records a lure segment with the separator before it", () => {
    const body = "Harbour tunnel tolls will rise by ten percent next year, the transport department said on Monday.";
    const doc = cleanRecord(raw(body, { meta: { title: "Harbour tunnel tolls to rise | casino login bonus" } }));
    expect(doc.title).toBe("Harbour tunnel tolls to rise");
    expect(doc.titleRemoved.map((r) => [r.text, r.rule])).toEqual([[" | casino login bonus", "spam/title-lure-segment"]]);
    expectTitleOffsets(doc);
  });

  it("is empty, and originalTitle the title, when nothing was cut", () => {
    const doc = cleanRecord(raw(STORY, { meta: { title: "央行宣布降准" } }));
    expect(doc.originalTitle).toBe("央行宣布降准");
    expect(doc.titleRemoved).toEqual([]);
  });
});

describe("HTML metadata from the container and the byline", () => {
  it("dates a page by its declared URL when it has no canonical link and prints no date", () => {
    const doc = cleanRecord(raw(page("<title>央行宣布降准</title>", ""), { path: "x.html", container: "html", format: "html", meta: { url: "https://news.example.com/fin/2021/07/09/abc.html" } }));
    expect(doc.date).toBe("2021-07-09");
  });

  it("cuts a byline line whose date comes before 来源", () => {
    const doc = cleanRecord(html(page("<title>央行宣布降准</title>", "<p>2012-01-17 20:40 来源：证券时报网 字号：</p>")));
    expect(doc.text).not.toContain("证券时报网");
    expect(doc.removed.find((r) => r.rule === "html/byline-line")?.text).toContain("来源：证券时报网");
  });
});
