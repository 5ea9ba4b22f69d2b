export { buildProgram } from "./program.js";
export { UserError } from "./errors.js";
