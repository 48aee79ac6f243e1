import { parse, CsvError } from 'csv-parse/sync';
import type { FindingArgsOf, FindingCode } from '../../core/findings/finding-args.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { RawCell, RawRow, RawSource } from '../../core/table/raw-table.js';
import { cellCount } from '../../core/table/value-row.js';
import { csvDelimiter, type CsvDelimiterChoice } from './csv-delimiter.js';
import { csvFastRecords } from './csv-fast-records.js';
import { CsvLineMap } from './csv-line-map.js';
import { CSV_MAX_FIELDS, csvRecordOverLimit, type CsvRecordOverLimit } from './csv-record-limit.js';
import { csvScanRecord } from './csv-scan-record.js';
import { decodeText } from './decode-text.js';
import type { ReadOptions } from '../files/read-options.js';
import type { CutField, ParsedRecord } from './parsed-record.js';
import { CELL_TEXT_MAX, cutCellText } from '../files/cell-text-limit.js';

/** Decoded CSV bytes, ready to parse. */
export interface CsvBody {
  choice: CsvDelimiterChoice;
  /** Built on first use: only csv-parse's records need it. */
  readonly lines: CsvLineMap;
  /** File offset of `body` (after a `sep=` line). */
  base: number;
  /** Physical line where `body` starts (2 after a `sep=` line). */
  firstLine: number;
  body: Buffer;
  delimiterBytes: Buffer;
}

export type PreparedCsv =
  | { ok: false; source: RawSource }
  | { ok: true; source: RawSource; finding: Report; body: CsvBody };

/**
 * Decodes the bytes and picks the delimiter; a file that cannot be decoded or is blank comes
 * back as a finished source (`ok: false`).
 */
export function prepareCsv(bytes: Uint8Array, file: string, options: ReadOptions): PreparedCsv {
  const source: RawSource = { file, kind: 'csv', sheets: [], findings: [] };
  const finding: Report = (code, args, line, column) => {
    source.findings.push(makeFinding(code, args, { file, line, column: column ?? null }));
  };

  const decoded = decodeText(bytes, options.encoding);
  if (!decoded.ok) {
    if (decoded.problem === 'looks-utf16') {
      finding('FILE_ENCODING_LOOKS_UTF16', { encoding: decoded.encoding }, null);
    } else if (decoded.problem === 'not-utf8') {
      finding('FILE_ENCODING_NOT_UTF8', { line: decoded.line, byte: decoded.offset }, decoded.line);
    } else {
      finding(
        'FILE_ENCODING_INVALID',
        { encoding: decoded.encoding, line: decoded.line, byte: decoded.offset },
        decoded.line,
      );
    }
    return { ok: false, source };
  }
  const text = decoded.text;
  if (text.trim() === '') {
    finding('FILE_EMPTY', {}, null);
    return { ok: false, source };
  }

  const choice = csvDelimiter(text);
  const buffer =
    decoded.utf8 === undefined
      ? Buffer.from(text, 'utf8')
      : Buffer.from(decoded.utf8.buffer, decoded.utf8.byteOffset, decoded.utf8.byteLength);
  // Parse only the body so a `sep=` line is not a record; offsets below are body-relative and
  // `base` turns them back into file offsets, so lines stay physical.
  const base = Buffer.byteLength(text.slice(0, choice.bodyStart), 'utf8');
  const body = buffer.subarray(base);
  const delimiterBytes = Buffer.from(choice.delimiter, 'utf8');
  // The line map costs a pass over every byte and only csv-parse's records need it: built lazily.
  let lines: CsvLineMap | undefined;
  const csv: CsvBody = {
    choice,
    get lines() {
      return (lines ??= new CsvLineMap(buffer));
    },
    base,
    firstLine: linesBefore(buffer, base) + 1,
    body,
    delimiterBytes,
  };
  return { ok: true, source, finding, body: csv };
}

/** Line breaks (LF, CRLF, lone CR) in `bytes[0, end)`: the lines a `sep=` line takes. */
function linesBefore(bytes: Uint8Array, end: number): number {
  let breaks = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) breaks++;
  }
  return breaks;
}

