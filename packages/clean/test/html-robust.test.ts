import { describe, expect, it } from "vitest";
import { cleanRecord } from "@wenku/clean";
import { html, raw } from "./helpers.js";

const P = [
  "国家统计局今天发布数据显示，十月份全国规模以上工业增加值同比增长百分之五点三，比上月加快零点二个百分点。",
  "从三大门类看，采矿业增加值同比增长百分之四点六，制造业增长百分之五点一，电力燃气及水生产供应业增长百分之七点二。",
  "分析人士认为，随着一揽子增量政策落地见效，工业生产有望在四季度继续保持平稳增长态势。",
];

describe("HTML pages that break naive extraction", () => {
  it("reads past an unclosed <iframe> (parsers otherwise swallow the rest of the page)", () => {
    const page = `<html><body><div class="ad"><iframe src="/ad.html"></div><div class="text">${P.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    expect(cleanRecord(html(page)).text).toBe(P.join("\n\n"));
  });

  it("keeps an article wrapped in a page-wide <form> (ASP.NET pages) but drops a search form", () => {
    const page = `<html><body><form action="/search"><input name="q"><button>搜索</button></form><form id="aspnetForm" method="post"><div class="content">${P.map((p) => `<p>${p}</p>`).join("")}</div></form></body></html>`;
    const doc = cleanRecord(html(page));
    expect(doc.text).toBe(P.join("\n\n"));
    expect(doc.text).not.toContain("搜索");
  });

  it("finds text written straight into a container between <br>s next to a picture paragraph", () => {
    const page = `<html><body><div class="nav"><a href="/">首页</a> <a href="/a">财经</a></div><div id="text">${P[0]}<br><br><p align="center"><img src="x.jpg"></p>${P[1]}<br><br>${P[2]}<br></div></body></html>`;
    expect(cleanRecord(html(page)).text).toBe(P.join("\n\n"));
  });

  it("drops a related-links list inside the article block and records it", () => {
    const links = ["央行开展逆回购操作", "两市成交额突破万亿", "多地出台楼市新政", "人民币汇率小幅走强"].map((t, i) => `<li><a href="/n${i}">${t}</a></li>`).join("");
    const page = `<html><body><div class="article">${P.map((p) => `<p>${p}</p>`).join("")}<div class="related"><h3>相关新闻</h3><ul>${links}</ul></div></div></body></html>`;
    const doc = cleanRecord(html(page));
    expect(doc.text).toBe(P.join("\n\n"));
    expect(doc.removed.some((r) => r.rule === "html/link-block" && r.text.includes("央行开展逆回购操作"))).toBe(true);
  });

  it("joins article paragraphs split across sibling containers by an ad box", () => {
    const page = `<html><body><div class="main"><div class="part">${P.slice(0, 2).map((p) => `<p>${p}</p>`).join("")}</div><div class="ad"><a href="/buy">限时优惠</a></div><div class="part">${`<p>${P[2]}</p>`}</div></div><div class="footer"><a href="/about">关于我们</a></div></body></html>`;
    expect(cleanRecord(html(page)).text).toBe(P.join("\n\n"));
  });

  it("takes the date printed next to the article over an unrelated date in the text", () => {
    const page = `<html><body><div class="info">发布时间：2022-02-13 07:00</div><div class="text"><p>国务院日前印发通知，自2022年3月1日起施行新的管理办法，${P[0]}</p><p>${P[1]}</p></div></body></html>`;
    expect(cleanRecord(html(page)).date).toBe("2022-02-13T07:00:00");
  });

  it("gives a clear empty result for empty, binary and article-less input", () => {
    expect(cleanRecord(html("   ")).empty).toBe("empty-input");
    expect(cleanRecord(raw("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010".repeat(20))).empty).toBe("binary-junk");
    const nav = cleanRecord(html("<html><body><ul><li><a href='/'>首页</a></li><li><a href='/x'>新闻</a></li></ul></body></html>"));
    expect([nav.text, nav.empty]).toEqual(["", "no-article"]);
    const broken = cleanRecord(html(`<html><body><div><p>${P[0]}<p>${P[1]}</div></span></td><table><tr><td>`));
    expect(broken.text).toBe([P[0], P[1]].join("\n\n"));
  });
});
