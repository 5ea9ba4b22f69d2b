// One-shot query against the trigram peer's index from a fresh Node process: the peer's
// equivalent of `wenku search` (open, match, rank, print titles). Plain JS so no compile step
// is timed. Usage: node trigram-cold.mjs INDEX.db QUERY
import { createRequire } from "node:module";
const require = createRequire(new URL("../../packages/index/package.json", import.meta.url));
const Database = require("better-sqlite3");
const [path, query] = process.argv.slice(2);
const db = new Database(path, { readonly: true });
const all = query.split(/\s+/).filter(Boolean);
const words = all.filter((w) => [...w].length >= 3);
// Shorter words by LIKE (the trigram tokenizer cannot match them), as trigram-engine.ts does.
const short = all.filter((w) => [...w].length < 3);
const escape = (w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const like = short.map(() => "(fts.title LIKE ? ESCAPE '\\' OR fts.body LIKE ? ESCAPE '\\')");
const likeParams = short.flatMap((w) => [escape(w), escape(w)]);
const quote = (s) => `"${s.replace(/"/g, '""')}"`;
const select = "SELECT d.title, substr(d.body, 1, 80) AS s FROM fts JOIN docs d ON d.rowid = fts.rowid";
let rows = [];
if (words.length) rows = db.prepare(`SELECT d.title, snippet(fts, 1, '[', ']', '…', 16) AS s FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ?${like.length ? ` AND ${like.join(" AND ")}` : ""} ORDER BY bm25(fts, 10.0, 1.0) LIMIT 10`).all(words.map(quote).join(" AND "), ...likeParams);
else if (like.length) rows = db.prepare(`${select} WHERE ${like.join(" AND ")} LIMIT 10`).all(...likeParams);
for (const r of rows) process.stdout.write(`${r.title}\n  ${r.s}\n`);
