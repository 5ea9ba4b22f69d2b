/** The largest single document (one file, one JSON line, one WARC body, one SGML story) read,
 *  in bytes. Real articles are kilobytes; anything near this is a dump gone wrong, and
 *  holding it would cost the whole run its memory bound. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/** Deepest element nesting in an HTML document that is handed on to cleaning. Real pages stay
 *  under a few hundred; the recursive tree walks downstream overflow the stack long before
 *  100k. */
export const MAX_HTML_DEPTH = 2000;

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
