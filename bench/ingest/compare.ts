/**
 * Two index files compared table by table: what a change to the ingest code must leave as it
 * was (documents with every column, raw input and removals inflated; mentions; figures; which
 * documents are searchable; near-duplicate band keys; files; boilerplate evidence). Prints a
 * row count and a digest per table, and whether they are equal.
 *
 *   node_modules/.bin/tsx bench/ingest/compare.ts before.db after.db
 *   (make the two with `bench/ingest/run.ts --keep DIR` or `wenku ingest`, same input)
 *
 * Mentions and figures come from @wenku/analyze: compare indexes made with the same build of it.
 */
import { createHash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import Database from "better-sqlite3";

const TABLES: Record<string, string> = {
  documents:
    "SELECT id, path, record, title, date, author, source, url, lang, text, content_hash, canonical_id, duplicate_kind, encoding, replacement_chars, raw_text, raw_meta, removed, segments, empty_reason FROM documents ORDER BY id",
  mentions: "SELECT d.id, m.name, m.type, m.text, m.start, m.end, m.source FROM mentions m JOIN documents d ON d.rowid = m.doc_rowid ORDER BY d.id, m.start, m.name, m.end",
  figures: "SELECT d.id, f.kind, f.value_num, f.value_text, f.unit, f.start, f.end, f.entity FROM figures f JOIN documents d ON d.rowid = f.doc_rowid ORDER BY d.id, f.start, f.kind, f.end",
  searchable: "SELECT d.id FROM documents d WHERE d.rowid IN (SELECT rowid FROM fts) ORDER BY d.id",
  near_keys: "SELECT k.key, d.id FROM near_keys k JOIN documents d ON d.rowid = k.doc_rowid ORDER BY 1, 2",
  files: "SELECT path, hash, records, problems, complete, records_done FROM files ORDER BY path",
  boilerplate_lines: "SELECT source, fingerprint, file, documents FROM boilerplate_lines ORDER BY 1, 2, 3",
  boilerplate_sources: "SELECT source, file, documents FROM boilerplate_sources ORDER BY 1, 2",
};

/** Raw input and removals are stored deflated by newer code and as TEXT by older: compare text. */
const asText = (v: unknown) => (v instanceof Uint8Array ? inflateRawSync(v).toString("utf8") : v);

function digests(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const out: Record<string, string> = {};
    for (const [table, sql] of Object.entries(TABLES)) {
      const hash = createHash("sha256");
      let rows = 0;
      for (const row of db.prepare(sql).iterate() as Iterable<Record<string, unknown>>) {
        rows++;
        if (table === "documents") {
          row.raw_text = asText(row.raw_text);
          row.removed = asText(row.removed);
        }
        hash.update(JSON.stringify(row));
      }
      out[table] = `${rows} rows, ${hash.digest("hex").slice(0, 12)}`;
    }
    return out;
  } finally {
    db.close();
  }
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: tsx bench/ingest/compare.ts BEFORE.db AFTER.db");
  process.exit(2);
}
const before = digests(a);
const after = digests(b);
console.log("| table | before | after | |\n|---|---|---|---|");
let same = true;
for (const table of Object.keys(TABLES)) {
  const equal = before[table] === after[table];
  same &&= equal;
  console.log(`| ${table} | ${before[table]} | ${after[table]} | ${equal ? "equal" : "**differ**"} |`);
}
console.log(same ? "\nidentical" : "\nDIFFERENT");
process.exit(same ? 0 : 1);
