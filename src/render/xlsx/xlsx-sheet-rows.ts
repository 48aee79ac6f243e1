import { wrappedRowHeight } from '../workbook/sheet-layout.js';
import {
  cellValue,
  hasHeader,
  NUMBER_FORMATS,
  rowCount,
  type SheetCell,
  type SheetColumn,
  type SheetSpec,
  type StyledCell,
  type RowWriter,
} from '../workbook/workbook-sheet.js';
import type { CellLook, StyleTable } from './xlsx-style-table.js';
import type { SharedStrings } from './xlsx-shared-strings.js';
import { CELL_BLANK, CELL_NUMBER, CELL_STRING, RowBytes } from './xlsx-row-bytes.js';
import type { WorkbookTables } from './xlsx-workbook-tables.js';
import type { XmlBytes } from './xml-bytes.js';

/**
 * Takes a sheet's cells as its rows are written (writeRows) and puts each straight into the
 * sheet's XML: what is the same for a whole column — the style of a plain number or text — is
 * decided once, and the column's last text keeps its shared-string index (an entity's label
 * fills the column for all its group or gap rows; a band name often repeats down the column).
 * This runs for every cell of the workbook: a million for the communes.
 *
 * A sheet whose rows are measured for height (wrapped text, forms) holds each row's cells until
 * the row ends, since the height goes in the row's opening tag; every other row is written as
 * its cells come.
 */
export class SheetRows implements RowWriter {
  /** The next cell's column in the row; rows so far. */
  private column = 0;
  private r = 0;
  private readonly rowLimit: number;
  private readonly bytes: RowBytes;
  private readonly numberStyle: Int32Array;
  private readonly stringStyle: Int32Array;
  private readonly lastText: (string | null)[];
  private readonly lastId: Int32Array;
  /**
   * The row's cells as written (the first `heldCount`), when its height is measured from them;
   * else null. Reused row after row, never shortened: a shortened array gives up its storage.
   */
  private readonly held: SheetCell[] | null;
  private heldCount = 0;
  private readonly rowHeight: RowHeight;
  private readonly looks: StyleTable;
  private readonly strings: SharedStrings;

  constructor(
    private readonly spec: SheetSpec,
    widths: readonly number[],
    tables: WorkbookTables,
    xml: XmlBytes,
  ) {
    this.looks = tables.styles;
    this.strings = tables.strings;
    const looks = this.looks;
    this.rowLimit = rowCount(spec);
    const count = spec.columns.length;
    this.numberStyle = new Int32Array(count);
    this.stringStyle = new Int32Array(count);
    // Every column's number look first, then the text looks: style ids go in first-use order.
    spec.columns.forEach((column, i) => {
      this.numberStyle[i] = looks.cell(columnLook(column, 'number'));
    });
    spec.columns.forEach((column, i) => {
      this.stringStyle[i] = looks.cell(columnLook(column, 'string'));
    });
    this.lastText = new Array<string | null>(count).fill(null);
    this.lastId = new Int32Array(count);
    let styles = 1;
    for (let i = 0; i < count; i++) {
      styles = Math.max(styles, this.numberStyle[i]! + 1, this.stringStyle[i]! + 1);
    }
    this.bytes = new RowBytes(xml, hasHeader(spec) ? 2 : 1, count, styles, tables.numbers);
    const measured = rowHeights(spec, widths);
    this.held = measured === null ? null : [];
    this.rowHeight = measured ?? (() => 0);
  }

  number(value: number | null): void {
    if (this.held !== null) this.held[this.heldCount++] = value;
    else this.putNumber(value);
  }

  text(value: string | null): void {
    if (this.held !== null) this.held[this.heldCount++] = value;
    else this.putText(value);
  }

  cell(cell: SheetCell): void {
    if (this.held !== null) this.held[this.heldCount++] = cell;
    else this.putCell(cell);
  }

  end(): boolean {
    const held = this.held;
    // A stream that gives more rows than it announced: the rest are left out.
    if (this.r >= this.rowLimit) {
      this.heldCount = 0;
      return false;
    }
    if (held !== null) {
      const count = this.heldCount;
      this.bytes.openRow(this.r, this.rowHeight(held, count, this.r));
      for (let i = 0; i < count; i++) this.putCell(held[i]!);
      this.heldCount = 0;
    } else if (!this.bytes.open) {
      this.bytes.openRow(this.r, 0);
    }
    this.bytes.closeRow();
    this.r++;
    this.column = 0;
    return this.r < this.rowLimit;
  }

  private putNumber(value: number | null): void {
    const column = this.column++;
    if (value === null || !Number.isFinite(value) || this.r >= this.rowLimit) return;
    const style = column < this.numberStyle.length ? this.numberStyle[column]! : 0;
    this.put(column, style, CELL_NUMBER, value);
  }

