import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

/** A file's bytes as a stream of chunks, gunzipped on the fly when `gzip`: nothing holds the
 *  whole file. Errors (permission, truncated gzip) surface from the iteration. */
export function byteChunks(path: string, gzip: boolean): AsyncIterable<Buffer> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!gzip) return file;
  const gunzip = createGunzip();
  file.on("error", (err) => gunzip.destroy(err));
  return file.pipe(gunzip);
}

/** sha256 (hex) of a file's bytes as stored, streamed. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export class TooLarge extends Error {
  constructor(readonly bytesSeen: number) {
    super(`over ${bytesSeen} bytes`);
  }
}

/** The whole (decompressed) content of a one-document file, refusing to hold more than
 *  `limit` bytes. */
export async function readWhole(path: string, gzip: boolean, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of byteChunks(path, gzip)) {
    size += chunk.length;
    if (size > limit) throw new TooLarge(size);
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

export function isGzipError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code ?? "";
  return code.startsWith("Z_") || /unexpected end of file|incorrect header check|invalid (block|stored|distance)/i.test((err as Error)?.message ?? "");
}
