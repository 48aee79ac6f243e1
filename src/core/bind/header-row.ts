import type { RawCell, RawRow } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import type { HeaderField } from './header-field.js';

/** One non-empty cell of a candidate header row and what it names. */
export interface HeaderColumn {
  column: number;
  text: string;
  cell: RawCell;
  /** An accepted header (spec §3.2), or null. */
  field: HeaderField | null;
  /** For a header that names an indicator (wide tables): the indicator. */
  indicator: ResolvedIndicator | null;
}

export interface HeaderRow {
  row: RawRow;
  /** Index of `row` in the sheet's rows: data starts after it. */
  rowIndex: number;
  columns: HeaderColumn[];
  layout: 'long' | 'wide';
}
