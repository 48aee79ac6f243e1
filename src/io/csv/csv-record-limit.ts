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

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Finds the first record from `from` with more than `maxBytes` bytes or more than `maxFields`
 * fields, reading records the way csv-parse does with `csvParseOptions` (a quote opens a field
 * only at its start, `""` is a quote inside one, a quoted field may span lines, text after a
 * closing quote is text). Null when there is none, or when a quote is never closed (csv-parse
 * then reports the quote, bounded by its own record size).
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
  const single = delimiter.length === 1 ? delimiter[0]! : -1;
  const isDelimiterAt = (pos: number): boolean => {
    if (single >= 0) return bytes[pos] === single;
    if (pos + delimiter.length > end) return false;
    for (let k = 0; k < delimiter.length; k++) if (bytes[pos + k] !== delimiter[k]) return false;
    return true;
  };
  let pos = from;
  while (pos < end) {
    const start = pos;
    let fields = 1;
    for (;;) {
      if (pos < end && bytes[pos] === QUOTE) {
        pos++;
        for (;;) {
          if (pos >= end) return null;
          if (bytes[pos] === QUOTE) {
            if (pos + 1 < end && bytes[pos + 1] === QUOTE) {
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          pos++;
          if (pos - start > maxBytes) return { start, reason: 'bytes' };
        }
      }
      while (pos < end && bytes[pos] !== CR && bytes[pos] !== LF && !isDelimiterAt(pos)) pos++;
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
