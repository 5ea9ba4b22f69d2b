import { describe, expect, it } from "vitest";
import { findFigures, type Figure } from "@wenku/analyze";
import { figureRows } from "./rows.js";

/** The figures of a sentence as [text, kind, value, unit] rows. */
const rows = (s: string, docDate?: string) => figureRows(s, { docDate });
const one = (s: string, docDate?: string): Figure => {
  const found = findFigures(s, { docDate });
  expect(found, s).toHaveLength(1);
  for (const f of found) expect(s.slice(f.start, f.end)).toBe(f.text);
  return found[0]!;
};

describe("money", () => {
  it("reads Chinese amounts with 亿 and currencies", () => {
    expect(rows("博通实现营业收入159.5亿美元，同比增长22%")).toEqual([
      ["159.5亿美元", "money", 15_950_000_000, "USD"],
      ["22%", "percent", 22, "%"],
    ]);
    expect(rows("每股收益(EPS)为1.05美元")).toEqual([["1.05美元", "money", 1.05, "USD"]]);
    expect(rows("营收29.52亿元")).toEqual([["29.52亿元", "money", 2_952_000_000, "CNY"]]);
    expect(rows("合约总价值估算约为600亿美元")).toEqual([["600亿美元", "money", 60_000_000_000, "USD"]]);
    expect(rows("港股成交额300亿港元，日本央行买入5万亿日元")).toEqual([
      ["300亿港元", "money", 30_000_000_000, "HKD"],
      ["5万亿日元", "money", 5e12, "JPY"],
    ]);
    expect(rows("三百零八亿元人民币")).toEqual([["三百零八亿元人民币", "money", 30_800_000_000, "CNY"]]);
  });

  it("reads English amounts with scale words and currency signs", () => {
    expect(rows("reaching 146.4 billion RMB")).toEqual([["146.4 billion RMB", "money", 146_400_000_000, "CNY"]]);
    // bbc-news business/001
    expect(rows("TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.")).toEqual([
      ["76%", "percent", 76, "%"],
      ["$1.13bn", "money", 1_130_000_000, "USD"],
      ["£600m", "money", 600_000_000, "GBP"],
      // Since English number words are read (fourth pass), "three months" is a duration.
      ["three months", "quantity", 3, "month"],
      ["$639m", "money", 639_000_000, "USD"],
    ]);
    expect(rows("a deal worth US$5 billion and HK$3bn")).toEqual([
      ["US$5 billion", "money", 5e9, "USD"],
      ["HK$3bn", "money", 3e9, "HKD"],
    ]);
    expect(rows("€2.5 million")).toEqual([["€2.5 million", "money", 2_500_000, "EUR"]]);
  });

  it("reads ranges with the scale written once or twice", () => {
    const r = one("capex of $80-85 billion this year");
    expect([r.text, r.value, r.valueMax, r.unit]).toEqual(["$80-85 billion", 80e9, 85e9, "USD"]);
    const z = one("由上季度指引的600亿-650亿美元");
    expect([z.text, z.value, z.valueMax, z.unit]).toEqual(["600亿-650亿美元", 60e9, 65e9, "USD"]);
    const y = one("实现20亿至50亿美元的H20收入");
    expect([y.value, y.valueMax]).toEqual([2e9, 5e9]);
  });
});

describe("percent and percentage points", () => {
  it("marks direction and basis of changes", () => {
    const up = one("海神液冷技术收入同比增长154%");
    expect([up.value, up.direction, up.basis]).toEqual([154, "up", "yoy"]);
    const qoq = one("相当于环比增幅达19%");
    expect([qoq.value, qoq.direction, qoq.basis]).toEqual([19, "up", "qoq"]);
    const down = one("事实错误率较GPT-4o降低约45%");
    expect([down.value, down.direction, down.approx]).toEqual([45, "down", true]);
    const level = one("利润率升至67.1%");
    expect([level.value, level.direction]).toEqual([67.1, undefined]);
  });

  it("reads ranges, Chinese numerals, tenths and hedges", () => {
    const r = one("利润增长200%-500%");
    expect([r.text, r.value, r.valueMax]).toEqual(["200%-500%", 200, 500]);
    expect(rows("占比百分之二十")).toEqual([["百分之二十", "percent", 20, "%"]]);
    expect(rows("市场份额约两成")).toEqual([["两成", "percent", 20, "%"]]);
    expect(rows("这将成为趋势")).toEqual([]);
    const over = one("应用普及率70%以上");
    expect([over.value, over.approx]).toEqual([70, true]);
  });

  it("reads percentage points and basis points", () => {
    const s = "The ISG operating profit margin improved by 0.3 percentage points year-on-year and 1.2 percentage points quarter-on-quarter";
    const found = findFigures(s);
    expect(found.map((f) => [f.text, f.kind, f.value, f.unit, f.direction, f.basis])).toEqual([
      ["0.3 percentage points", "percentage_point", 0.3, "pp", "up", "yoy"],
      ["1.2 percentage points", "percentage_point", 1.2, "pp", "up", "qoq"],
    ]);
    expect(rows("毛利率提升2个百分点")).toEqual([["2个百分点", "percentage_point", 2, "pp"]]);
    expect(rows("the Fed cut rates by 25 basis points")).toEqual([["25 basis points", "percentage_point", 0.25, "pp"]]);
    expect(rows("下调50bp")).toEqual([["50bp", "percentage_point", 0.5, "pp"]]);
  });
});

