/**
 * A sheet described as plain data: the report's and the template's builders produce these and
 * one writer (render/xlsx) turns them into SpreadsheetML, so every cell passes through one place
 * that sanitises text. Everything added after the first version is optional, so a builder that
 * states only a table still gets a finished sheet.
 */

/** Cell content: only plain scalars — nothing here can become a formula or a hyperlink. */
export type CellScalar = string | number | null;

export interface StyledCell {
  value: CellScalar;
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; the default is 11, and nothing prints legibly below 10. */
  size?: number;
  /** Font colour, ARGB ("FF1F4E79"). */
  colour?: string;
  /** Solid background, ARGB. */
  fill?: string;
  /** A thin box around the cell, or a rule under it. */
  border?: 'box' | 'bottom';
  wrap?: boolean;
  align?: CellAlign;
  /** false: an input cell that stays editable when the sheet is protected. */
  locked?: boolean;
}

export type CellAlign = 'left' | 'center' | 'right';

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
  /** A fixed width (characters) instead of one measured from the content. */
  width?: number;
  /**
   * Horizontal alignment of the column's cells. Centred short numbers (rank) next to a code
   * column keep "1" and "19" from reading as "119".
   */
  align?: CellAlign;
}

/**
 * A block of cells: `row` is a 0-based index into the sheet's `rows` (the header row, when there
 * is one, is not counted), `column` a 0-based index into its columns. `sheet` names another
 * sheet of the same workbook (by its SheetSpec name); without it, the sheet that holds the block.
 */
export interface CellBlock {
  sheet?: string;
  row: number;
  column: number;
  /** Rows and columns covered; 1 when absent. */
  rows?: number;
  columns?: number;
}

/**
 * A native chart (DrawingML) whose series point at cells of the workbook, so it stays live when
 * someone edits the numbers. One category block and one value block per series, of equal length.
 */
export interface ChartSpec {
  /** bar: horizontal bars, categories top to bottom; column: vertical bars; radar: a web. */
  kind: 'bar' | 'column' | 'radar';
  title: string;
  categories: CellBlock;
  /** `hidden`: drawn without fill or line and left out of the legend (the base of a stacked bar). */
  series: { name: string; values: CellBlock; colour?: string; hidden?: boolean }[];
  /**
   * Bars stacked end to end instead of side by side: with a hidden first series, the second
   * floats from the first's value (a range: rank intervals).
   */
  stacked?: boolean;
  /** Number format of the value axis ("0%" for indexes, "0.0" for points). */
  valueFormat?: string;
  /** Value axis bounds; absent: chosen by the spreadsheet. */
  min?: number;
  max?: number;
  /** Where the chart sits in this sheet: its top-left cell and its size in cells. */
  anchor: { row: number; column: number; rows: number; columns: number };
}

/**
 * Excel data validation on a block of this sheet: a list (inline, or cells of another sheet for
 * long lists) or a number check.
 */
export interface ValidationSpec {
  cells: CellBlock;
  rule:
    | { kind: 'list'; values: readonly string[] }
    | { kind: 'list'; source: CellBlock }
    | {
        kind: 'whole' | 'decimal';
        operator: 'between' | 'greaterThan' | 'greaterThanOrEqual' | 'lessThanOrEqual';
        /** One bound, or two for between. */
        bounds: readonly number[];
      };
  prompt: { title: string; text: string };
  error: { title: string; text: string };
}

/** Conditional formats, by 0-based column index within the sheet's columns. */
export type SheetRule =
  | { kind: 'dataBar'; column: number }
  | {
      kind: 'colorScale';
      fromColumn: number;
      toColumn: number;
      /** Values of the low, middle and high colours; absent: 0, 0.5, 1 (achievements). */
      scale?: readonly [number, number, number];
    }
  | { kind: 'bands'; column: number; fills: { text: string; colour: string }[] }
  | { kind: 'severity'; column: number; fills: { text: string; colour: string }[] };

/**
 * Where a streamed sheet puts its rows: each row's cells from the left — a number, a text or any
 * cell (a styled one); null for an empty cell — then `end()`. The writer of the workbook turns
 * the cells straight into XML, so a row of a big batch is never an array of cells.
 */
export interface RowWriter {
  number(value: number | null): void;
  text(value: string | null): void;
  cell(value: SheetCell): void;
  /** Closes the row; false when the reader wants no more rows (the producer stops). */
  end(): boolean;
}

/**
 * The steps of writing a sheet's rows: a generator that pauses (yields) after a row or an
 * entity's rows, so the workbook writer can wait for zlib to catch up without holding the XML of
 * a whole sheet, and without the rows having to know how to start again half-way.
 */
export type RowSteps = Generator<void, void, undefined>;

/**
 * Rows produced on demand, for sheets of a big batch (129,000 gap rows for the communes): each
 * row lives only while it is written, instead of all of them for the whole export.
 */
export interface RowStream {
  count: number;
  /** Writes the rows in order, pausing now and then, until none are left or `end()` says stop. */
  write(to: RowWriter): RowSteps;
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
  /**
   * false: no header row — the rows start at row 1 and nothing is frozen (a cover page or a
   * form). The columns still give widths and formats; their headers are not written.
   */
  header?: boolean;
  charts?: ChartSpec[];
  validations?: ValidationSpec[];
  /** Cells merged across columns (a long line over a two-column form). */
  merges?: CellBlock[];
  /** Sheet protection without a password; cells marked `locked: false` stay editable. */
  protect?: boolean;
  /** A helper sheet (the template's lists) that is there but not shown. */
  hidden?: boolean;
  /** Rows (0-based, as in `rows`) that start a new printed page. */
  pageBreaks?: number[];
  /** Printed orientation; absent: portrait when the columns fit a portrait page. */
  orientation?: 'portrait' | 'landscape';
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

/** Writes a sheet's rows, listed or streamed, to `to`, pausing after each listed row. */
export function* writeRows(spec: SheetSpec, to: RowWriter): RowSteps {
  const rows = spec.rows;
  if (!Array.isArray(rows)) {
    yield* (rows as RowStream).write(to);
    return;
  }
  for (const cells of rows as readonly SheetCell[][]) {
    for (let i = 0; i < cells.length; i++) to.cell(cells[i] ?? null);
    if (!to.end()) return;
    yield;
  }
}

/**
 * Visits a sheet's rows in order as arrays of cells, whether listed or streamed (a new array for
 * each streamed row); `false` from the visitor stops. For reading a few rows (column widths)
 * and for tests; the workbook writer takes the cells through writeRows.
 */
export function eachRow(
  spec: SheetSpec,
  visit: (cells: readonly SheetCell[]) => boolean | void,
): void {
  const rows = spec.rows;
  if (Array.isArray(rows)) {
    for (const cells of rows as readonly SheetCell[][]) if (visit(cells) === false) return;
    return;
  }
  let row: SheetCell[] = [];
  const put = (value: SheetCell): void => void row.push(value);
  const steps = (rows as RowStream).write({
    number: put,
    text: put,
    cell: put,
    end() {
      const cells = row;
      row = [];
      return visit(cells) !== false;
    },
  });
  while (steps.next().done !== true);
}

/** Whether the sheet has a header row (row 1) above its rows. */
export function hasHeader(spec: SheetSpec): boolean {
  return spec.header !== false;
}

export function cellValue(cell: SheetCell): CellScalar {
  return cell !== null && typeof cell === 'object' ? cell.value : cell;
}
