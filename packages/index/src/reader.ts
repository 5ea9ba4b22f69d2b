// The query side of the index alone ("@wenku/index/search"): opening a database, searching,
// suggestions. A one-shot `wenku search` loads this instead of the package root, which also
// brings in the ingest pipeline and zod.
export { openDatabase, type DB } from "./db.js";
export { searchIndex, resolveEntityName } from "./search.js";
export { suggest, type Suggestion } from "./suggest.js";
export { isDateBound, type SearchHit, type SearchRequest, type SearchResult } from "./schema.js";
