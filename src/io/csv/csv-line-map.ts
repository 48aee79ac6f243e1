/**
 * Physical line numbers of byte offsets in a UTF-8 buffer. LF, CRLF and a lone CR each end a
 * line — inside quoted fields too — so a finding's line is the one an editor shows, whatever
 * mix of line endings the file has.
 */
export class CsvLineMap {
  /** Byte offset where each line starts; index 0 is line 1. */
  private readonly starts: number[] = [0];

  constructor(bytes: Uint8Array) {
    const n = bytes.length;
    for (let i = 0; i < n; i++) {
      const b = bytes[i];
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) this.starts.push(i + 1);
    }
  }

  /** 1-based line holding the byte at `offset` (a line-ending byte belongs to the line it ends). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
