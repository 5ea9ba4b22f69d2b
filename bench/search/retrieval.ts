import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchDoc } from "./articles.js";
import { DATA } from "./articles.js";
import { twToSimplified } from "./fold-judge.js";

/** A passage-retrieval set: paragraphs as documents, questions whose relevant document is
 *  the paragraph they were written about (SQuAD format). */
export interface RetrievalSet {
  name: string;
  docs: BenchDoc[];
  questions: { text: string; relevant: string }[];
}

interface Squad {
  data: { title?: string; paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

export const RETRIEVAL = join(DATA, "retrieval");

export function retrievalAvailable(): boolean {
  return existsSync(join(RETRIEVAL, "cmrc2018_dev.json")) && existsSync(join(RETRIEVAL, "drcd_dev.json"));
}

/** Load one set; `simplified` converts the (Traditional) questions with OpenCC tw2s.
 *  `sample` keeps every k-th question (all paragraphs stay: the haystack is unchanged). */
export function loadRetrieval(file: string, name: string, traditional: boolean, options: { simplified?: boolean; sample?: number } = {}): RetrievalSet {
  const squad = JSON.parse(readFileSync(join(RETRIEVAL, file), "utf8")) as Squad;
  const docs: BenchDoc[] = [];
  const questions: { text: string; relevant: string }[] = [];
  for (const article of squad.data) {
    for (const p of article.paragraphs) {
      const id = `p${docs.length}`;
      docs.push({ id, article: id, corpus: traditional ? "hkcnews" : "cctv", title: "", date: null, lang: traditional ? "zh-Hant" : "zh-Hans", text: p.context });
      for (const qa of p.qas) questions.push({ text: options.simplified ? twToSimplified(qa.question) : qa.question, relevant: id });
    }
  }
  const step = options.sample && options.sample < questions.length ? questions.length / options.sample : 1;
  const kept = step === 1 ? questions : Array.from({ length: options.sample! }, (_, i) => questions[Math.floor(i * step)]!);
  return { name, docs, questions: kept };
}
