import { describe, expect, it } from "vitest";
import { cleanRecord } from "@wenku/clean";
import { html } from "./helpers.js";

const paragraphs = [
  "国家统计局8日发布数据显示，7月份全国居民消费价格同比持平，环比上涨0.4%。",
  "其中，城市持平，农村下降0.3%；食品价格下降1.6%，非食品价格上涨0.3%。",
  "统计局城市司首席统计师表示，扣除食品和能源价格的核心CPI同比上涨0.8%，涨幅连续三个月扩大。",
];

const page = (body: string) => `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>7月CPI同比持平_新浪财经_新浪网</title>
<meta property="og:title" content="7月CPI同比持平 核心CPI涨幅扩大_新浪网">
<meta name="author" content="王小明">
<meta property="article:published_time" content="2025-08-08T10:05:00+08:00">
<script>var ads = "统计局，发布，数据。";</script>
<style>.x{color:red}</style>
</head><body>
<nav><a href="/">首页</a> <a href="/news">新闻</a> <a href="/finance">财经</a></nav>
<div class="sidebar"><ul><li><a href="/a">热门：某地楼市新政出台，购房门槛降低</a></li><li><a href="/b">热门：多家银行下调存款利率，幅度不一</a></li></ul></div>
<div class="article">
<h1>7月CPI同比持平 核心CPI涨幅扩大</h1>
<div class="byline">来源：新华社 2025-08-08 10:05</div>
${body}
<div style="display:none">隐藏的推广文字，点击领取红包，立即注册。</div>
</div>
<aside><p>相关阅读：统计局解读7月数据，专家称物价温和回升。</p></aside>
<footer><p>Copyright © 2025 新浪网 版权所有，未经授权不得转载。</p></footer>
</body></html>`;

describe("HTML extraction", () => {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  const input = page(body);
  const doc = cleanRecord(html(input));

  it("keeps the article paragraphs and nothing of nav, sidebar, hidden, aside or footer", () => {
    expect(doc.text).toBe(paragraphs.join("\n\n"));
  });

  it("takes title from og:title without the site suffix, author and date from meta tags", () => {
    expect([doc.title, doc.author, doc.date]).toEqual(["7月CPI同比持平 核心CPI涨幅扩大", "王小明", "2025-08-08T10:05:00"]);
    expect(doc.source).toBe("新华社");
    expect(doc.lang).toBe("zh-Hans");
  });

  it("records markup removals with exact offsets into the HTML source", () => {
    expect(doc.removed.some((r) => r.reason === "markup" && r.text.includes("<nav>"))).toBe(true);
    expect(doc.removed.some((r) => r.reason === "markup" && r.text.includes("display:none"))).toBe(true);
    for (const r of doc.removed.filter((x) => !x.approximate)) expect(input.slice(r.start, r.end)).toBe(r.text);
  });

  it("has segments that copy the HTML source verbatim", () => {
    expect(doc.segments.length).toBeGreaterThanOrEqual(paragraphs.length);
    for (const s of doc.segments) {
      expect(doc.text.slice(s.cleanStart, s.cleanStart + s.length)).toBe(input.slice(s.inputStart, s.inputStart + s.length));
    }
  });

  it("runs the spam rules over the extracted text, with offsets into the HTML", () => {
    const spamBody = paragraphs.map((p) => `<p>${p.replace(/，/g, "ꗃꗃ，").replace(/。/g, "ꗃꗃ。")}</p>`).join("\n");
    const spamInput = page(spamBody);
    const spam = cleanRecord(html(spamInput));
    expect(spam.text).toBe(paragraphs.join("\n\n"));
    const deco = spam.removed.filter((r) => r.reason === "spam-decoration");
    expect(deco.length).toBeGreaterThanOrEqual(5);
    for (const r of deco) expect(spamInput.slice(r.start, r.end)).toBe("ꗃꗃ");
  });

  it("reports a page without an article as empty", () => {
    const nav = cleanRecord(html("<html><body><nav><a href='/'>首页</a></nav><script>x()</script></body></html>"));
    expect(nav.text).toBe("");
    expect(nav.empty).toBe("no-article");
  });
});
