import { CR, csvFieldEnd, LF } from './csv-field-end.js';

/** Where the fields of one CSV record begin, and whether it ends inside an open quote. */
export interface CsvRecordScan {
  /** Byte offset of the first byte of each field. */
  fieldStarts: number[];
  /** Byte offset of a quote that opens a field and is never closed, else null. */
  openQuote: number | null;
}

/**
 * Re-reads one record's bytes with the parser's rules (see `csvFieldEnd`). csv-parse reports no
 * field positions, and its line counts are off for CRLF inside quotes; this gives the physical
 * line of every field of a multi-line record and the line where an unclosed quote starts.
 */
export function csvScanRecord(
  bytes: Uint8Array,
  start: number,
  end: number,
  delimiter: Uint8Array,
): CsvRecordScan {
  const fieldStarts = [start];
  for (let pos = start; ;) {
    const fieldEnd = csvFieldEnd(bytes, pos, end, delimiter);
    if (fieldEnd < 0) return { fieldStarts, openQuote: pos };
    if (fieldEnd >= end || bytes[fieldEnd] === CR || bytes[fieldEnd] === LF) {
      return { fieldStarts, openQuote: null };
    }
    pos = fieldEnd + delimiter.length;
    fieldStarts.push(pos);
  }
}