/** The csv-parse options every CSV read uses. */
export function csvParseOptions(delimiter: string) {
  return {
    delimiter,
    // All three, so a file that mixes them (copy-pasted parts) still splits on each.
    record_delimiter: ['\r\n', '\n', '\r'],
    quote: '"',
    escape: '"',
    bom: false,
    cast: false,
    // Ragged rows are reported by this reader, all of them, with their start line.
    relax_column_count: true,
    // A quote inside an unquoted field (`Trường "A"`) is text, as Excel reads it.
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: CSV_MAX_RECORD_BYTES,
  };
}

/** One record as the reader keeps it: body offsets `start`..`end` (end after its delimiter). */
export function csvRecord(
  csv: CsvBody,
  fields: readonly string[],
  start: number,
  end: number,
): ParsedRecord {
  const { lines, base, body, delimiterBytes } = csv;
  const startLine = lines.lineAt(base + start);
  const used = usedLength(fields);
  const cut: CutField[] = [];
  const row: RawRow = {
    row: startLine,
    cells: buildCells(fields, used, start, end, startLine, lines, base, body, delimiterBytes, cut),
  };
  return cut.length === 0
    ? { row, physical: fields.length }
    : { row, physical: fields.length, cut };
}

/**
 * The first record from `from` (body offset) that csv-parse must not be given: over
 * CSV_MAX_RECORD_BYTES or CSV_MAX_FIELDS. Callers parse up to its start, then report it.
 */
export function csvOverLimit(csv: CsvBody, from: number): CsvRecordOverLimit | null {
  return csvRecordOverLimit(
    csv.body,
    from,
    csv.delimiterBytes,
    CSV_MAX_RECORD_BYTES,
    CSV_MAX_FIELDS,
  );
}

/** The finding at the record over a limit: the rows before it are kept, none after. */
export function csvOverLimitFinding(csv: CsvBody, over: CsvRecordOverLimit, report: Report): void {
  const line = csv.lines.lineAt(csv.base + over.start);
  if (over.reason === 'fields') {
    report('FILE_CSV_TOO_MANY_FIELDS', { limit: CSV_MAX_FIELDS }, line);
  } else {
    report('FILE_CSV_RECORD_TOO_LARGE', { limitMb: CSV_MAX_RECORD_BYTES / 1024 / 1024 }, line);
  }
}

/** The finding for a parse that stopped at `lastEnd` (body offset) with `error`. */
export function csvStopFinding(
  csv: CsvBody,
  error: unknown,
  lastEnd: number,
  report: Report,
): void {
  const { lines, base, body, delimiterBytes } = csv;
  const line = lines.lineAt(base + lastEnd);
  if (error instanceof TooManyCells) {
    report('FILE_CSV_TOO_MANY_CELLS', { limit: CSV_MAX_CELLS }, line);
  } else if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const scan = csvScanRecord(body, lastEnd, body.length, delimiterBytes);
    const quoteLine = scan.openQuote === null ? line : lines.lineAt(base + scan.openQuote);
    report('FILE_CSV_QUOTE', { line: quoteLine }, quoteLine);
  } else if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
    report('FILE_CSV_RECORD_TOO_LARGE', { limitMb: CSV_MAX_RECORD_BYTES / 1024 / 1024 }, line);
  } else if (error instanceof CsvError) {
    // Any other parser complaint is still the file's fault, never a crash.
    report('FILE_CSV_MALFORMED', { reason: error.code }, line);
  } else {
    // Not the file's fault: a bug, which must surface as an internal error (exit 3).
    throw error;
  }
}

/** One record is at most this many bytes: a lost quote must not swallow the file into memory. */
export const CSV_MAX_RECORD_BYTES = 1024 * 1024;
/** Cells kept per file (spec §5: at least 10 million cells are read). */
export const CSV_MAX_CELLS = 10_000_000;
/** The header row is looked for in the first records, like the binder's header search. */
const HEADER_SAMPLE = 30;

/** Thrown from csv-parse's record callback to stop at the cell limit. */
export class TooManyCells extends Error {}

/**
 * Decodes and parses CSV bytes into one raw sheet (spec §3.5): BOM/strict UTF-8 or the named
 * encoding, delimiter from the header line or `sep=`, every structural problem a FILE_ finding
 * with its physical line. Never throws on bad input: a file that cannot be decoded gives no
 * sheet; a parse that cannot go on keeps the rows read so far.
 *
 * Decisions (see README "CSV files"):
 * - cells keep their text verbatim (NFC, not trimmed — the binder trims); an empty field is null;
 * - trailing empty (or blank) fields are dropped from every row; RawRow allows that;
 * - a blank line or a line of only delimiters is a row with no cells at its line (the binder
 *   sees gaps between data); blank rows after the last data row are dropped;
 * - ragged rows (fewer fields than the header, or text beyond it) are judged only below the
 *   header line (see findHeader). Title rows above it are kept but not judged.
 */