  private putText(value: string | null): void {
    const column = this.column++;
    if (value === null || value === '' || this.r >= this.rowLimit) return;
    let id: number;
    let style = 0;
    if (column < this.stringStyle.length) {
      if (this.lastText[column] === value) {
        id = this.strings.again(this.lastId[column]!);
      } else {
        id = this.strings.index(value);
        this.lastText[column] = value;
        this.lastId[column] = id;
      }
      style = this.stringStyle[column]!;
    } else {
      id = this.strings.index(value);
    }
    this.put(column, style, CELL_STRING, id);
  }

  private putCell(cell: SheetCell): void {
    if (cell === null || typeof cell !== 'object') {
      if (typeof cell === 'string') this.putText(cell);
      else this.putNumber(cell ?? null);
      return;
    }
    const column = this.column++;
    if (this.r >= this.rowLimit) return;
    const look = this.spec.columns[column];
    const value = cell.value;
    if (typeof value === 'number' && Number.isFinite(value)) {
      this.put(column, this.looks.cell(styledLook(cell, look, 'number')), CELL_NUMBER, value);
    } else if (typeof value === 'string' && value !== '') {
      const id = this.strings.index(value);
      this.put(column, this.looks.cell(styledLook(cell, look, 'string')), CELL_STRING, id);
    } else {
      // An empty cell with a look of its own (an input cell of a form) is still written.
      const style = this.looks.cell(styledLook(cell, look, 'string'));
      if (style !== 0) this.put(column, style, CELL_BLANK, 0);
    }
  }

  private put(column: number, style: number, kind: number, value: number): void {
    if (!this.bytes.open) this.bytes.openRow(this.r, 0);
    this.bytes.cell(column, style, kind, value);
  }
}

/** A data row's height in points (0: the default) from its first `count` cells. */
type RowHeight = (cells: readonly SheetCell[], count: number, r: number) => number;

/**
 * How a sheet's row heights are told, or null when every row keeps the default height (no
 * wrapped column, no merged block, not a form).
 */
function rowHeights(spec: SheetSpec, widths: readonly number[]): RowHeight | null {
  const form = !hasHeader(spec);
  const spans = mergedSpans(spec, widths);
  const wrapped = spec.columns.flatMap((column, i) => (column.wrap === true ? [i] : []));
  // Forms and covers are short and styled cell by cell: measured row by row.
  if (form || spans.size > 0) {
    return (cells, count, r) =>
      wrappedRowHeight(spec, cells.slice(0, count), widths, spans.get(r)) ?? 0;
  }
  if (wrapped.length === 0) return null;
  // Wrapped texts repeat (an indicator's name on every entity's row): heights per row's texts.
  const heightOf = new Map<string, number>();
  return (cells, count) => {
    const at = (i: number): SheetCell => (i < count ? (cells[i] ?? null) : null);
    let key: string;
    if (wrapped.length === 1) {
      const value = cellValue(at(wrapped[0]!));
      // Only text wraps: a row without it keeps the default height.
      if (typeof value !== 'string') return 0;
      key = value;
    } else {
      key = '';
      for (const i of wrapped) {
        const value = cellValue(at(i));
        const text = typeof value === 'string' ? value : '';
        key += `${text.length}:${text}`;
      }
    }
    let height = heightOf.get(key);
    if (height === undefined) {
      height = wrappedRowHeight(spec, cells.slice(0, count), widths) ?? 0;
      heightOf.set(key, height);
    }
    return height;
  };
}

function columnLook(column: SheetColumn, kind: 'number' | 'string'): CellLook {
  return {
    numFmt:
      kind === 'number' ? column.numFmt : column.text === true ? NUMBER_FORMATS.text : undefined,
    wrap: column.wrap,
    align: column.align,
  };
}

function styledLook(
  cell: StyledCell,
  column: SheetColumn | undefined,
  kind: 'number' | 'string',
): CellLook {
  const numFmt =
    cell.numFmt ??
    (kind === 'number' ? column?.numFmt : column?.text === true ? NUMBER_FORMATS.text : undefined);
  return {
    numFmt,
    bold: cell.bold,
    italic: cell.italic,
    size: cell.size,
    colour: cell.colour,
    fill: cell.fill,
    border: cell.border,
    wrap: cell.wrap ?? column?.wrap,
    align: cell.align ?? column?.align,
    locked: cell.locked,
  };
}

/** Per data row, per column: the width of a merged block that starts there. */
function mergedSpans(spec: SheetSpec, widths: readonly number[]): Map<number, Map<number, number>> {
  const spans = new Map<number, Map<number, number>>();
  for (const block of spec.merges ?? []) {
    let width = 0;
    for (let c = block.column; c < block.column + (block.columns ?? 1); c++)
      width += widths[c] ?? 0;
    let row = spans.get(block.row);
    if (row === undefined) spans.set(block.row, (row = new Map()));
    row.set(block.column, width);
  }
  return spans;
}
