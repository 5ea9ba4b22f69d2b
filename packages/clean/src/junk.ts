import type { RawRecord } from "@wenku/ingest";

/** Why a record cannot hold an article before any rule runs, or null. */
export function junkReason(raw: RawRecord): string | null {
  const text = raw.text;
  if (text.trim() === "") return "empty-input";
  const len = text.length;
  let control = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++;
  }
  // Mojibake or binary decoded as text: replacement chars and control codes everywhere.
  if ((control + raw.replacementChars) / len > 0.1 && control + raw.replacementChars > 8) return "binary-junk";
  return null;
}
