/** One thing the user asked for: a word, or a quoted phrase. */
export interface Clause {
  text: string;
  phrase: boolean;
}

/** A parsed query: every group must match (a group matches when any of its clauses does),
 *  and no excluded clause may. */
export interface ParsedQuery {
  groups: Clause[][];
  excluded: Clause[];
}

/**
 * Parse the query language: words, "exact phrases", -exclusions, OR between terms. Anything
 * malformed (an unbalanced quote, a stray operator, SQL or FTS5 syntax) is read as plain
 * words: this never throws, and nothing the user types reaches FTS5 unescaped.
 */
export function parseQuery(input: string): ParsedQuery {
  // Control characters and NULs are separators, not content.
  const q = input.replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, 4096);
  const tokens: { clause: Clause; negated: boolean; or: boolean }[] = [];
  let i = 0;
  let pendingOr = false;
  while (i < q.length) {
    const ch = q[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    let j = i;
    if ((ch === "-" || ch === "−") && j + 1 < q.length && !/\s/.test(q[j + 1]!)) {
      negated = true;
      j++;
    }
    const quote = q[j];
    if (quote === '"' || quote === "“" || quote === "「") {
      const close = quote === '"' ? '"' : quote === "“" ? "”" : "」";
      const end = q.indexOf(close, j + 1);
      if (end !== -1) {
        const text = q.slice(j + 1, end).trim();
        if (text) tokens.push({ clause: { text, phrase: true }, negated, or: pendingOr });
        pendingOr = false;
        i = end + 1;
        continue;
      }
      j++; // unbalanced: drop the quote, read on as words
    }
    let end = j;
    while (end < q.length && !/\s/.test(q[end]!) && !(end > j && q[end] === '"')) end++;
    const word = q.slice(j, end);
    i = end === j ? j + 1 : end;
    if (word === "OR" && !negated && tokens.length > 0) {
      pendingOr = true;
      continue;
    }
    if (word) tokens.push({ clause: { text: word, phrase: false }, negated, or: pendingOr });
    pendingOr = false;
  }
  const parsed: ParsedQuery = { groups: [], excluded: [] };
  for (const t of tokens) {
    if (t.negated) parsed.excluded.push(t.clause);
    else if (t.or && parsed.groups.length > 0) parsed.groups[parsed.groups.length - 1]!.push(t.clause);
    else parsed.groups.push([t.clause]);
  }
  return parsed;
}
