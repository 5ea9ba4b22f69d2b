/**
 * All the words an HTML page shows or hides: text nodes, <title>, meta keywords and
 * descriptions, link titles. Used only as evidence (which brand is being pushed), never as
 * article text, so a regex pass is enough and costs far less than a second parse.
 */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*?\b(?:content|title|alt)\s*=\s*"([^"]*)"[^>]*>/gi, "\n$1\n")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}
