import type { RawRow } from '../../core/table/raw-table.js';

/** One CSV record as the readers hand it on. */
export interface ParsedRecord {
  row: RawRow;
  /** Fields in the record as written, trailing empty ones included (the ragged check needs them). */
  physical: number;
}
