import type { Finding } from '../findings/finding.js';

/**
 * What a reader hands to the binder: cells as a person sees them, each with the place it came
 * from. Readers decode bytes and spreadsheet types; they do not know about indicators.
 */
export type RawValue = string | number | boolean | null;

export interface RawCell {
  /**
   * CSV: the field text (NFC), or null for an empty field.
   * Workbook: string (rich text flattened, NFC), number, boolean, or null for an empty cell.
   */
  value: RawValue;
  /** 1-based: the Excel row, or the CSV physical line where the record starts. */
  row: number;
  /** 1-based column (field number for CSV). */
  column: number;
  /** Workbook cell with a percent number format; `value` is already ×100 (12 significant digits). */
  percent?: boolean;
  /**
   * A workbook cell that holds no usable value: a formula without a cached result, an error value
   * (`#DIV/0!`, text in `errorText`), or a date (dates are not indicator values).
   */
  problem?: 'formula-no-result' | 'error-value' | 'date';
  errorText?: string;
  /** For a CSV record, the physical line of this field (quoted newlines move it). */
  line?: number;
}

export interface RawRow {
  /** 1-based Excel row, or the physical line where the CSV record starts. */
  row: number;
  /**
   * The cells present, in column order. Sparse: `cells[i].column` is the cell's column, not
   * i + 1 — a workbook row with one cell at XFD holds one cell. (CSV rows are dense from column
   * 1.) Look a column up with `cellAt` (core/bind/cell-text.ts).
   */
  cells: RawCell[];
}

export interface RawSheet {
  /** Worksheet name (NFC), or null for a CSV file. */
  name: string | null;
  hidden: boolean;
  rows: RawRow[];
  /** Merged ranges like "A1:F1"; values were read once, from the top-left cell. */
  merges: string[];
  /**
   * A streamed CSV: `rows` holds only the first records (header search, labelled cells) and the
   * rest come from here, in batches, so a large file never has all its cells in memory at once.
   */
  rest?: RawRowStream;
}

/** The rows after `RawSheet.rows` of a streamed sheet. */
export interface RawRowStream {
  /** The remaining rows in file order, in batches; every call reads them again from the start. */
  batches(): Iterable<readonly RawRow[]>;
  /**
   * The reader's findings for the whole file (replacing `RawSource.findings`, which a streamed
   * source leaves empty), in the order the whole-file reader gives them. Complete once
   * `batches()` has been read to the end at least once; reads it through if not.
   */
  findings(): Finding[];
}

export interface RawSource {
  /** The file as the user named it (for messages and JSON `source.file`): its base name. */
  file: string;
  kind: 'csv' | 'xlsx';
  /** Sheets in workbook order (one for CSV). Empty when the file could not be read. */
  sheets: RawSheet[];
  /** Container-level findings: format, encoding, zip, CSV structure. */
  findings: Finding[];
  /** Hex SHA-256 of the file's bytes, when the reader read them (spec §4: report inputs). */
  sha256?: string;
}
