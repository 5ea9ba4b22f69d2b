import { describe, expect, it } from "vitest";
import { cleanRecord } from "@wenku/clean";
import { ARTICLE_EN, ARTICLE_ZH, html, paras } from "./helpers.js";

/** Rules of the main-block pick: listings, posts, split chunks, comments, furniture siblings. */

const ZH = ARTICLE_ZH;
const EN = ARTICLE_EN;

describe("main block: listings and posts", () => {
  it("a forum's list of thread rows (title link, author, time, counts) does not outweigh the one real paragraph", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `<li><a href="/t/${i}">第${i}个帖子的标题，大家来看看？</a>【<a href="/u/${i}">网友${i}</a>】08-11 16:${String(i % 60).padStart(2, "0")} ${100 + i}字 [${300 + i}/${i}]</li>`).join("");
    const page = `<html><body><div class="topic"><p class="large">${ZH.join("")}</p></div><div class="replies"><ul>${rows}</ul></div></body></html>`;
    const doc = cleanRecord(html(page));
    expect(doc.text).toBe(ZH.join(""));
  });

  it("on a page of several dated posts the first post is the article, even when a later one is longer", () => {
    const post = (title: string, stamp: string, body: string[]) =>
      `<div class="post"><h3 class="post-title">${title}</h3><span class="stamp">${stamp}</span><div class="post-body">${paras(body)}</div></div>`;
    const long = ["第二篇游记写了很多内容，从出发前的准备、路上的见闻一直写到返程。", "沿途的小镇保留着许多老房子，街边的小吃也很有特色，值得多住几天。", "最后一天下了大雨，我们在旅馆里读书聊天，反倒成了最难忘的一段时光。", "回家以后整理照片，才发现这一趟竟然拍了上千张。"];
    const page = `<html><body><div class="blog">${post("春天去看海", "2005-03-21 01:20:44", ZH.slice(0, 2))}${post("长长的游记", "2005-03-18 01:58:01", long)}${post("旧事", "2005-03-15 16:47:37", [ZH[2]!])}</div></body></html>`;
    const doc = cleanRecord(html(page));
    expect(doc.text).toBe(ZH.slice(0, 2).join("\n\n"));
    expect(doc.date).toBe("2005-03-21T01:20:44");
  });

  it("paragraphs that each mention a date are one article, not a list of posts", () => {
    const timeline = [
      `<p><b>2020年1月5日</b></p><p>${ZH[0]}</p>`,
      `<p><b>2020年2月9日</b></p><p>${ZH[1]}</p>`,
      `<p><b>2020年3月1日</b></p><p>${ZH[2]}</p>`,
    ];
    const page = `<html><body><div class="article">${timeline.join("")}</div></body></html>`;
    const text = cleanRecord(html(page)).text;
    for (const p of ZH) expect(text).toContain(p);
  });
});

describe("main block: articles split into chunks", () => {
  it("joins chunks of one template wrapped several levels deep around a video embed", () => {
    const chunk = (ps: string[]) => `<div class="body-text section"><div class="inner"><div class="content">${paras(ps)}</div></div></div>`;
    const page = `<html><body><nav><a href="/">Home</a></nav><article>${chunk(EN.slice(0, 2))}<div class="embed"><iframe src="https://player.example/x"></iframe></div>${chunk(EN.slice(2))}</article><footer><p>© Example News</p></footer></body></html>`;
    expect(cleanRecord(html(page)).text).toBe(EN.join("\n\n"));
  });

  it("does not join a disclaimer block or a block named as related content beside the article", () => {
    const disclaimer = `<table><tr><td><p>版权与免责声明：凡本网注明“来源：本网”的所有作品，版权均属于本网，未经授权不得转载、摘编或利用其它方式使用上述作品，违者本网将依法追究责任。</p><p>凡本网注明来源为其他媒体的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p></td></tr></table>`;
    const related = `<div class="related-news"><p>另据报道，邻市一季度地区生产总值同比增长百分之五点二，工业和服务业均保持平稳增长，消费市场持续回暖。</p></div>`;
    const page = `<html><body><div class="box"><table id="main"><tr><td><div class="text">${paras(ZH)}</div></td></tr></table>${disclaimer}${related}</div></body></html>`;
    const doc = cleanRecord(html(page));
    expect(doc.text).toBe(ZH.join("\n\n"));
  });

  it("takes CMS paragraphs written as <div>s next to the main block, but not a print URL or a dateline", () => {
    const page = `<html><body><div class="story"><div class="print-url">https://news.example.com/local/article/bus-network-expansion-approved-14848175.php</div><div class="lead">${paras(EN.slice(0, 3))}</div><div class="para">${EN[3]}</div></div></body></html>`;
    const doc = cleanRecord(html(page));
    expect(doc.text).toBe(EN.join("\n\n"));
  });
});

describe("main block: comments", () => {
  it("picks the article over a longer comment thread, and cuts the thread when it sits inside the article's container", () => {
    const comments = Array.from({ length: 8 }, (_, i) => `<li class="comment"><p>Reader ${i} said: I have taken the number nine bus for years, and honestly, any extra route to the hospital would make a big difference to people like my mother, who cannot drive.</p></li>`).join("");
    const page = `<html><body><main><article class="entry"><h1>Council expands bus network</h1><div class="entry-content"><p>${EN[0]}</p></div></article><div class="comments-area" id="comments"><ol class="comment-list">${comments}</ol></div></main></body></html>`;
    const doc = cleanRecord(html(page));
    expect(doc.text).toContain(EN[0]);
    expect(doc.text).not.toContain("Reader 0 said");
  });

  it("keeps a forum page's posts when the whole page is the thread", () => {
    const page = `<html><body><div id="comments"><div class="post"><p>${ZH[0]}</p><p>${ZH[1]}</p></div></div></body></html>`;
    expect(cleanRecord(html(page)).text).toBe(ZH.slice(0, 2).join("\n\n"));
  });

  it("records the cut thread with its rule and exact source offsets", () => {
    const thread = `<div class="comment-thread"><p>网友甲：这个数据看着不错，希望下个季度继续保持，大家觉得呢？</p></div>`;
    const page = `<html><body><div class="article">${paras(ZH)}${thread}</div></body></html>`;
    const doc = cleanRecord(html(page));
    expect(doc.text).toBe(ZH.join("\n\n"));
    const cut = doc.removed.find((r) => r.rule === "html/comment-thread");
    expect(cut?.text).toBe(thread);
    expect(page.slice(cut!.start, cut!.end)).toBe(thread);
  });
});
