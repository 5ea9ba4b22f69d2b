export * from "./schema.js";
export * from "./normalize.js";
export { analyze, type AnalyzeRunOptions } from "./analyze.js";
export { segment } from "./segment/segment.js";
export { jiebaLoaded } from "./segment/jieba.js";
export { findEntities, type FindEntitiesOptions } from "./entities/find.js";
export { Gazetteer, defaultGazetteer, DEFAULT_GAZETTEER_PATH, type GazetteerEntry } from "./entities/gazetteer.js";
export { findFigures, type FindFiguresOptions } from "./figures/find.js";
export { parseNumber, parseArabic, parseChinese } from "./figures/numbers.js";
