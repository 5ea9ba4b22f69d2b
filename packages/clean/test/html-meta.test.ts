import { describe, expect, it } from "vitest";
import { cleanRecord } from "@wenku/clean";
import { ARTICLE_EN, ARTICLE_ZH, html, paras } from "./helpers.js";

/** Dates and authors of HTML pages: where they are printed, and which declared ones to trust. */

const ZH = ARTICLE_ZH;
const EN = ARTICLE_EN.slice(0, 2);
const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

describe("HTML dates", () => {
  it("takes a post's footer date closing the block over the next post's date printed just below it", () => {
    const body = `<table><tr><td class="post">${paras(ZH)}<p>〓 发布时间 2005/05/17 22:11:42 by 某网友 〓</p></td></tr><tr><td class="reply"><p>回复：写得好。</p><p>〓 发布时间 2005/05/18 13:45:40 by 另一位 〓</p></td></tr></table>`;
    expect(cleanRecord(html(page("", body))).date).toBe("2005-05-17T22:11:42");
  });

  it("reads <time datetime> when no meta tag or printed date gives one", () => {
    const body = `<article><time datetime="2019-11-18T08:22:00-05:00">Monday</time>${paras(EN)}</article>`;
    expect(cleanRecord(html(page("", body))).date).toBe("2019-11-18T08:22:00");
  });

  it("falls back to the date in the page's canonical URL path when nothing else dates it", () => {
    const head = `<link rel="canonical" href="https://news.example.com/local/2019/11/18/bus-network-expands/">`;
    expect(cleanRecord(html(page(head, `<article>${paras(EN)}</article>`))).date).toBe("2019-11-18");
    const noDate = `<link rel="canonical" href="https://news.example.com/local/bus-network-expands-14848175.php">`;
    expect(cleanRecord(html(page(noDate, `<article>${paras(EN)}</article>`))).date).toBeNull();
  });
});

describe("HTML authors", () => {
  it("reads a labelled byline whose name sits in the next element (作者：<a>X</a>)", () => {
    const body = `<div class="info">来源：某某日报 <b>作者：</b><a href="/u/1">宋怡 杨志华</a> <a href="/say">我要说说</a></div><div class="text">${paras(ZH)}</div>`;
    expect(cleanRecord(html(page("", body))).author).toBe("宋怡 杨志华");
  });

  it("reads the reporter bracketed at the end of the article, leaving out the place reported from", () => {
    const closing = [...ZH.slice(0, 2), `${ZH[2]}（王小明 上海报道）`];
    const doc = cleanRecord(html(page("", `<div class="text">${paras(closing)}</div><div class="links"><a href="/x">最新评论</a></div>`)));
    expect(doc.author).toBe("王小明");
  });

  it("does not take a word after 记者 inside a sentence, nor an agency in brackets, as an author", () => {
    const prose = [`${ZH[0]}该负责人对记者表示：数据真实可靠。`, ZH[1], `${ZH[2]}（新华社）`];
    expect(cleanRecord(html(page("", `<div class="text">${paras(prose)}</div>`))).author).toBeNull();
  });

  it("prefers a printed byline to a meta author that is a site name or a user id", () => {
    const body = `<div class="text">${paras(ZH)}<p>（记者 胡晓蓉）</p></div>`;
    expect(cleanRecord(html(page(`<meta name="author" content="www.example.cn,某某日报报业集团">`, body))).author).toBe("胡晓蓉");
    expect(cleanRecord(html(page(`<meta name="author" content="L_104485">`, body))).author).toBe("胡晓蓉");
    expect(cleanRecord(html(page(`<meta name="author" content="Jane Doe">`, `<article>${paras(EN)}</article>`))).author).toBe("Jane Doe");
  });

  it("reads a blog or forum footer naming who posted (由X张贴 @, 本贴由X于…发表)", () => {
    const footer = `<div class="post"><div class="post-body">${paras(ZH)}</div><div class="post-footer"><em>由海边的猫张贴 @ <a href="/p/1">2005-03-21 01:20:44</a></em> (359) <a href="/c/1">共 3 篇评论</a></div></div>`;
    expect(cleanRecord(html(page("", footer))).author).toBe("海边的猫");
    const bbs = `<div class="text">${paras(ZH)}<p>本贴由<b>大卫</b>于2005年8月12日16:12:21在〖<a href="/bbs">心灵论坛</a>〗发表.</p></div>`;
    expect(cleanRecord(html(page("", bbs))).author).toBe("大卫");
    // A preposition in a sentence is no footer: the name must be a person's, not an office.
    const prose = `<div class="text">${paras([...ZH.slice(0, 2), `${ZH[2]}该办法由市政府于今年三月发布。`])}</div>`;
    expect(cleanRecord(html(page("", prose))).author).toBeNull();
  });

  it("reads an English 'By' byline", () => {
    const body = `<article><p class="byline">By Maria Lopez and Tom Chen, Staff Writers</p>${paras(EN)}</article>`;
    expect(cleanRecord(html(page("", body))).author).toBe("Maria Lopez, Tom Chen");
  });
});
