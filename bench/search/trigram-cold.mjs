// One-shot query against the trigram peer's index from a fresh Node process: the peer's
// equivalent of `wenku search` (open, match, rank, print titles). Plain JS so no compile step
// is timed. Usage: node trigram-cold.mjs INDEX.db QUERY
import { createRequire } from "node:module";
const require = createRequire(new URL("../../packages/index/package.json", import.meta.url));
const Database = require("better-sqlite3");
const [path, query] = process.argv.slice(2);
const db = new Database(path, { readonly: true });
const words = query.split(/\s+/).filter((w) => [...w].length >= 3);
const quote = (s) => `"${s.replace(/"/g, '""')}"`;
let rows = [];
if (words.length) rows = db.prepare("SELECT d.title, snippet(fts, 1, '[', ']', '…', 16) AS s FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ? ORDER BY bm25(fts, 10.0, 1.0) LIMIT 10").all(words.map(quote).join(" AND "));
for (const r of rows) process.stdout.write(`${r.title}\n  ${r.s}\n`);
