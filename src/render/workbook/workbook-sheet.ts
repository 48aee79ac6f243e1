/**
 * A sheet described as plain data: the report's builders produce these and one writer turns them
 * into ExcelJS calls, so the same description can go to the in-memory or the streaming writer,
 * and every cell passes through one place that sanitises text.
 */

/** Cell content: only plain scalars — nothing here can become a formula or a hyperlink. */
export type CellScalar = string | number | null;

interface StyledCell {
  value: CellScalar;
  numFmt?: string;
  bold?: boolean;
}

export type SheetCell = CellScalar | StyledCell;

export interface SheetColumn {
  header: string;
  /** Number format for numeric cells of the column. */
  numFmt?: string;
  /** Text format ("@"): codes such as "01" that must never look like numbers. */
  text?: boolean;
  /** Long prose: wrapped, and the width capped lower. */
  wrap?: boolean;
  maxWidth?: number;
}

/** Conditional formats, by 0-based column index within the sheet's columns. */
export type SheetRule =
  | { kind: 'dataBar'; column: number }
  | { kind: 'colorScale'; fromColumn: number; toColumn: number }
  | { kind: 'bands'; column: number; fills: { text: string; colour: string }[] }
  | { kind: 'severity'; column: number; fills: { text: string; colour: string }[] };

/**
 * Rows produced on demand, for sheets of a big batch (129,000 gap rows for the communes): each
 * row lives only while it is written, instead of all of them for the whole export.
 */
export interface RowStream {
  count: number;
  /** Visits the rows in order; a visitor returning false stops the walk. */
  each(visit: (cells: readonly SheetCell[]) => boolean | void): void;
}

export interface SheetSpec {
  name: string;
  columns: SheetColumn[];
  rows: readonly SheetCell[][] | RowStream;
  rules: SheetRule[];
  /** Columns frozen at the left (besides the header row). */
  frozenColumns?: number;
  /** Key/value sheets have no table to filter. */
  autoFilter?: boolean;
}

export const NUMBER_FORMATS = {
  points: '0.00',
  percent: '0.0%',
  integer: '0',
  text: '@',
} as const;

/** Fills for the default band ids; other ids get a colour by their place among the set's bands. */
const BAND_COLOURS: Readonly<Record<string, string>> = {
  achieved: 'FFC6EFCE',
  near: 'FFDDEBF7',
  far: 'FFFFEB9C',
  critical: 'FFFFC7CE',
  missing: 'FFD9D9D9',
};

const RANKED_COLOURS = ['FFC6EFCE', 'FFDDEBF7', 'FFFFEB9C', 'FFFFC7CE'];

export function bandColour(id: string, position: number, count: number): string {
  const known = BAND_COLOURS[id];
  if (known !== undefined) return known;
  if (count <= 1) return RANKED_COLOURS[0]!;
  const slot = Math.round((position / (count - 1)) * (RANKED_COLOURS.length - 1));
  return RANKED_COLOURS[slot] ?? RANKED_COLOURS[RANKED_COLOURS.length - 1]!;
}

export function rowCount(spec: SheetSpec): number {
  return Array.isArray(spec.rows) ? spec.rows.length : (spec.rows as RowStream).count;
}

/** Visits a sheet's rows in order, whether listed or streamed; `false` from the visitor stops. */
export function eachRow(
  spec: SheetSpec,
  visit: (cells: readonly SheetCell[]) => boolean | void,
): void {
  const rows = spec.rows;
  if (Array.isArray(rows)) {
    for (const cells of rows as readonly SheetCell[][]) if (visit(cells) === false) return;
  } else {
    (rows as RowStream).each(visit);
  }
}

export function cellValue(cell: SheetCell): CellScalar {
  return cell !== null && typeof cell === 'object' ? cell.value : cell;
}