export function readCsv(bytes: Uint8Array, file: string, options: ReadOptions): RawSource {
  const prepared = prepareCsv(bytes, file, options);
  if (!prepared.ok) return prepared.source;
  const { source, finding } = prepared;
  const { choice } = prepared.body;

  const records = fastRecords(prepared.body) ?? parsedRecords(prepared.body, finding);

  const header = findHeader(records);
  reportRecords(records, header, choice.delimiter, finding);
  const rows = records.map((record) => record.row);
  // Blank rows after the last data row are the tail of an export, not gaps.
  while (rows.length > 0 && cellCount(rows[rows.length - 1]!) === 0) rows.pop();

  if (rows.length === 0 && source.findings.length === 0) {
    finding('FILE_EMPTY', {}, null);
    return source;
  }
  source.sheets.push({ name: null, hidden: false, rows, merges: [] });
  return source;
}

/**
 * All records by the fast reader, or null when some record needs csv-parse (then csv-parse reads
 * the whole file again: simpler than splicing, and such files are the unusual ones).
 */
function fastRecords(csv: CsvBody): ParsedRecord[] | null {
  const { body } = csv;
  const records: ParsedRecord[] = [];
  const scan = csvFastRecords(
    body,
    0,
    body.length,
    csv.choice.delimiter,
    csv.firstLine,
    CSV_MAX_CELLS,
    (record) => {
      records.push(record);
    },
  );
  return scan.stop === body.length ? records : null;
}

/** All records by csv-parse; a parse that stops keeps what was read and reports why. */
function parsedRecords(csv: CsvBody, finding: Report): ParsedRecord[] {
  const { body, choice } = csv;
  const records: ParsedRecord[] = [];
  let cells = 0;
  let lastEnd = 0;
  const over = csvOverLimit(csv, 0);
  try {
    parse(over === null ? body : body.subarray(0, over.start), {
      ...csvParseOptions(choice.delimiter),
      // Rows are built as records arrive, so csv-parse's field arrays can be dropped at once.
      on_record: (fields: string[], info) => {
        const record = csvRecord(csv, fields, lastEnd, info.bytes);
        cells += cellCount(record.row);
        if (cells > CSV_MAX_CELLS) throw new TooManyCells();
        records.push(record);
        lastEnd = info.bytes;
        return null;
      },
    });
    if (over !== null) csvOverLimitFinding(csv, over, finding);
  } catch (error) {
    csvStopFinding(csv, error, lastEnd, finding);
  }
  return records;
}

/** The cells of one record: `used` fields, each with its own line when quotes span lines. */
function buildCells(
  fields: readonly string[],
  used: number,
  start: number,
  end: number,
  startLine: number,
  lineMap: CsvLineMap,
  offset: number,
  body: Uint8Array,
  delimiterBytes: Uint8Array,
  /** Fields cut to CELL_TEXT_MAX are added here. */
  cut: CutField[],
): RawCell[] {
  const out: RawCell[] = [];
  if (used === 0) return out;
  // Only a record that spans lines (quoted newlines) needs per-field lines: re-scan just it.
  const multiLine = lineMap.lineAt(offset + end - 1) > startLine;
  const starts = multiLine ? csvScanRecord(body, start, end, delimiterBytes).fieldStarts : null;
  for (let j = 0; j < used; j++) {
    const text = fields[j]!;
    // Longer than a cell can hold: cut here, the one place csv-parse's fields become cells.
    const long = text.length > CELL_TEXT_MAX;
    const kept = long ? cutCellText(text) : text;
    const cell: RawCell = { value: kept === '' ? null : kept, row: startLine, column: j + 1 };
    const fieldStart = starts?.[j];
    if (fieldStart !== undefined) {
      const fieldLine = lineMap.lineAt(offset + fieldStart);
      if (fieldLine !== startLine) cell.line = fieldLine;
    }
    if (long) cut.push({ column: j + 1, line: cell.line ?? startLine, length: text.length });
    out.push(cell);
  }
  return out;
}

