import { describe, expect, it } from "vitest";
import { cleanRecord, lineFingerprint } from "@wenku/clean";
import { raw } from "./helpers.js";

const clean = (text: string, extra = {}) => cleanRecord(raw(text, extra));

/** A body of realistic sentences, to which each test adds its injection. */
const CLAUSES = [
  "今年以来光伏组件价格持续回落",
  "多家龙头企业下调了全年出货目标",
  "行业协会认为产能出清仍需时间",
  "部分二线厂商已经暂停新建项目",
  "海外市场需求保持相对稳定",
  "欧洲库存水平逐步回到正常区间",
  "分析人士预计明年价格将企稳",
  "储能业务成为新的增长来源",
];

describe("spam-decoration", () => {
  it("removes a recurring foreign-script/symbol run at clause boundaries, keeping punctuation", () => {
    const text = CLAUSES.map((c) => `${c}ᏍᏓ✿，`).join("") + "完。";
    const doc = clean(text);
    expect(doc.text).toBe(CLAUSES.join("，") + "，完。");
    expect(doc.removed.every((r) => r.reason === "spam-decoration" && r.text === "ᏍᏓ✿")).toBe(true);
    expect(doc.removed).toHaveLength(CLAUSES.length);
  });

  it("keeps a single star rating and Greek letters in a formula", () => {
    const text = "该餐厅在本市美食评选中获评★，口碑不错，周末常常需要排队等位。\n\n设收益率为α，波动率为σ，则夏普比率等于α除以σ。";
    const doc = clean(text);
    expect(doc.text).toBe(text);
    expect(doc.removed).toEqual([]);
  });

  it("keeps units such as ℃ even when they recur before commas", () => {
    const text = "北京最高气温35℃，上海36℃，广州34℃，深圳33℃，重庆38℃，武汉37℃。";
    expect(clean(text).text).toBe(text);
  });
});

describe("spam-keyword (brand learnt from the page)", () => {
  const brandText = [
    "银河yh娱乐官网app",
    CLAUSES.slice(0, 3).map((c, i) => (i === 1 ? `${c}银河yh娱乐官网app，` : `${c}，`)).join("") + "结束。",
    CLAUSES.slice(3, 6).map((c, i) => (i === 0 ? `${c}银河官网入口首页，` : `${c}，`)).join("") + "结束。",
    CLAUSES.slice(6).join("，") + "银河yh娱乐官网app。",
  ].join("\n");

  it("learns an unseen brand glued to site vocabulary and removes its compounds inline", () => {
    const doc = clean(brandText);
    expect(doc.text).not.toContain("银河");
    expect(doc.text).not.toMatch(/官网|入口|app/);
    expect(doc.text).toContain(`${CLAUSES[1]}，${CLAUSES[2]}，结束。`);
    expect(doc.text).toContain(`${CLAUSES[6]}，${CLAUSES[7]}。`);
    expect(doc.removed.filter((r) => r.rule === "spam/brand-compound").length).toBeGreaterThanOrEqual(3);
  });

  it("matches look-alikes: full-width letters and spaces inside the term", () => {
    const text = brandText + "\n" + CLAUSES[0] + "银 河 ｙｈ 娱 乐 官 网，其余内容照常。";
    const doc = clean(text);
    expect(doc.text).toContain(`${CLAUSES[0]}，其余内容照常。`);
    expect(doc.text).not.toMatch(/银|ｙｈ/);
  });

  it("keeps idioms and shop phrases that spam also uses", () => {
    const text = "中东局势一触即发，油价应声上涨。该品牌在天猫开设官方直营店，并推出消费返利活动，不少网友询问是否靠谱。";
    expect(clean(text).text).toBe(text);
  });

  it("does not take a company named twice with its official site for a brand", () => {
    const text = "据英伟达官网消息，新一代芯片将于下月发布。英伟达官网同时公布了价格，市场反应积极。英伟达表示将扩大产能。";
    expect(clean(text).text).toBe(text);
  });
});

