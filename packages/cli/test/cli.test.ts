import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { wenku } from "./run.js";

const SEEDS = {
  en: "fixtures/seeds/000_5be93f938e3081d4.txt",
  zh: "fixtures/seeds/001_b43fb908365746bf.txt",
  spam: "fixtures/seeds/002_30eaa08ce56590b5.txt",
};

describe("wenku ingest + search on fixtures/", () => {
  const db = join(mkdtempSync(join(tmpdir(), "wenku-cli-")), "x.db");
  let first: ReturnType<typeof wenku>;

  beforeAll(() => {
    first = wenku(["ingest", "--db", db, "--json", "fixtures/"]);
  });

  it("ingests the three seeds and nothing from fixtures/golden", () => {
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const summary = first.lines()[0];
    expect(summary.documents).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(summary.problems).toEqual([]);
  });

  it("finds all three seeds for 液冷", () => {
    const r = wenku(["search", "--db", db, "--json", "液冷"]);
    expect(r.status).toBe(0);
    const paths = r.lines().map((h) => h.path).sort();
    expect(paths).toEqual([SEEDS.en, SEEDS.zh, SEEDS.spam].sort());
    for (const hit of r.lines()) {
      expect(Object.keys(hit)).toEqual(expect.arrayContaining(["id", "score", "title", "date", "lang", "path", "record", "snippet"]));
      // The English seed says "liquid cooling", which the thesaurus matches to 液冷.
      expect(hit.snippet).toContain(hit.path === SEEDS.en ? "[liquid cooling]" : "[液冷]");
    }
  });

  it("finds the Lenovo documents for an English query, through 联想", () => {
    const paths = wenku(["search", "--db", db, "--json", "Lenovo", "liquid", "cooling"]).lines().map((h) => h.path);
    expect(paths).toContain(SEEDS.en);
    expect(paths).toContain(SEEDS.zh);
  });

  it("pages through the hits and says so past the last one", () => {
    // Three seeds mention 液冷: the second page of two holds the third.
    const page2 = wenku(["search", "--db", db, "液冷", "--limit", "2", "--offset", "2"]);
    expect(page2.stdout).toMatch(/^3 matching documents; showing 3–3$/m);
    expect(page2.stdout).toMatch(/^ {2}3\. /m);
    const past = wenku(["search", "--db", db, "液冷", "--offset", "5"]);
    expect(past.status).toBe(0);
    expect(past.stdout).toMatch(/^3 matching documents; none past --offset 5$/m);
  });

  it("finds with 聯想 exactly what 联想 finds", () => {
    const simplified = wenku(["search", "--db", db, "--json", "联想"]).lines().map((h) => h.id);
    const traditional = wenku(["search", "--db", db, "--json", "聯想"]).lines().map((h) => h.id);
    expect(simplified.length).toBeGreaterThanOrEqual(2);
    expect(traditional).toEqual(simplified);
  });

  it("reports nothing new when the same input is ingested again", () => {
    const again = wenku(["ingest", "--db", db, "fixtures/"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^nothing new/m);
    expect(again.stdout).toMatch(/0 added, 0 updated/);
    const json = wenku(["ingest", "--db", db, "--json", "fixtures/"]).lines()[0];
    expect(json.documents).toEqual({ added: 0, updated: 0, unchanged: 0 });
    expect(json.filesUnchanged).toBe(3);
  });

  it("says so when re-ingested records make it build the full-text index again", () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-cli-feed-"));
    const [feed, index] = [join(dir, "feed.jsonl"), join(dir, "x.db")];
    const write = (verb: string) =>
      writeFileSync(feed, ["solar", "wind", "coal"].map((w, i) => JSON.stringify({ title: `Report ${i}`, body: `The ${w} farm near town ${i} ${verb} after ${i * 7 + 3} years of work.` })).join("\n") + "\n");
    write("opened");
    expect(wenku(["ingest", "--db", index, "--json", feed]).lines()[0].fullTextRebuilt).toBe(false);
    write("closed");
    const again = wenku(["ingest", "--db", index, "--json", feed]);
    expect(again.lines()[0].documents).toEqual({ added: 0, updated: 3, unchanged: 0 });
    expect(again.lines()[0].fullTextRebuilt).toBe(true);
    expect(again.stderr.trim().split("\n")).toEqual([`${index}: 3 full-text rows were replaced since the index was built (3 documents), and SQLite still counts the old ones when it ranks: building the full-text tables again`]);
    expect(wenku(["search", "--db", index, "--json", "closed"]).lines()).toHaveLength(3);
  });

  it("shows a document with its removals, and stats count the corpus", () => {
    const hit = wenku(["search", "--db", db, "--json", "博通"]).lines()[0];
    const doc = wenku(["show", "--db", db, "--json", hit.id]).lines()[0];
    expect(doc.path).toBe(SEEDS.spam);
    expect(doc.removed.length).toBeGreaterThan(10);
    for (const r of doc.removed) expect(doc.raw.text.slice(r.start, r.end)).toBe(r.text);
    const human = wenku(["show", "--db", db, hit.id.slice(0, 6), "--removed"]);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/spam-decoration/);
    const stats = wenku(["stats", "--db", db, "--json"]).lines()[0];
    expect(stats.documents).toBe(3);
    expect(stats.duplicates).toBe(0);
    expect(Object.values(stats.languages as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("lists entities with aliases and suggests names by prefix", () => {
    const lenovo = wenku(["entities", "--db", db, "--json"]).lines().find((e) => e.name === "Lenovo");
    expect(lenovo.documents).toBeGreaterThanOrEqual(2);
    expect(lenovo.aliases).toEqual(expect.arrayContaining(["联想", "聯想"]));
    const s = wenku(["suggest", "--db", db, "--json", "聯"]).lines().map((x) => x.text);
    expect(s).toContain("联想");
  });
});

describe("duplicates", () => {
  it("records a reposted copy against its original, counted by kind in stats and named in show", () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-dup-"));
    const article = "联想发布液冷服务器\n\n联想集团今天发布了新一代液冷服务器，整机能效提升百分之四十，首批客户为大型数据中心运营商。\n";
    writeFileSync(join(dir, "a.txt"), article);
    writeFileSync(join(dir, "b.txt"), article);
    const db = join(dir, "x.db");
    expect(wenku(["ingest", "--db", db, dir]).status).toBe(0);
    const stats = wenku(["stats", "--db", db, "--json"]).lines()[0];
    expect(stats.documents).toBe(1);
    expect(stats.duplicates).toBe(1);
    expect(stats.duplicatesByKind).toEqual({ exact: 1 });
    const [hit] = wenku(["search", "--db", db, "--json", "液冷"]).lines();
    const shown = wenku(["show", "--db", db, hit.id]).stdout;
    expect(shown).toMatch(/copies\s+\S*b\.txt \(exact\)/);
  });
});

describe("ingest --yuan", () => {
  it("reads a bare 元 as the currency the researcher names for the input, CNY otherwise", () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-yuan-"));
    writeFileSync(join(dir, "hk.txt"), "房屋署公布數字\n\n公屋輪候冊上的申請人今年平均獲得津貼3000元，較去年增加。\n");
    const value = (args: string[]) => {
      const db = join(mkdtempSync(join(tmpdir(), "wenku-yuan-db-")), "x.db");
      expect(wenku(["ingest", "--db", db, ...args, dir]).status).toBe(0);
      return wenku(["figures", "--db", db, "--json", "--kind", "money"]).lines().map((f) => [f.text, f.value, f.unit]);
    };
    expect(value([])).toEqual([["3000元", 3000, "CNY"]]);
    expect(value(["--yuan", "hkd"])).toEqual([["3000元", 3000, "HKD"]]);
    expect(wenku(["ingest", "--db", join(dir, "y.db"), "--yuan", "HK$", dir]).status).toBe(2);
  });
});

describe("wenku clean", () => {
  it("strips the spam seed of decorations, brand keywords and the injected name", () => {
    const r = wenku(["clean", "--json", SEEDS.spam]);
    expect(r.status).toBe(0);
    const [doc] = r.lines();
    for (const bad of ["◈", "ღ", "★", "凯发", "生稻晃子", "k8", "K8"]) {
      expect(doc.title.includes(bad), `title contains ${bad}`).toBe(false);
      expect(doc.text.includes(bad), `text contains ${bad}`).toBe(false);
    }
    const golden = readFileSync("fixtures/golden/002_30eaa08ce56590b5.clean.txt", "utf8");
    expect(doc.text.trim()).toBe(golden.trim());
    const input = readFileSync(SEEDS.spam, "utf8");
    for (const r of doc.removed) expect(input.slice(r.start, r.end)).toBe(r.text);
  });

  it("lists what it cut from the title, with offsets into the title as found", () => {
    const page =
      "<html><head><title>江门警方破获电诈团伙_K8凯发国际官网</title></head><body><div>" +
      "<p>近日，广东江门警方接到一名72岁事主报警，称其接到一通陌生来电后，被层层套路，最终被诈骗上百万元。接到报案后第二天江门警方即立案侦查。</p>" +
      "<p>警方先后在多地抓获了9名涉案嫌疑人，斩断境外犯罪团伙向境内实施电诈的关键环节。</p></div></body></html>";
    const [doc] = wenku(["clean", "--json", "--format", "html", "-"], { input: page }).lines();
    expect(doc.title).toBe("江门警方破获电诈团伙");
    expect(doc.titleRemoved.map((r: { start: number; end: number }) => doc.originalTitle.slice(r.start, r.end))).toEqual(["_K8凯发国际官网"]);
    const listed = wenku(["clean", "--removed", "--format", "html", "-"], { input: page }).stdout;
    expect(listed).toContain("from the title");
    expect(listed).toMatch(/10-19\s+\S+\s+\S+\s+_K8凯发国际官网/);
    // Ingested, the title cut is kept with the document: show --json and show --removed.
    const dir = mkdtempSync(join(tmpdir(), "wenku-title-"));
    writeFileSync(join(dir, "page.html"), page);
    const db = join(dir, "x.db");
    expect(wenku(["ingest", "--db", db, join(dir, "page.html")]).status).toBe(0);
    const [hit] = wenku(["search", "--db", db, "--json", "电诈"]).lines();
    const stored = wenku(["show", "--db", db, "--json", hit.id]).lines()[0];
    expect(stored.originalTitle).toBe("江门警方破获电诈团伙_K8凯发国际官网");
    expect(stored.titleRemoved.map((r: { text: string; rule: string }) => r.text)).toEqual(["_K8凯发国际官网"]);
    expect(wenku(["show", "--db", db, hit.id, "--removed"]).stdout).toMatch(/from the title[\s\S]*10-19\s+\S+\s+\S+\s+_K8凯发国际官网/);
  });

  it("reads standard input and reports a missing file on one line with exit status 1", () => {
    const r = wenku(["clean", "--json", "-", "no/such/file.txt"], { input: "标题\n\n正文第一段，内容完整。\n" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual(["wenku: no/such/file.txt: unreadable: no such file"]);
    expect(r.lines()).toHaveLength(1);
  });
});

describe("wenku analyze", () => {
  it("yields the Lenovo seed's figures with offsets into the input", () => {
    const r = wenku(["analyze", "--json", SEEDS.en]);
    expect(r.status).toBe(0);
    const [doc] = r.lines();
    const input = readFileSync(SEEDS.en, "utf8");
    const golden = JSON.parse(readFileSync("fixtures/golden/000_5be93f938e3081d4.figures.json", "utf8")) as { text: string; kind: string; value: number; unit: string }[];
    for (const g of golden) {
      const f = doc.figures.find((x: any) => x.text.includes(g.text) && x.kind === g.kind);
      expect(f, `${g.text} (${g.kind})`).toBeDefined();
      expect(f.value).toBeCloseTo(g.value, 6);
      expect(f.unit).toBe(g.unit);
    }
    for (const x of [...doc.words, ...doc.entities, ...doc.figures]) expect(input.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("usage and errors", () => {
  it("refuses a --from or --to that is no calendar date, before opening any index", () => {
    for (const bad of ["2025-13", "2025-02-29", "2025/08", "last year"]) {
      const r = wenku(["search", "--db", "no/such.db", "液冷", "--from", bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr.trim().split("\n"), bad).toHaveLength(1);
      expect(r.stderr, bad).toContain(`'${bad}' is invalid`);
    }
    // figures also take the periods figures carry; a quarter that does not exist is refused.
    for (const bad of ["2025-Q5", "2025-13", "2025-02-30"]) expect(wenku(["figures", "--db", "no/such.db", "--to", bad]).status, bad).toBe(2);
    const period = wenku(["figures", "--db", "no/such.db", "--from", "2025-Q2"]);
    expect(period.stderr).not.toContain("is invalid");
    expect(period.stderr).toContain("no/such.db");
  });

  it("exits 2 on an unknown flag or a missing argument, 0 for --help", () => {
    expect(wenku(["search", "--bogus", "x"]).status).toBe(2);
    expect(wenku(["search"]).status).toBe(2);
    expect(wenku(["frobnicate"]).status).toBe(2);
    const help = wenku(["search", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
  });

  it("every command's help has an example", () => {
    for (const cmd of ["ingest", "search", "show", "clean", "analyze", "entities", "figures", "stats", "suggest"]) {
      const h = wenku([cmd, "--help"]);
      expect(h.status, cmd).toBe(0);
      expect(h.stdout, cmd).toMatch(new RegExp(`\\$ wenku ${cmd} `));
    }
  });

  it("names the missing index file on one line instead of creating it", () => {
    const r = wenku(["search", "--db", "/nonexistent/dir/x.db", "液冷"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^wenku: \/nonexistent\/dir\/x\.db: no such index/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("keeps going past bad inputs, ingests the good ones and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "wenku-bad-"));
    writeFileSync(join(dir, "good.txt"), "一篇好文章\n\n联想发布了新的液冷服务器，能效大幅提升。\n");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "lines.jsonl"), '{"title":"好","body":"英伟达与台积电合作。"}\n{broken\n');
    const db = join(dir, "x.db");
    const r = wenku(["ingest", "--db", db, "--json", dir]);
    expect(r.status).toBe(1);
    const errs = r.stderr.trim().split("\n");
    expect(errs).toHaveLength(2);
    expect(errs.some((l) => l.includes("empty.txt") && l.includes("empty"))).toBe(true);
    expect(errs.some((l) => l.includes("lines.jsonl:2"))).toBe(true);
    expect(r.lines()[0].documents.added).toBe(2);
  });
});
