import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../../../support/prng.js";

export const prng = mulberry32;

const SUBJECTS = ["联想", "英伟达", "台积电", "华为", "宁德时代", "比亚迪", "阿里巴巴", "腾讯", "小米", "中芯国际"];
const VERBS = ["发布了", "宣布扩大", "计划投资", "下调了", "收购了", "暂停了", "启动了", "披露了"];
const OBJECTS = ["液冷服务器", "数据中心", "储能电站", "芯片产线", "电动汽车", "光伏组件", "云计算平台", "研发中心"];
const TAILS = ["营收同比增长", "利润下降", "订单增加", "出货量上升", "成本降低"];
const EN = ["Lenovo expanded liquid cooling", "Nvidia shipped new accelerators", "TSMC raised capital spending", "BYD opened a plant", "Tencent cut costs"];

/** One synthetic article: sentences drawn at random, so two articles share almost no 5-grams. */
export function article(rand: () => number, sentences: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    if (rand() < 0.15) out.push(`${pick(EN)} by ${Math.floor(rand() * 90 + 10)}% in ${2020 + Math.floor(rand() * 6)}.`);
    else out.push(`${pick(SUBJECTS)}${2020 + Math.floor(rand() * 6)}年${1 + Math.floor(rand() * 12)}月${pick(VERBS)}${pick(OBJECTS)}，${pick(TAILS)}${Math.floor(rand() * 900 + 10)}亿元，第${Math.floor(rand() * 9000 + 1000)}号项目。`);
  }
  return out.join("");
}

export interface GeneratedCorpus {
  dir: string;
  /** Records written (every one a readable article). */
  records: number;
}

/** JSON Lines files, plain-text files and HTML pages, with two exact copies and one repost
 *  of an earlier article wrapped in different boilerplate. */
export function writeCorpus(dir: string, seed: number, sizes = { jsonl: 6, perJsonl: 40, txt: 12, html: 6 }): GeneratedCorpus {
  const rand = prng(seed);
  mkdirSync(dir, { recursive: true });
  let records = 0;
  const texts: string[] = [];
  for (let f = 0; f < sizes.jsonl; f++) {
    const lines: string[] = [];
    for (let r = 0; r < sizes.perJsonl; r++) {
      const body = article(rand, 6 + Math.floor(rand() * 6));
      texts.push(body);
      lines.push(JSON.stringify({ title: `报道 ${f}-${r}`, date: `2025-0${1 + (r % 9)}-1${r % 10}`, url: `https://news.example/${f}/${r}`, body }));
    }
    writeFileSync(join(dir, `feed-${f}.jsonl`), lines.join("\n") + "\n");
    records += sizes.perJsonl;
  }
  for (let f = 0; f < sizes.txt; f++) {
    const body = f === 3 ? texts[5]! : article(rand, 8); // an exact copy of a feed record
    writeFileSync(join(dir, `note-${String(f).padStart(2, "0")}.txt`), `标题 ${f}\n\n${body}\n`);
    records++;
  }
  for (let f = 0; f < sizes.html; f++) {
    const body = f === 2 ? texts[17]! : article(rand, 8); // a repost of a feed record
    const chrome = f === 2 ? "<p>本文转载自其他网站，版权归原作者所有。</p>" : "";
    writeFileSync(join(dir, `page-${f}.html`), `<html><head><meta charset="utf-8"><title>页面 ${f}</title></head><body><article><h1>页面 ${f}</h1><p>${body}</p>${chrome}</article></body></html>`);
    records++;
  }
  return { dir, records };
}