describe("spam-insertion", () => {
  it("removes an unrelated name inserted before many clause boundaries", () => {
    const ends = ["。", "，", "，", "。", "，", "。", "，", "。"];
    const text = CLAUSES.map((c, i) => `${c}${i % 2 === 0 ? "石原里美" : ""}${ends[i]}`).join("");
    const doc = clean(text + "\n" + CLAUSES.map((c) => `${c}石原里美，`).join("") + "完。");
    expect(doc.text).toBe(CLAUSES.map((c, i) => c + ends[i]).join("") + "\n\n" + CLAUSES.map((c) => `${c}，`).join("") + "完。");
    expect(doc.removed.filter((r) => r.rule === "spam/inserted-string").length).toBe(4 + CLAUSES.length);
  });

  it("keeps genuine repeated words that often end clauses", () => {
    const text = [
      "英伟达发布财报，营收超预期，公司股价上涨。分析师看好英伟达，认为算力需求旺盛，包括云厂商在内的客户都在采购英伟达。",
      "博通同样受益于算力，其定制芯片业务增长迅速，投资者继续加仓博通，市场关注算力，也关注英伟达。",
      "此外，国内厂商也在追赶英伟达，此外，政策支持国产算力，此外，资本开支保持增长。",
    ].join("\n");
    const doc = clean(text);
    expect(doc.text).toBe(text.split("\n").join("\n\n"));
    expect(doc.removed.filter((r) => r.reason === "spam-insertion")).toEqual([]);
  });

  it("removes a |name| glued inside a title", () => {
    const text = "券商观点:光伏行业|高桥一生|的拐点何时到来\n2025年8月8日\n\n" + CLAUSES.join("，") + "。";
    const doc = clean(text);
    expect(doc.title).toBe("券商观点:光伏行业的拐点何时到来");
    expect(doc.date).toBe("2025-08-08");
  });
});

describe("spam-block", () => {
  it("drops keyword-stuffed sentences at the end but keeps the real sentences of that paragraph", () => {
    const brand = "鑫宝";
    const body = [
      `${CLAUSES[0]}${brand}娱乐官网app，${CLAUSES[1]}。`,
      `${CLAUSES[2]}，${CLAUSES[3]}${brand}k9娱乐官网app。`,
      `${CLAUSES[4]}。${CLAUSES[5]}。${brand}国际k9官网登录手机。${brand}官网入口首页，${brand}k9国际，${brand}平台靠谱吗。`,
    ].join("\n\n");
    const doc = clean(`${brand}网站·(中国)集团\n\n关于${brand}官网 企业简介 董事长致词 组织架构 企业荣誉 最新消息 人才招聘\n\n${body}`);
    expect(doc.text).toBe(
      [`${CLAUSES[0]}，${CLAUSES[1]}。`, `${CLAUSES[2]}，${CLAUSES[3]}。`, `${CLAUSES[4]}。${CLAUSES[5]}。`].join("\n\n"),
    );
    const rules = doc.removed.map((r) => r.rule);
    expect(rules).toContain("spam/nav-row");
    expect(rules).toContain("spam/dense-sentence");
  });
});

describe("pages about gambling keep their text", () => {
  it("Macau casino revenue news comes out unchanged", () => {
    const text = [
      "澳门博彩监察协调局1日公布，10月份博彩毛收入为240.8亿澳门元，同比增长15.9%，创疫情以来单月新高。",
      "分析师指出，国庆黄金周带动访澳旅客增加，中场赌桌和角子机收入均有上升，贵宾厅业务则继续收缩。",
      "今年前十个月，澳门累计博彩收入约2040亿澳门元，六家博彩经营者均表示将加大非博彩元素投资，赌场酒店入住率维持在九成以上。",
    ].join("\n\n");
    const doc = clean(text);
    expect(doc.text).toBe(text);
    expect(doc.removed).toEqual([]);
  });

  it("an illegal-betting court case comes out unchanged", () => {
    const text = [
      "被告人张某自2022年起通过境外赌博网站招募会员，为他人提供注册、充值和提现服务，涉案流水逾3亿元。",
      "法院审理认为，张某以营利为目的开设赌场，其行为已构成开设赌场罪。境外赌博网站的服务器虽然设在国外，但不影响案件管辖。",
      "法院判处张某有期徒刑五年，并处罚金五十万元，没收其利用境外赌博网站所得的违法收入。",
      "办案检察官提醒，网络赌博平台往往以高额返水、注册送彩金为诱饵，市民切勿参与。",
    ].join("\n\n");
    const doc = clean(text);
    expect(doc.text).toBe(text);
    expect(doc.removed).toEqual([]);
  });
});

describe("teaser", () => {
  it("cuts a related-content heading and its list", () => {
    const text = `${CLAUSES.slice(0, 4).join("，")}。\n\n推荐阅读\n\n光伏企业三季报预告出炉\n储能电池价格跌破新低...`;
    const doc = clean(text);
    expect(doc.text).toBe(`${CLAUSES.slice(0, 4).join("，")}。`);
    expect(doc.removed.filter((r) => r.reason === "teaser")).toHaveLength(3);
  });

  it("cuts a trailing run of truncated teaser lines without a heading", () => {
    const text = `${CLAUSES.join("，")}。\n储能电池价格跌破新低，多家企业...\n光伏企业三季报预告出炉，龙头…`;
    const doc = clean(text);
    expect(doc.text).toBe(`${CLAUSES.join("，")}。`);
    expect(doc.removed.every((r) => r.rule === "boilerplate/truncated-run")).toBe(true);
  });

  it("keeps one sentence ending in an ellipsis", () => {
    const text = `${CLAUSES.join("，")}。\n他停顿了一下，说道：也许吧……`;
    expect(clean(text).text).toBe(text.replace("\n", "\n\n"));
  });
});

