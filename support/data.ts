import { fileURLToPath } from "node:url";

/** Where the shared (copyrighted, never committed) data sets live: $WENKU_DATA, else
 *  `../shared/data` beside the repository, as on developers' machines and in CI. */
export const SHARED_DATA: string = process.env.WENKU_DATA ?? fileURLToPath(new URL("../../shared/data", import.meta.url));
