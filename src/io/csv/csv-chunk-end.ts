const CR = 0x0d;
const LF = 0x0a;

/**
 * Where a chunk of about `size` bytes from `from` should end for `csvFastRecords`: just after the
 * first line break at or beyond `from + size` (both bytes of a CRLF), or at the end. A break
 * inside a quoted field is fine: the fast reader leaves such a record to csv-parse.
 */
export function csvChunkEnd(bytes: Uint8Array, from: number, size: number): number {
  for (let i = from + size; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === LF) return i + 1;
    if (b === CR) return bytes[i + 1] === LF ? i + 2 : i + 1;
  }
  return bytes.length;
}