export type Report = <C extends FindingCode>(
  code: C,
  args: FindingArgsOf<C>,
  line: number | null,
  column?: number,
) => void;

/**
 * The findings of the records, record by record: its cut cells (DATA_CELL_TOO_LONG), then, below
 * the header, one FILE_CSV_FIELD_COUNT if it is ragged — fewer fields than the header, or text
 * beyond its width. Blank rows and empty fields past the width (Excel's `;;;`) are fine.
 */
export function reportRecords(
  records: readonly ParsedRecord[],
  header: HeaderRecord | null,
  delimiter: string,
  report: Report,
  /** Index in the whole file of `records[0]` (a streamed file's later batches). */
  first = 0,
): void {
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    reportCutCells(record, report);
    if (header !== null && first + r > header.index) {
      reportIfRagged(record, header, delimiter, report);
    }
  }
}

/** One DATA_CELL_TOO_LONG per field of `record` that was cut, at its line and field. */
function reportCutCells(record: ParsedRecord, report: Report): void {
  for (const field of record.cut ?? []) {
    const args = { length: field.length, max: CELL_TEXT_MAX, cut: field.length - CELL_TEXT_MAX };
    report('DATA_CELL_TOO_LONG', args, field.line, field.column);
  }
}

/** The FILE_CSV_FIELD_COUNT of one record below the header, if it is ragged. */
function reportIfRagged(
  record: ParsedRecord,
  header: HeaderRecord,
  delimiter: string,
  report: Report,
): void {
  const { width } = header;
  const { row, physical } = record;
  const used = cellCount(row);
  if (used === 0 || (physical >= width && used <= width)) return;
  const short = physical < width;
  report(
    'FILE_CSV_FIELD_COUNT',
    {
      expected: width,
      found: short ? physical : used,
      headerLine: header.line,
      delimiter: delimiter === '\t' ? 'tab' : delimiter,
    },
    row.row,
    short ? undefined : firstUsedBeyond(row.cells, width) + 1,
  );
}

/** Fields up to the last one with any non-blank text; 0 for a blank record. */
function usedLength(fields: readonly string[]): number {
  for (let j = fields.length - 1; j >= 0; j--) {
    if (!isBlank(fields[j]!)) return j + 1;
  }
  return 0;
}

/** Index of the first cell at or after `width` that holds text. */
function firstUsedBeyond(cells: readonly RawCell[], width: number): number {
  for (let j = width; j < cells.length; j++) {
    const value = cells[j]!.value;
    if (typeof value === 'string' && !isBlank(value)) return j;
  }
  return width;
}

function isBlank(field: string): boolean {
  return field.trim() === '';
}

export interface HeaderRecord {
  index: number;
  width: number;
  /** Physical line of the header record. */
  line: number;
}

/**
 * The header line that ragged rows are measured against. A row fits a width W when it has at
 * least W fields and nothing but blanks beyond W — exactly when it would not be ragged. Among the
 * first 30 non-blank records the width most of them fit wins (ties → the wider); widths of two
 * or more are preferred whenever a record has two fields, because a data table always has an
 * indicator or entity column and a value column, while title rows ("BIỂU SỐ LIỆU") are one cell.
 * The header is the first record that fits; title rows above it are not judged.
 */
export function findHeader(records: readonly ParsedRecord[]): HeaderRecord | null {
  const sample: Array<{ index: number; used: number; physical: number }> = [];
  for (let r = 0; r < records.length && sample.length < HEADER_SAMPLE; r++) {
    const { row, physical } = records[r]!;
    const used = cellCount(row);
    if (used > 0) sample.push({ index: r, used, physical });
  }
  if (sample.length === 0) return null;
  const floor = sample.some((s) => s.physical >= 2) ? 2 : 1;
  // The best-covered width is always one of these ends of the rows' [used, physical] ranges.
  const candidates = new Set<number>();
  for (const s of sample) {
    if (s.physical >= floor) {
      candidates.add(Math.max(s.used, floor));
      candidates.add(s.physical);
    }
  }
  let width = -1;
  let support = -1;
  for (const w of candidates) {
    const n = sample.filter((s) => s.used <= w && w <= s.physical).length;
    if (n > support || (n === support && w > width)) {
      width = w;
      support = n;
    }
  }
  const first = sample.find((s) => s.used <= width && width <= s.physical);
  return first === undefined
    ? null
    : { index: first.index, width, line: records[first.index]!.row.row };
}