describe("power, energy, data, counts", () => {
  it("normalises power to watts", () => {
    expect(rows("部署高达6GW的AMD Instinct系列GPU")).toEqual([["6GW", "power", 6e9, "W"]]);
    expect(rows("单卡功耗从700瓦到1200W")).toEqual([
      ["700瓦", "power", 700, "W"],
      ["1200W", "power", 1200, "W"],
    ]);
    // seed 002 once the cleaner has removed the decorations: 1200 shares the unit of 1400瓦
    expect(rows("英伟达单卡功耗从700瓦到1200、1400瓦")).toEqual([
      ["700瓦", "power", 700, "W"],
      ["1200", "power", 1200, "W"],
      ["1400瓦", "power", 1400, "W"],
    ]);
    expect(rows("目前5.5 KW电源已进入量产阶段，1 MW IT 机架，40kW机柜")).toEqual([
      ["5.5 KW", "power", 5500, "W"],
      ["1 MW", "power", 1e6, "W"],
      ["40kW", "power", 40_000, "W"],
    ]);
    expect(rows("UPS正在由600kW级向MW级迈进")).toEqual([["600kW", "power", 600_000, "W"]]);
    expect(rows("装机容量1.2吉瓦，新增300万千瓦")).toEqual([
      ["1.2吉瓦", "power", 1.2e9, "W"],
      ["300万千瓦", "power", 3e9, "W"],
    ]);
    const vague = one("面对动辄数十兆瓦的机房能耗");
    expect([vague.text, vague.value, vague.approx]).toEqual(["数十兆瓦", 1e7, true]);
  });

  it("normalises energy to Wh (1 度 = 1 kWh)", () => {
    expect(rows("将消耗600万度电")).toEqual([["600万度电", "energy", 6e9, "Wh"]]);
    expect(rows("年省电2600万度")).toEqual([["2600万度", "energy", 2.6e10, "Wh"]]);
    expect(rows("用电量120 kWh")).toEqual([["120 kWh", "energy", 120_000, "Wh"]]);
    expect(rows("气温30度")).toEqual([]);
  });

  it("reads data sizes in bytes and bandwidth as a rate", () => {
    expect(rows("分别配备40GB HBM2E、80GB的HBM3内存")).toEqual([
      ["40GB", "data", 40e9, "B"],
      ["80GB", "data", 80e9, "B"],
    ]);
    expect(rows("每颗GPU配备288 GB显存")).toEqual([["288 GB", "data", 288e9, "B"]]);
    expect(rows("整机网络带宽提升至1.6 Tbps，NVLink 4.0的900GB/s")).toEqual([
      ["1.6 Tbps", "quantity", 1.6e12, "bit/s"],
      ["900GB/s", "quantity", 9e11, "B/s"],
    ]);
  });

  it("reads counts with their measure word", () => {
    const f = findFigures("包含176台鲲鹏+昇腾配置的智算服务器；包含4500台昇腾910C-2服务器集群；支持连接1024个加速器；10万块GPU");
    expect(f.map((x) => [x.text, x.kind, x.value, x.counter])).toEqual([
      ["176台", "count", 176, "台"],
      ["4500台", "count", 4500, "台"],
      ["1024个", "count", 1024, "个"],
      ["10万块", "count", 100_000, "块"],
    ]);
    const tokens = one("日均16.4万亿token");
    expect([tokens.kind, tokens.value, tokens.counter]).toEqual(["count", 16.4e12, "token"]);
    const many = one("相当于数百万颗高端AI加速卡");
    expect([many.value, many.approx]).toEqual([1e6, true]);
  });
});