describe("boilerplate", () => {
  it("cuts copyright, ICP, editor and share lines", () => {
    const body = `${CLAUSES.join("，")}。`;
    const text = `${body}\n责任编辑：王五\n分享到：微信 微博\nCopyright © 2025 某某网 版权所有\n京ICP备12345678号`;
    const doc = clean(text);
    expect(doc.text).toBe(body);
    expect(doc.removed.filter((r) => r.reason === "boilerplate")).toHaveLength(4);
  });

  it("cuts lines given as corpus-level boilerplate, and only those", () => {
    const body = `${CLAUSES.join("，")}。`;
    const text = `${body}\n本站所有文章均来自网络 2024\n${CLAUSES[0]}。`;
    const known = new Set([lineFingerprint("本站所有文章均来自网络 2025")]);
    const doc = cleanRecord(raw(text), { boilerplateLines: known });
    expect(doc.text).toBe(`${body}\n\n${CLAUSES[0]}。`);
    expect(doc.removed.map((r) => r.rule)).toEqual(["boilerplate/known-line"]);
  });
});

describe("metadata header", () => {
  it("reads site, title, labelled date and full-width author colon", () => {
    const doc = clean(`财经频道\n光伏价格何时见底\n发布时间：2025年8月8日 09:30\n作者：张三\n\n${CLAUSES.join("，")}。`);
    expect([doc.source, doc.title, doc.date, doc.author]).toEqual(["财经频道", "光伏价格何时见底", "2025-08-08T09:30:00", "张三"]);
    expect(doc.text).toBe(`${CLAUSES.join("，")}。`);
    expect(doc.removed.every((r) => r.reason === "metadata")).toBe(true);
  });

  it("reads an English byline and date", () => {
    const doc = clean("Solar prices keep falling\nBy Jane Smith\nMarch 3, 2025\n\nModule prices fell again this quarter, and several makers cut their targets for the year.");
    expect([doc.title, doc.author, doc.date, doc.lang]).toEqual(["Solar prices keep falling", "Jane Smith", "2025-03-03", "en"]);
  });

  it("lets declared metadata win and keeps the text as body", () => {
    const doc = clean("短标题\n正文第一句。", { meta: { title: "声明的标题", date: "2024-05-06 07:08", author: "李四" } });
    expect([doc.title, doc.date, doc.author]).toEqual(["声明的标题", "2024-05-06T07:08:00", "李四"]);
    expect(doc.text).toBe("短标题\n\n正文第一句。");
  });

  it("does not lift the only line of a one-line document", () => {
    const doc = clean("只有一句话");
    expect(doc.text).toBe("只有一句话");
  });
});

describe("empty inputs", () => {
  it("reports empty and binary-junk inputs instead of throwing", () => {
    expect(clean("   \n\n ").empty).toBe("empty-input");
    const junk = clean("\u0000\u0001\u0002\ufffd\ufffd\u0003\u0004\u0005\u0006\u0007abc\u0010\u0011", { replacementChars: 2 });
    expect([junk.text, junk.empty]).toEqual(["", "binary-junk"]);
  });

  it("reports a text that is entirely spam", () => {
    const doc = clean("凯旋k9娱乐官网app\n凯旋官网入口首页，凯旋k9国际。凯旋k9官网登录vip入口。");
    expect(doc.text).toBe("");
    // Nothing but spam was there: the reason says so (it said "no-text" before spam-only
    // records got their own reason).
    expect(doc.empty).toBe("spam-only");
  });
});

describe("detectLang", async () => {
  const { detectLang } = await import("@wenku/clean");
  it("tells Simplified, Traditional, English and mixed apart", () => {
    expect(detectLang("这是一个关于经济发展的报道，国家统计局发布了数据。")).toBe("zh-Hans");
    expect(detectLang("這是一個關於經濟發展的報導，國家統計局發佈了數據。")).toBe("zh-Hant");
    expect(detectLang("This is a report about economic growth published by the statistics office.")).toBe("en");
    expect(detectLang("The company said 营收增长 was strong in the quarter ending June.")).toBe("mixed");
  });
});
