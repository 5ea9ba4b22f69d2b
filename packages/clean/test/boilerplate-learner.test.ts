import { describe, expect, it } from "vitest";
import { BoilerplateLearner, cleanRecord, lineFingerprint } from "@wenku/clean";
import { raw } from "./helpers.js";

/** Ten short stories of one source, each with its own sentences, all ending in the same two
 *  furniture lines (a slogan and a disclaimer whose year changes). */
const SUBJECTS = ["交通", "教育", "医疗", "养老", "住房", "就业", "环保", "文旅", "农业", "科技"];
const stories = SUBJECTS.map((subject, i) =>
  [
    `本市今天召开${subject}工作会议，研究部署下一阶段的${subject}重点任务。`,
    `会议要求各部门围绕${subject}领域完成任务清单，并向社会公开进展。`,
    "关注我们，获取更多本地新闻",
    `本站所载文章仅代表作者观点（${2015 + i}）`,
  ].join("\n"),
);

describe("BoilerplateLearner (corpus-level boilerplate)", () => {
  const learner = new BoilerplateLearner();
  for (const s of stories) learner.add("site-a", s);

  it("learns the lines repeated across the documents of a source, digits folded", () => {
    const lines = learner.linesFor("site-a");
    expect(learner.documents("site-a")).toBe(10);
    expect(lines).toEqual(new Set([lineFingerprint("关注我们，获取更多本地新闻"), lineFingerprint("本站所载文章仅代表作者观点（2015）")]));
  });

  it("keeps sources apart and knows nothing of an unseen source", () => {
    learner.add("site-b", stories[0]!);
    expect(learner.linesFor("site-b").size).toBe(0);
    expect(learner.linesFor("nowhere").size).toBe(0);
  });

  it("needs the line in minDocuments documents, counting a line once per document", () => {
    const l = new BoilerplateLearner({ minDocuments: 3 });
    l.add("s", "重复的一行\n重复的一行\n重复的一行");
    l.add("s", "重复的一行");
    expect(l.linesFor("s").size).toBe(0);
    l.add("s", "重复的一行");
    expect(l.linesFor("s")).toEqual(new Set([lineFingerprint("重复的一行")]));
  });

  it("feeds cleanRecord: the learnt lines are cut as boilerplate/known-line, the story stays", () => {
    const doc = cleanRecord(raw(stories[4]!, { meta: { title: "养老工作会议" } }), { boilerplateLines: learner.linesFor("site-a") });
    expect(doc.text).toBe(stories[4]!.split("\n").slice(0, 2).join("\n\n"));
    const known = doc.removed.filter((r) => r.rule === "boilerplate/known-line");
    expect(known.map((r) => r.text.trim())).toEqual(["关注我们，获取更多本地新闻", "本站所载文章仅代表作者观点（2019）"]);
  });

  it("never learns long lines: a syndicated paragraph is a duplicate, not furniture", () => {
    const para = "这是一段很长的报道正文，".repeat(30);
    const l = new BoilerplateLearner();
    for (let i = 0; i < 5; i++) l.add("s", `${para}\n${SUBJECTS[i]}`);
    expect(l.linesFor("s").size).toBe(0);
  });
});
