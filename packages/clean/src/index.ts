export * from "./schema.js";
export { cleanRecord } from "./clean.js";
export { CleanOptions } from "./options.js";
export { detectLang } from "./lang.js";
export { lineFingerprint } from "./boilerplate.js";
export { isDecorationChar } from "./spam/decoration.js";
export { BoilerplateLearner, type BoilerplateLearnerOptions } from "./corpus-boilerplate.js";
