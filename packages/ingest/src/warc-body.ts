import { decodeBytes, looksBinary, sniffDeclaredCharset } from "./decode.js";
import { tooDeepHtml } from "./html-depth.js";

export type BodyOutcome =
  | { problem: { kind: "empty" | "binary" | "too-deep"; message: string } }
  | { text: string; encoding: string; replacementChars: number; format: "html" | "text"; note?: string };

/** Decode one HTTP payload: HTTP charset first, then the page's own <meta>, then detection. */
export function checkBytesForWarc(body: Uint8Array, httpCharset: string | undefined, format: "html" | "text"): BodyOutcome {
  if (body.length === 0 || body.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return { problem: { kind: "empty", message: "empty body" } };
  if (looksBinary(body)) return { problem: { kind: "binary", message: "binary body, not text" } };
  const decoded = decodeBytes(body, httpCharset ?? (format === "html" ? sniffDeclaredCharset(body) : undefined));
  if (format === "html") {
    const deep = tooDeepHtml(decoded.text);
    if (deep) return { problem: { kind: "too-deep", message: deep } };
  }
  return { ...decoded, format };
}
