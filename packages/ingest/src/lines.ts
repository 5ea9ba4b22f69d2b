export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without its \n (and without a trailing \r); undefined when too long. */
  bytes?: Buffer;
  /** Length in bytes of a line that went over the limit and was dropped. */
  tooLong?: number;
}

/**
 * Split a byte stream on \n (only: some dumps carry U+2028 inside JSON strings), holding at
 * most `limit` bytes of one line. A longer line is skipped, not buffered, and reported by its
 * number and length, so a 200 MB single-line file costs no more memory than a short one.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  let overflow = false;
  const finish = (): Line => {
    const line: Line = overflow ? { number, tooLong: size } : { number, bytes: trimCr(Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    overflow = false;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0 || overflow) yield finish();

  function take(piece: Buffer): void {
    size += piece.length;
    if (overflow) return;
    if (size > limit) {
      overflow = true;
      parts = [];
      return;
    }
    if (piece.length) parts.push(Buffer.from(piece));
  }
}

function trimCr(b: Buffer): Buffer {
  return b.length && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
}
