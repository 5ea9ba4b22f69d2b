import { describe, expect, it } from "vitest";
import { cleanRecord } from "@wenku/clean";
import { fold } from "../src/fold.js";
import { raw } from "./helpers.js";

const clean = (text: string, extra = {}) => cleanRecord(raw(text, extra));
const rules = (doc: ReturnType<typeof clean>) => doc.removed.map((r) => r.rule);

/** Real sentences of an article, with no promotional word in them. */
const ARTICLE = "今年以来光伏组件价格持续回落，多家龙头企业下调了全年出货目标。行业协会认为产能出清仍需时间，分析人士预计明年价格将企稳。";

describe("fold: look-alikes and spacing, offsets kept", () => {
  it("joins letter-spaced Latin and keeps one space between spaced words", () => {
    const f = fold("play s l o t  g a c o r now");
    expect(f.text).toBe("play slot gacor now");
    // "g" of "gacor" is at index 14 of the input.
    expect(f.map[f.text.indexOf("gacor")]).toBe(14);
  });

  it("joins spaced Han and Latin units (凯 发 k 8 官 网)", () => {
    const f = fold("凯 发 k 8 官 网");
    expect(f.text).toBe("凯发k8官网");
    expect(Array.from(f.map)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it("reads a Cyrillic look-alike as Latin inside a Latin word only", () => {
    expect(fold("c\u0430sino").text).toBe("casino"); // Cyrillic а
    expect(fold("\u03b1粒子").text).toBe("\u03b1粒子"); // Greek α next to Han stays
  });

  it("leaves ordinary English alone", () => {
    expect(fold("I am a fan of A B testing").text).toBe("i am a fan of a b testing");
  });
});

describe("spam/decoration-run: classes of decoration", () => {
  it("cuts a run holding an unassigned code point", () => {
    const clauses = ["光伏组件价格持续回落", "多家企业下调出货目标", "行业协会认为仍需时间", "部分厂商暂停新建项目", "海外市场需求保持稳定", "分析人士预计价格企稳"];
    const text = clauses.map((c) => `${c}✿\u0378，`).join("") + "完。";
    const doc = clean(text);
    expect(doc.text).toBe(clauses.join("，") + "，完。");
    expect(doc.removed.filter((r) => r.rule === "spam/decoration-run").map((r) => r.text)).toEqual(clauses.map(() => "✿\u0378"));
  });

  it("groups a run with an invisible joiner glued to it with the same run", () => {
    const clauses = ["光伏组件价格持续回落", "多家企业下调出货目标", "行业协会认为仍需时间", "部分厂商暂停新建项目", "海外市场需求保持稳定"];
    // The article's own zero-width joiners sit before the third decoration.
    const text = clauses.map((c, i) => `${c}${i === 2 ? "\u200d\u200d" : ""}Մ♟，`).join("") + "完。";
    const doc = clean(text);
    expect(doc.text).toBe(clauses.join("，") + "，完。");
    expect(doc.removed.filter((r) => r.rule === "spam/decoration-run")).toHaveLength(clauses.length);
  });

  it("keeps the words of a page written in another script (Russian)", () => {
    const text = "Он сказал, что да, и она сказала, что да. Мы ответили, что да, и они сказали, что да. Все сказали да, и это всё.";
    const doc = clean(text);
    expect(doc.text).toBe(text);
    expect(doc.removed).toEqual([]);
  });

  it("keeps a short Arabic word quoted a few times in English text", () => {
    const text = "The word ما, which means what, appears three times: ما, and again ما. Readers asked about it.";
    expect(clean(text).text).toBe(text);
  });
});

describe("spam/keyword-chain on letter-spaced Latin", () => {
  it("cuts a letter-spaced lure phrase and records the spaced original text", () => {
    const text = "The council met on Monday, s l o t  g a c o r and agreed the budget for next year.";
    const doc = clean(text);
    expect(doc.text).toBe("The council met on Monday, and agreed the budget for next year.");
    const cut = doc.removed.find((r) => r.rule === "spam/keyword-chain")!;
    // The cut takes one of the two spaces around it along (see swallowSpace).
    expect(cut.text).toBe("s l o t  g a c o r ");
    expect(text.slice(cut.start, cut.end)).toBe(cut.text);
  });
});

describe("spam/link-farm and text/link-line", () => {
  it("cuts three or more lines of bare links as a link farm", () => {
    const doc = clean(`${ARTICLE}\n<wap.example.cn/blog/1.PDF>\n<wap.example.cn/blog/2.PDF>\nhttps://example.org/a/3`);
    expect(doc.text).toBe(ARTICLE);
    expect(rules(doc).filter((r) => r === "spam/link-farm")).toHaveLength(3);
  });

  it("cuts one bare link line as markup and keeps a sentence that holds a link", () => {
    const sentence = "详情见 https://example.org/report 发布的报告，其中列出了全部数据。";
    const doc = clean(`${ARTICLE}\n${sentence}\n[查看原文](https://example.org/2022/01/01/a.shtml)`);
    expect(doc.text).toBe(`${ARTICLE}\n\n${sentence}`);
    expect(doc.removed.map((r) => [r.reason, r.rule])).toEqual([["markup", "text/link-line"]]);
  });

  it("empties a link farm under a lure heading: the farm is the call to action", () => {
    const doc = clean("凯旋娱乐官网版下载苹果\n<a.example.cn/1.PDF>\n<a.example.cn/2.PDF>\n<a.example.cn/3.PDF>");
    expect([doc.text, doc.empty]).toEqual(["", "spam-only"]);
    expect(rules(doc)).toContain("spam/pure-ad");
  });

  it("empties a record that is only a link farm, saying so", () => {
    const doc = clean("<a.example.cn/1.PDF>\n<a.example.cn/2.PDF>\n<a.example.cn/3.PDF>\n<a.example.cn/4.PDF>", { meta: { title: "凯旋娱乐官网版下载" } });
    expect([doc.text, doc.title, doc.empty]).toEqual(["", "", "spam-only"]);
  });
});

describe("spam/wrapper-remnant", () => {
  it("cuts the keyword title between two contact blocks and keeps the headline after the wrapper", () => {
    const doc = clean(`【网址：123·cc】星辉是做什么的【网址：456·cc】 光伏行业观察\n${ARTICLE}`, { meta: { title: "星辉是做什么的" } });
    expect(doc.text).toBe(`光伏行业观察\n\n${ARTICLE}`);
    expect(doc.removed.find((r) => r.rule === "spam/wrapper-remnant")?.text).toBe("星辉是做什么的");
    // The declared title is the string the wrapper planted: spam too.
    expect(doc.title).toBe("");
  });

  it("cuts a piece between the line start and a contact block when it holds lure words", () => {
    const doc = clean(`银河娱乐有很多网址【开户加Q:12345678】${ARTICLE}`);
    expect(doc.text).toBe(ARTICLE);
    expect(doc.removed.find((r) => r.rule === "spam/wrapper-remnant")?.text).toBe("银河娱乐有很多网址");
  });

  it("takes decoration symbols glued to a spam cut along", () => {
    const doc = clean(`【网址：123·cc】←<浏览器手动输入网址> ${ARTICLE}`);
    expect(doc.text).toBe(ARTICLE);
    expect(doc.removed.some((r) => r.rule === "spam/wrapper-remnant" && r.text === "←")).toBe(true);
  });

  it("leaves a headline split by an inserted brand and |name| alone (no contact block on the line)", () => {
    const body = ["今年以来，金银ab123官网入口光伏组件价格持续回落，多家龙头企业下调了全年出货目标。", "行业协会认为，金银ab123娱乐官网app产能出清仍需时间。", "分析人士预计，金银ab123网页版明年价格将企稳。"];
    const doc = clean(["金银ab123官网入口欧洲光伏|新垣结衣|市场观察", ...body].join("\n"));
    expect(doc.title).toBe("欧洲光伏市场观察");
    expect(rules(doc)).not.toContain("spam/wrapper-remnant");
  });
});

describe("spam/pure-ad", () => {
  it("empties an advertisement with calls to action, with the reason", () => {
    const ad = "正规博彩平台推荐，官网：abc888.com，真人百家乐天天返水。\n新用户极速开户，注册送金，彩票投注秒到账。\n客服飞机：@abc88888";
    const doc = clean(ad);
    expect(doc.text).toBe("");
    expect(doc.empty).toBe("spam-only");
    expect(rules(doc)).toContain("spam/pure-ad");
    expect(doc.removed.find((r) => r.rule === "spam/pure-ad")?.detail).toMatch(/advertisement/);
  });

  it("keeps gambling news that names a site once", () => {
    const news =
      "警方周二表示，涉案的非法赌博网站 abc888.com 已被关闭，三名嫌疑人被捕。\n澳门博彩监察协调局公布，上月赌场收入按年增长百分之十二，分析师认为旅客人数回升是主因。\n法院将于下月审理此案。";
    const doc = clean(news, { meta: { title: "非法赌博网站被关闭 澳门赌场收入增长" } });
    expect(doc.text).toBe(news.split("\n").join("\n\n"));
    expect(doc.title).toBe("非法赌博网站被关闭 澳门赌场收入增长");
  });

  it("keeps gambling news full of lure words once a sprayed brand is cut (no call to action left)", () => {
    const news = [
      "警方表示，金银ab12官网入口非法赌博集团经营六合彩和赌球投注，涉及投注额逾千万元。",
      "法庭指出，被告在赌场设立百家乐赌枱，金银ab12娱乐官网app并安排真人荷官，属非法赌博。",
      "博彩监察局称，金银ab12网页版今年赌场收入按年下跌，老虎机收入亦减少。",
    ];
    const doc = clean(news.join("\n"));
    expect(doc.text).toBe(news.map((l) => l.replace(/金银ab12(?:官网入口|娱乐官网app|网页版)/u, "")).join("\n\n"));
    expect(rules(doc)).not.toContain("spam/pure-ad");
  });
});

describe("spam/title", () => {
  it("drops a lure segment glued to a real headline", () => {
    const body = ["The council met on Monday, Lucky218 slot gacor and agreed the budget.", "Officials said the plan, Lucky218 daftar slot would start in May.", "Residents welcomed it, Lucky218 judi online as a fair deal."];
    const doc = clean(["Lucky218 | Council agrees budget | casino login", ...body].join("\n\n"));
    expect(doc.title).toBe("Council agrees budget");
  });

  it("drops a title with a coded site compound and a lure word, even on a clean page", () => {
    const doc = clean(ARTICLE, { meta: { title: "开元ky88网址进入游戏特色/以前的777棋牌" } });
    expect(doc.title).toBe("");
    expect(doc.text).toBe(ARTICLE);
  });

  it("keeps a gambling headline and a headline with a strong site word on clean pages", () => {
    expect(clean(ARTICLE, { meta: { title: "澳门赌场收入按年增长" } }).title).toBe("澳门赌场收入按年增长");
    expect(clean(ARTICLE, { meta: { title: "解放军南海登陆演习 官网公布招标文件" } }).title).toBe("解放军南海登陆演习 官网公布招标文件");
  });
});

describe("spam/title-stuffing", () => {
  it("cuts a keyword title planted as a paragraph prefix, and its shorter form elsewhere", () => {
    const title = "2024最新 星辉的个人主页";
    const text = [title, `${title}我国光伏组件价格持续回落。`, `${title}多家龙头企业下调了全年出货目标。`, "星辉的个人主页最新地址"].join("\n\n");
    const doc = clean(text, { meta: { title } });
    expect(doc.title).toBe("");
    expect(doc.text).toBe("我国光伏组件价格持续回落。\n\n多家龙头企业下调了全年出货目标。\n\n最新地址");
    expect(doc.removed.filter((r) => r.rule === "spam/title-stuffing")).toHaveLength(4);
  });

  it("leaves a profile whose paragraphs start with the person's name", () => {
    const text = "David Miliband is a rising star of the party.\n\nDavid Miliband was born in London in 1965.\n\nDavid Miliband studied at Oxford.";
    const doc = clean(text, { meta: { title: "Profile: David Miliband" } });
    expect(doc.title).toBe("Profile: David Miliband");
    expect(doc.text).toBe(text);
  });

  it("leaves a headline's quote repeated inside quotation marks", () => {
    const text = "他说：「你有你打压，我有我做」，这是底线。\n\n员工回应「你有你打压，我有我做」，并继续工作。";
    const doc = clean(text, { meta: { title: "员工表态：你有你打压，我有我做" } });
    expect(doc.text).toBe(text);
    expect(doc.title).toBe("员工表态：你有你打压，我有我做");
  });
});

describe("spam/nav-row and spam/dense-sentence around headlines", () => {
  it("reads a letter-spaced compound as one item, so a spaced brand prefix does not make a headline a nav row", () => {
    const body = [
      "今年以来，辉 赢 r x 3 9 3 官 网 入 口光伏组件价格持续回落，多家龙头企业下调了全年出货目标。",
      "行业协会认为，辉 赢 r x 3 9 3 娱 乐 手 机 版产能出清仍需时间。",
      "分析人士预计，辉 赢 r x 3 9 3 网 页 版明年价格将企稳。",
    ];
    const doc = clean(["辉 赢 r x 3 9 3 网 页 版欧洲光伏市场观察", ...body].join("\n"));
    expect(doc.title).toBe("欧洲光伏市场观察");
    expect(rules(doc)).not.toContain("spam/nav-row");
    expect(doc.text).toBe("今年以来，光伏组件价格持续回落，多家龙头企业下调了全年出货目标。\n\n行业协会认为，产能出清仍需时间。\n\n分析人士预计，明年价格将企稳。");
  });

  it("keeps a headline's short first clause that asks, after a brand prefix", () => {
    const body = ["警方表示，金銀ab12官網入口加班時數將重新計算。", "工會認為，金銀ab12娛樂官網app制度需要檢討。", "局方回應，金銀ab12網頁版會研究有關建議。"];
    const doc = clean(["金銀ab12官網入口警察點計OT？加班時數重新計算", ...body].join("\n"));
    expect(doc.title).toBe("警察點計OT？加班時數重新計算");
  });

  it("keeps the headline set off by a space after a wrapper of contact blocks", () => {
    const doc = clean(`ბ【网址:9342 · VIP】ბ威乐官网入口ბ【网址:7726 · bz】ბ<浏览器手动输入网址> 国际联播快讯\n${ARTICLE}`);
    expect(doc.title).toBe("国际联播快讯");
    expect(doc.text).toBe(ARTICLE);
  });

  it("a run of bracketed lure tags ends at the line: the next line keeps its own break", () => {
    const doc = clean(`【复制网址打开】【官方直营】【首存即送】\n方法调用：不同调用方式及其应用\n${ARTICLE}`);
    expect(doc.removed.filter((r) => r.reason.startsWith("spam")).map((r) => r.text)).toEqual(["【复制网址打开】【官方直营】【首存即送】"]);
    expect(doc.title).toBe("方法调用：不同调用方式及其应用");
  });
});

describe("brands on HTML pages", () => {
  it("learns a code-less brand from overwhelming page evidence confirmed in the article text", () => {
    // Two-word site tails: one site word alone (博万官方网站) is not evidence of a brand.
    const site = (tail: string) => `博万${tail}`;
    const page = `<html><head><title>${site("官网入口")}-光伏市场观察</title><meta name="keywords" content="${site("官网首页")},${site("平台登录")},${site("app下载")}"></head><body>
<div class="top"><a href="/">${site("官网入口")}</a> <a href="/a">${site("app下载")}</a></div>
<div class="main"><h1>光伏市场观察</h1><p>今年以来，${site("官网首页")}光伏组件价格持续回落，多家龙头企业下调了全年出货目标。</p><p>行业协会认为产能出清仍需时间，分析人士预计明年价格将企稳，海外市场需求保持相对稳定。</p></div>
<div class="foot">${site("平台登录")} 版权所有</div></body></html>`;
    const doc = cleanRecord(raw(page, { path: "test.html", container: "html", format: "html" }));
    expect(doc.text).not.toContain("博万");
    expect(doc.text).toContain("今年以来，光伏组件价格持续回落");
  });
});
