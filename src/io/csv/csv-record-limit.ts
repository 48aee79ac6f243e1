import { CR, csvFieldEnd, LF, QUOTE } from './csv-field-end.js';

/** The first record of a CSV body that is over a limit, and which limit. */
export interface CsvRecordOverLimit {
  /** Body offset where the record starts (a record boundary: the parse may stop just before). */
  start: number;
  reason: 'bytes' | 'fields';
}

/**
 * Fields in one record: Excel's column limit (XFD). A record with more is not a table anyone
 * made by hand, and each field costs a cell object, so such a record ends the reading.
 */
export const CSV_MAX_FIELDS = 16_384;

/**
 * Finds the first record from `from` with more than `maxBytes` bytes or more than `maxFields`
 * fields, reading records the way csv-parse does with `csvParseOptions` (see `csvFieldEnd`).
 * Null when there is none, or when a quote is never closed (csv-parse then reports the quote,
 * bounded by its own record size) and its text stays within `maxBytes`.
 *
 * Why a separate pass: csv-parse enforces `max_record_size` on field text only — a line of
 * 45 MB of delimiters has no text, so it builds an array of 45 million empty fields — and only
 * says so once the record is over; stopping the parse before such a record keeps memory
 * proportional to what is kept. The pass reads bytes and allocates nothing.
 */
export function csvRecordOverLimit(
  bytes: Uint8Array,
  from: number,
  delimiter: Uint8Array,
  maxBytes: number,
  maxFields: number,
): CsvRecordOverLimit | null {
  const end = bytes.length;
  let pos = from;
  while (pos < end) {
    const start = pos;
    let fields = 1;
    for (;;) {
      const fieldEnd = csvFieldEnd(bytes, pos, end, delimiter);
      if (fieldEnd < 0) return unclosedQuoteOverLimit(bytes, pos, start, maxBytes);
      pos = fieldEnd;
      if (pos - start > maxBytes) return { start, reason: 'bytes' };
      if (pos >= end) return null;
      if (bytes[pos] === CR || bytes[pos] === LF) {
        pos += bytes[pos] === CR && bytes[pos + 1] === LF ? 2 : 1;
        break;
      }
      pos += delimiter.length;
      fields++;
      if (fields > maxFields) return { start, reason: 'fields' };
    }
  }
  return null;
}

/**
 * A quote opened at `opened` and never closed: the rest of the bytes is its text, which csv-parse
 * reports as an unclosed quote — unless a byte of that text already lies more than `maxBytes`
 * past the record's start. `""` escapes at the very end are not text: they count only with a
 * byte after them.
 */
function unclosedQuoteOverLimit(
  bytes: Uint8Array,
  opened: number,
  start: number,
  maxBytes: number,
): CsvRecordOverLimit | null {
  let last = bytes.length - 1;
  while (last > opened && bytes[last] === QUOTE) last--;
  return last > opened && last - start >= maxBytes ? { start, reason: 'bytes' } : null;
}
