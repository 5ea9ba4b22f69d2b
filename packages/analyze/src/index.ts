export * from "./schema.js";
export * from "./normalize.js";