describe("ratios", () => {
  it("reads PUE values and multipliers", () => {
    const below = one("with a PUE value dropping below 1.1");
    expect([below.text, below.kind, below.value, below.unit, below.approx]).toEqual(["1.1", "ratio", 1.1, "", true]);
    const low = one("a system PUE as low as 1.035");
    expect([low.value, low.unit]).toEqual([1.035, ""]);
    expect(rows("PUE 1.035")).toEqual([["1.035", "ratio", 1.035, ""]]);
    expect(rows("每token可实现10倍投资回报，提升了50倍，约1.5倍")).toEqual([
      ["10倍", "ratio", 10, "x"],
      ["50倍", "ratio", 50, "x"],
      ["1.5倍", "ratio", 1.5, "x"],
    ]);
    expect(rows("doubling the efficiency")).toEqual([["doubling", "ratio", 2, "x"]]);
    expect(rows("sales grew twice as fast")).toEqual([["twice", "ratio", 2, "x"]]);
    expect(rows("性能约为2倍")).toEqual([["2倍", "ratio", 2, "x"]]);
    expect(rows("high double-digit revenue increase")).toEqual([]);
  });
});

describe("dates and periods", () => {
  it("reads dates, with the year from docDate when missing", () => {
    expect(rows("2025年8月8日，GPT-5正式发布")).toEqual([["2025年8月8日", "date", "2025-08-08", ""]]);
    expect(rows("2月24日，人们见证了", "2026-02-27T13:01:41")).toEqual([["2月24日", "date", "2026-02-24", ""]]);
    expect(rows("2月24日，人们见证了")).toEqual([["2月24日", "date", "--02-24", ""]]);
    expect(rows("2024年12月")).toEqual([["2024年12月", "date", "2024-12", ""]]);
    expect(rows("谷歌搜索在今年5月21日正式迎来AI模式", "2025-10-07")).toEqual([["今年5月21日", "date", "2025-05-21", ""]]);
    // hkcnews: 去年 shifts the year back
    expect(rows("指他們在去年8月18日組織", "2020-07-31")).toEqual([["去年8月18日", "date", "2019-08-18", ""]]);
    expect(rows("on August 8, 2025 and 2025-08-09")).toEqual([
      ["August 8, 2025", "date", "2025-08-08", ""],
      ["2025-08-09", "date", "2025-08-09", ""],
    ]);
    expect(rows("2月30日")).toEqual([]);
  });

  it("reads fiscal and calendar periods", () => {
    const p = (s: string) => findFigures(s).filter((f) => f.kind === "period").map((f) => [f.text, f.value]);
    expect(p("a 15% revenue growth for Q2 of FY2025/26")).toEqual([["Q2 of FY2025/26", "FY2025/26-Q2"]]);
    expect(p("Q2 FY2025/26")).toEqual([["Q2 FY2025/26", "FY2025/26-Q2"]]);
    expect(p("截至自然年2025年7月27日的FY26Q2")).toEqual([["FY26Q2", "FY2026-Q2"]]);
    expect(p("阿里发布2025Q2业绩")).toEqual([["2025Q2", "2025-Q2"]]);
    expect(p("2025年第二季度，阿里巴巴的资本开支")).toEqual([["2025年第二季度", "2025-Q2"]]);
    expect(p("24Q2与25H2")).toEqual([["24Q2", "2024-Q2"], ["25H2", "2025-H2"]]);
    expect(p("in 1H25")).toEqual([["1H25", "2025-H1"]]);
    expect(p("博通公布截至2025年8月3日的2025财年第三财季业绩")).toEqual([["2025财年第三财季", "FY2025-Q3"]]);
    expect(p("GB300有望于2025年下半年开启量产")).toEqual([["2025年下半年", "2025-H2"]]);
    expect(p("25年下半年核心是英伟达NVL72机柜上量")).toEqual([["25年下半年", "2025-H2"]]);
    expect(p("上半年营收")).toEqual([["上半年", "H1"]]);
    expect(p("2024-2026年都保持高速增长")).toEqual([["2024-2026年", "2024/2026"]]);
  });
});

describe("guards", () => {
  it("takes no figures from model names, codes and citation markers", () => {
    const s =
      "英伟达A100、H100、B200、GB300、GPT-5、GPT-4o与5G，覆铜板从M6/M7升级，HBM3内存，N2P节点，iOS 26系统，x4链路，A20芯片，V3.1版本，2nm芯片，800G光模块，1.6T光模块 [1] [2]";
    expect(findFigures(s)).toEqual([]);
  });

  it("takes no figure from ordinals or bare numbers", () => {
    expect(findFigures("第四大定制AI客户，KIMI 1.5采用")).toEqual([]);
  });
});
