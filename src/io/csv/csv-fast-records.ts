import type { RawValue } from '../../core/table/raw-table.js';
import { valueRow } from '../../core/table/value-row.js';
import { CELL_TEXT_MAX, cutCellText } from '../files/cell-text-limit.js';
import type { CutField, ParsedRecord } from './parsed-record.js';
import { CSV_MAX_FIELDS } from './csv-record-limit.js';
import { CR, LF, QUOTE } from './csv-field-end.js';
import { TextPool } from './text-pool.js';

/** Where `csvFastRecords` stopped: a record boundary, and the physical line starting there. */
export interface CsvFastStop {
  /** Byte offset after the last record read: `to`, unless a record was left or `push` said stop. */
  stop: number;
  line: number;
  /** Cells kept by the records read. */
  cells: number;
}

/**
 * csv-parse refuses a record above CSV_MAX_RECORD_BYTES (1 MB); records even half as long are
 * left to it, so the limit and its finding stay its own.
 */
const MAX_FAST_RECORD_BYTES = 512 * 1024;

/**
 * Reads the records of `bytes[from, to)` (UTF-8) the way csv-parse does with `csvParseOptions` —
 * but only the common, clean shape of a record: unquoted fields without quotes, quoted fields
 * (with `""` escapes) closed before the next delimiter or line end, no line break inside quotes,
 * not too long (bytes and fields, checked as it goes), within `maxCells`. At the first record of any other shape it stops, at that
 * record's start, and the caller hands the rest to csv-parse: record boundaries carry no parser
 * state, so the two together read exactly what csv-parse alone reads. Rows are built directly
 * (no field arrays, no line map: lines are counted as records end), several times faster than
 * csv-parse.
 *
 * The bytes are scanned as one Latin-1 string, so byte and character offsets agree and an ASCII
 * field is a one-byte string slice (the binder's string work runs markedly slower on two-byte
 * strings); only a field with bytes ≥ 0x80 is decoded as UTF-8 on its own.
 *
 * `to` must be the end of the bytes or just after a line break (see `csvChunkEnd`): a record
 * cut there would be read as ended. `delimiter` must be one ASCII character that is not a quote
 * or line break, else nothing is read.
 */
export function csvFastRecords(
  bytes: Buffer,
  from: number,
  to: number,
  delimiter: string,
  firstLine: number,
  maxCells: number,
  /** Takes each record; `false` stops the reading after it. */
  push: (record: ParsedRecord) => boolean | void,
  texts: TextPool = new TextPool(),
): CsvFastStop {
  const delim = delimiter.charCodeAt(0);
  let line = firstLine;
  let cells = 0;
  const stopAt = (index: number): CsvFastStop => ({ stop: from + index, line, cells });
  if (delimiter.length !== 1 || delim >= 0x80 || delim === QUOTE || delim === CR || delim === LF) {
    return stopAt(0);
  }
  const chars = bytes.toString('latin1', from, to);
  const end = chars.length;
  // Values of the record being read; each row gets an exact-size copy (see valueRow).
  const scratch: RawValue[] = [];
  let pos = 0;
  while (pos < end) {
    const recordStart = pos;
    let fields = 0;
    let cut: CutField[] | undefined;
    for (;;) {
      let value: string;
      // OR of the field's bytes: ≥ 0x80 means it holds non-ASCII text to decode as UTF-8.
      let high = 0;
      if (pos < end && chars.charCodeAt(pos) === QUOTE) {
        let k = pos + 1;
        let escaped = false;
        for (;;) {
          if (k >= end) return stopAt(recordStart);
          const c = chars.charCodeAt(k);
          if (c === QUOTE) {
            if (k + 1 < end && chars.charCodeAt(k + 1) === QUOTE) {
              escaped = true;
              k += 2;
              continue;
            }
            break;
          }
          // A quoted line break makes a multi-line record: csv-parse and the line map know it.
          if (c === CR || c === LF) return stopAt(recordStart);
          high |= c;
          k++;
        }
        if (k - recordStart > MAX_FAST_RECORD_BYTES) return stopAt(recordStart);
        value = fieldText(bytes, chars, from, pos + 1, k, high);
        if (escaped) value = value.replaceAll('""', '"');
        pos = k + 1;
        // Text after a closing quote is a relax_quotes case: csv-parse decides what it means.
        if (pos < end) {
          const c = chars.charCodeAt(pos);
          if (c !== delim && c !== CR && c !== LF) return stopAt(recordStart);
        }
      } else {
        const start = pos;
        while (pos < end) {
          const c = chars.charCodeAt(pos);
          if (c === delim || c === CR || c === LF) break;
          // A quote inside an unquoted field is text to csv-parse (relax_quotes): left to it.
          if (c === QUOTE) return stopAt(recordStart);
          high |= c;
          pos++;
        }
        if (pos - recordStart > MAX_FAST_RECORD_BYTES) return stopAt(recordStart);
        value = fieldText(bytes, chars, from, start, pos, high);
      }
      // Longer than a cell can hold: cut here, the one place a field's text enters this reader.
      if (value.length > CELL_TEXT_MAX) {
        (cut ??= []).push({ column: fields + 1, line, length: value.length });
        value = cutCellText(value);
      }
      scratch[fields] = value === '' ? null : texts.intern(value);
      fields++;
      // Checked field by field, so an over-long record costs no more cells than the limit:
      // csv-parse's path then finds it again and reports it (see csvRecordOverLimit).
      if (fields > CSV_MAX_FIELDS) return stopAt(recordStart);
      if (pos >= end) break;
      const c = chars.charCodeAt(pos);
      pos++;
      if (c === delim) continue;
      if (c === CR && pos < end && chars.charCodeAt(pos) === LF) pos++;
      break;
    }
    if (pos - recordStart > MAX_FAST_RECORD_BYTES) return stopAt(recordStart);
    // Trailing empty or blank fields are dropped, as the general path does.
    let used = fields;
    while (used > 0 && isBlank(scratch[used - 1]!)) used--;
    if (cells + used > maxCells) return stopAt(recordStart);
    cells += used;
    const record: ParsedRecord = {
      row: valueRow(line, scratch.slice(0, used)),
      physical: fields,
    };
    if (cut !== undefined) record.cut = cut;
    const more = push(record);
    line++;
    if (more === false) break;
  }
  return stopAt(pos);
}

/** A field's text: the Latin-1 slice when it is ASCII, else its bytes decoded as UTF-8. */
function fieldText(
  bytes: Buffer,
  chars: string,
  origin: number,
  start: number,
  end: number,
  high: number,
): string {
  return high < 0x80
    ? chars.slice(start, end)
    : bytes.toString('utf8', origin + start, origin + end);
}

function isBlank(value: RawValue | undefined): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
