import { describe, expect, it } from "vitest";
import { cleanRecord } from "@wenku/clean";
import { raw } from "./helpers.js";

const EN = [
  "Quarterly profits at the media group rose sharply, helped by higher advertising sales and a one-off gain.",
  "The firm said its online division added subscribers for the third quarter in a row, beating forecasts.",
  "Analysts expect the company to raise its dividend when it reports full-year results in March.",
  "Shares closed two percent higher in New York after the figures were published on Wednesday.",
];

describe("English casino/slot/judi spam", () => {
  const brand = "Royal777";
  const text = [
    `${brand} slot gacor | ${brand} casino login | Daftar ${brand} | ${brand} link alternatif`,
    `${brand} | Media group profits jump | daftar slot`,
    `${EN[0]!.replace("sharply, ", `sharply, ${brand} judi online `)}`,
    EN[1],
    `${EN[2]!.replace("dividend ", `dividend ${brand} casino login `)}`,
    EN[3],
    `Copyright ${brand} togel hari ini situs judi bola`,
  ].join("\n\n");
  const doc = cleanRecord(raw(text));

  it("learns the letters+digits brand from where it recurs and cuts it with its lures", () => {
    expect(doc.text).toBe(EN.join("\n\n"));
    expect(doc.removed.some((r) => r.rule === "spam/brand-compound" && r.detail?.includes("royal777"))).toBe(true);
  });

  it("cleans the spam title down to the headline", () => {
    expect(doc.title).toBe("Media group profits jump");
  });

  it("keeps an English headline with spaces as a title, not a nav row", () => {
    const d = cleanRecord(raw(`Macau casino revenue rises for third month in a row\n\n${EN.join("\n\n")}`));
    expect(d.title).toBe("Macau casino revenue rises for third month in a row");
    expect(d.text).toBe(EN.join("\n\n"));
  });
});

describe("brands with longer codes and code-first spellings", () => {
  const body = [
    "央视网消息：眼下，我国夏粮主产区已收获小麦二点五六亿亩，鑫盛jd129娱乐官网app进度接近八成半。",
    "在山东莱西，六十六万多亩小麦进入集中收获期，鑫盛jd129官网入口当地多家服务组织活跃在麦收一线。",
    "在河北肥乡，当地村庄全都组建党员帮扶小分队，jd129鑫盛平台登录实行网格化管理。",
    "在安徽颍上，当地把无人驾驶插秧机作为主推技术之一，鑫盛jd129app下载大面积推广机插秧。",
  ];
  it("cuts jd129-style codes before or after the brand and keeps the sentences", () => {
    const doc = cleanRecord(raw(body.join("\n\n"), { meta: { title: "夏粮收获过八成" } }));
    expect(doc.text).not.toMatch(/鑫盛|jd129|官网|app下载|平台登录/);
    expect(doc.text).toContain("当地多家服务组织活跃在麦收一线");
    expect(doc.text).toContain("实行网格化管理");
  });
});

describe("plain-text parasite posts", () => {
  const keyword = "2024最新 某某某的个人主页";
  const text = [
    keyword,
    '<img src="https://example.invalid/a.jpg" />',
    `${keyword}我国平均每分钟就有七八个人确诊癌症，中国肿瘤登记中心发布消息称癌症已成为头号杀手。`,
    `${keyword}数据显示，多数癌症确诊时已是中晚期，早筛早诊仍是提高生存率的关键。`,
  ].join("\n\n");
  const doc = cleanRecord(raw(text, { meta: { title: keyword } }));

  it("cuts a declared title planted as a prefix of the text, and drops it as title", () => {
    expect(doc.title).toBe("");
    expect(doc.text).toBe(
      "我国平均每分钟就有七八个人确诊癌症，中国肿瘤登记中心发布消息称癌症已成为头号杀手。\n\n数据显示，多数癌症确诊时已是中晚期，早筛早诊仍是提高生存率的关键。",
    );
    expect(doc.removed.filter((r) => r.rule === "spam/title-stuffing")).toHaveLength(3);
    expect(doc.removed.some((r) => r.rule === "text/markup-line")).toBe(true);
  });

  it("keeps a title that appears in the text only as its own header line", () => {
    const d = cleanRecord(raw("夏粮收获过八成\n\n夏粮收获过八成\n\n我国夏粮主产区已收获小麦二点五六亿亩，进度接近八成半。", { meta: { title: "夏粮收获过八成" } }));
    expect(d.title).toBe("夏粮收获过八成");
  });

  it("drops ornamental-bracket decorations (punctuation of no prose) recurring at clause ends", () => {
    const clauses = ["国务院常务会议今天召开", "会议研究部署稳就业工作", "要求各地加大政策支持力度", "确保重点群体就业稳定"];
    const d = cleanRecord(raw(clauses.map((c) => `${c}❲，`).join("") + "完❲。"));
    expect(d.text).toBe(clauses.join("，") + "，完。");
  });
});
