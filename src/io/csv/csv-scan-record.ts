/** Where the fields of one CSV record begin, and whether it ends inside an open quote. */
export interface CsvRecordScan {
  /** Byte offset of the first byte of each field. */
  fieldStarts: number[];
  /** Byte offset of a quote that opens a field and is never closed, else null. */
  openQuote: number | null;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Re-reads one record's bytes with the parser's rules (csv-parse with `relax_quotes`): a quote
 * opens a field only at its start, `""` inside quotes is one quote, a closing quote followed by
 * anything but a delimiter simply ends the quoting. csv-parse reports no field positions, and
 * its line counts are off for CRLF inside quotes; this gives the physical line of every field of
 * a multi-line record and the line where an unclosed quote starts.
 */
export function csvScanRecord(
  bytes: Uint8Array,
  start: number,
  end: number,
  delimiter: Uint8Array,
): CsvRecordScan {
  const fieldStarts = [start];
  let pos = start;
  for (;;) {
    if (bytes[pos] === QUOTE && pos < end) {
      const opened = pos;
      pos++;
      let closed = false;
      while (pos < end) {
        if (bytes[pos] === QUOTE) {
          if (pos + 1 < end && bytes[pos + 1] === QUOTE) {
            pos += 2;
            continue;
          }
          pos++;
          closed = true;
          break;
        }
        pos++;
      }
      if (!closed) return { fieldStarts, openQuote: opened };
    }
    while (pos < end && !isDelimiterAt(bytes, pos, delimiter)) {
      const b = bytes[pos];
      if (b === CR || b === LF) return { fieldStarts, openQuote: null };
      pos++;
    }
    if (pos >= end) return { fieldStarts, openQuote: null };
    pos += delimiter.length;
    fieldStarts.push(pos);
  }
}

function isDelimiterAt(bytes: Uint8Array, pos: number, delimiter: Uint8Array): boolean {
  if (pos + delimiter.length > bytes.length) return false;
  for (let k = 0; k < delimiter.length; k++) {
    if (bytes[pos + k] !== delimiter[k]) return false;
  }
  return true;
}
