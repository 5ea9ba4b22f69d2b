export * from "./schema.js";
export { decodeBytes, sniffDeclaredCharset, canonicalEncoding, looksBinary, type Decoded } from "./decode.js";
export { formatOf, SUPPORTED_EXTENSIONS, type FormatGuess } from "./format.js";
export { FieldMap, parseFieldMapOverride, withOverride, mapJsonArticle } from "./fields.js";
export { splitSgml } from "./sgml.js";
export { expandInputs, IGNORE_FILE, type WalkResult } from "./walk.js";
export { readInputFile, type FileReading, type ReadOptions } from "./read.js";
