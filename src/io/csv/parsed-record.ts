import type { RawRow } from '../../core/table/raw-table.js';

/** A field whose text was cut to CELL_TEXT_MAX characters: where, and how long it was. */
export interface CutField {
  column: number;
  line: number;
  /** Characters as written. */
  length: number;
}

/** One CSV record as the readers hand it on. */
export interface ParsedRecord {
  row: RawRow;
  /** Fields in the record as written, trailing empty ones included (the ragged check needs them). */
  physical: number;
  /** Fields cut at read time (absent when none was): each gets DATA_CELL_TOO_LONG. */
  cut?: CutField[];
}
