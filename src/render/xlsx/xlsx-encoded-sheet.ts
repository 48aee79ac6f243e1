import { columnLetter } from '../../core/table/cell-address.js';
import { columnWidths, headerRowHeight, wrappedRowHeight } from '../workbook/sheet-layout.js';
import {
  cellValue,
  hasHeader,
  NUMBER_FORMATS,
  rowCount,
  type CellBlock,
  type SheetCell,
  type SheetColumn,
  type SheetRule,
  type SheetSpec,
  type StyledCell,
  type ValidationSpec,
  type RowWriter,
  writeRows,
} from '../workbook/workbook-sheet.js';
import { workbookText } from '../workbook/workbook-text.js';
import { SIDE_MARGIN, xlsxPrintSetup, type PrintSetup } from './xlsx-print-setup.js';
import type { CellLook, StyleTable } from './xlsx-style-table.js';
import type { SharedStrings } from './xlsx-shared-strings.js';
import { CELL_BLANK, CELL_NUMBER, CELL_STRING } from './xlsx-sheet-bytes.js';
import { escapeXml, inlineText, NS_MAIN, NS_REL, XML_DECL } from './xlsx-xml-text.js';

const DATA_BAR_COLOUR = 'FF5B9BD5';
const SCALE_COLOURS = ['FFF8696B', 'FFFFEB84', 'FF63BE7B'] as const;

/**
 * A worksheet with every decision made — styles chosen, texts entered in the shared-string
 * table, markup around the rows written — and its cells in flat typed arrays (a few bytes a
 * cell instead of an object each). Turning it into bytes (xlsx-sheet-bytes) needs nothing else.
 */
export interface EncodedSheet {
  /** The XML up to and including the header row (when there is one). */
  head: string;
  /** The XML from </sheetData> to the end. */
  tail: string;
  /** The sheet row (1-based) of the first data row: 2 below a header, else 1. */
  firstRow: number;
  rowCount: number;
  /** The cells of data row r (0-based) are [rowEnds[r − 1] or 0, rowEnds[r]). */
  rowEnds: Int32Array;
  /** Per cell: 0-based column. */
  columns: Int32Array;
  /** Per cell: the cellXfs index (0 for none). */
  styles: Int32Array;
  /** Per cell: CELL_NUMBER, CELL_STRING or CELL_BLANK (style only). */
  kinds: Uint8Array;
  /** Per cell: the number, or the shared-string index of the text. */
  values: Float64Array;
  /** Per data row: its height in points for wrapped text, 0 for the default; null if none. */
  heights: Float64Array | null;
  print: PrintSetup;
}

/** What the workbook around a sheet decides for it. */
export interface SheetSurroundings {
  selected: boolean;
  /** The page header's title and the word before "&P/&N" ("Trang"); null: no header/footer. */
  page: { title: string; pageWord: string } | null;
  /** The sheet has a drawing (charts): its relationship id in the sheet's rels. */
  drawing: string | null;
  /** A block as an absolute A1 reference, with its sheet name when it names another sheet. */
  reference: (block: CellBlock) => string;
}

/** The value stored at a data row and column: a number, a shared-string index, or null. */
export function encodedCell(
  sheet: EncodedSheet,
  row: number,
  column: number,
): { kind: number; value: number } | null {
  if (row < 0 || row >= sheet.rowCount) return null;
  const end = sheet.rowEnds[row]!;
  for (let i = row === 0 ? 0 : sheet.rowEnds[row - 1]!; i < end; i++) {
    if (sheet.columns[i] === column) {
      const kind = sheet.kinds[i]!;
      return kind === CELL_BLANK ? null : { kind, value: sheet.values[i]! };
    }
  }
  return null;
}

/** Encodes one sheet; texts go into `strings`, looks into `styles`. */
export function encodeSheet(
  spec: SheetSpec,
  styles: StyleTable,
  strings: SharedStrings,
  around: SheetSurroundings,
): EncodedSheet {
  const rows = rowCount(spec);
  const widths = columnWidths(spec);
  const form = !hasHeader(spec);
  const spans = mergedSpans(spec, widths);
  const heights =
    form || spans.size > 0 || spec.columns.some((column) => column.wrap === true)
      ? new Float64Array(rows)
      : null;
  // Wrapped texts repeat (an indicator's name on every entity's row): heights per row's texts.
  const heightOf = new Map<string, number>();
  const wrapped = spec.columns.flatMap((column, i) => (column.wrap === true ? [i] : []));
  const rowHeight = (cells: readonly SheetCell[], r: number): number => {
    // Forms and covers are short and styled cell by cell: measured row by row.
    if (form || spans.size > 0) return wrappedRowHeight(spec, cells, widths, spans.get(r)) ?? 0;
    let key: string;
    if (wrapped.length === 1) {
      const value = cellValue(cells[wrapped[0]!] ?? null);
      // Only text wraps: a row without it keeps the default height.
      if (typeof value !== 'string') return 0;
      key = value;
    } else {
      key = '';
      for (const i of wrapped) {
        const value = cellValue(cells[i] ?? null);
        const text = typeof value === 'string' ? value : '';
        key += `${text.length}:${text}`;
      }
    }
    let height = heightOf.get(key);
    if (height === undefined) {
      height = wrappedRowHeight(spec, cells, widths) ?? 0;
      heightOf.set(key, height);
    }
    return height;
  };
  const encoder = new SheetEncoder(spec, rows, styles, strings, heights, rowHeight);
  writeRows(spec, encoder);
  const { rowEnds } = encoder;
  // A stream that gave fewer rows than it announced leaves the rest empty.
  for (let r = encoder.r; r < rows; r++) rowEnds[r] = encoder.n;

  const print = xlsxPrintSetup(widths, spec.frozenColumns ?? 0, spec.orientation);
  return {
    head: sheetHead(spec, around.selected, widths),
    tail: sheetTail(spec, styles, around, print),
    firstRow: form ? 1 : 2,
    rowCount: rows,
    rowEnds,
    columns: encoder.columns,
    styles: encoder.styles,
    kinds: encoder.kinds,
    values: encoder.values,
    heights,
    print,
  };
}

/**
 * Takes a sheet's cells as they are written (writeRows) straight into flat typed arrays: what is
 * the same for a whole column — the style of a plain number or text — is decided once, and the
 * column's last text keeps its shared-string index (an entity's label fills the column for all
 * its group or gap rows; a band name often repeats down the column). This runs for every cell of
 * the workbook: a million for the communes.
 */
class SheetEncoder implements RowWriter {
  /** Cells so far; the next cell's column in the row; rows so far. */
  n = 0;
  private column = 0;
  r = 0;
  private capacity: number;
  columns: Int32Array;
  styles: Int32Array;
  kinds: Uint8Array;
  values: Float64Array;
  readonly rowEnds: Int32Array;
  private readonly numberStyle: Int32Array;
  private readonly stringStyle: Int32Array;
  private readonly lastText: (string | null)[];
  private readonly lastId: Int32Array;
  /** The row's cells as written, when its height is measured from them. */
  private readonly row: SheetCell[] | null;

  constructor(
    private readonly spec: SheetSpec,
    private readonly rowLimit: number,
    private readonly looks: StyleTable,
    private readonly strings: SharedStrings,
    private readonly heights: Float64Array | null,
    private readonly rowHeight: (cells: readonly SheetCell[], r: number) => number,
  ) {
    // Every builder gives a row one cell per column; a longer row grows the arrays.
    const count = spec.columns.length;
    this.capacity = Math.max(16, rowLimit * count);
    this.columns = new Int32Array(this.capacity);
    this.styles = new Int32Array(this.capacity);
    this.kinds = new Uint8Array(this.capacity);
    this.values = new Float64Array(this.capacity);
    this.rowEnds = new Int32Array(rowLimit);
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
    this.row = heights === null ? null : [];
  }

  number(value: number | null): void {
    const column = this.column++;
    if (this.row !== null) this.row[column] = value;
    if (value === null || !Number.isFinite(value) || this.r >= this.rowLimit) return;
    const n = this.next();
    this.kinds[n] = CELL_NUMBER;
    this.values[n] = value;
    this.styles[n] = column < this.numberStyle.length ? this.numberStyle[column]! : 0;
    this.columns[n] = column;
  }

  text(value: string | null): void {
    const column = this.column++;
    if (this.row !== null) this.row[column] = value;
    if (value === null || value === '' || this.r >= this.rowLimit) return;
    const n = this.next();
    this.kinds[n] = CELL_STRING;
    if (column < this.stringStyle.length) {
      if (this.lastText[column] === value) {
        this.values[n] = this.strings.again(this.lastId[column]!);
      } else {
        const id = this.strings.index(value);
        this.lastText[column] = value;
        this.lastId[column] = id;
        this.values[n] = id;
      }
      this.styles[n] = this.stringStyle[column]!;
    } else {
      this.values[n] = this.strings.index(value);
      this.styles[n] = 0;
    }
    this.columns[n] = column;
  }

  cell(cell: SheetCell): void {
    if (cell === null || typeof cell !== 'object') {
      if (typeof cell === 'string') this.text(cell);
      else this.number(cell ?? null);
      return;
    }
    const column = this.column++;
    if (this.row !== null) this.row[column] = cell;
    if (this.r >= this.rowLimit) return;
    const look = this.spec.columns[column];
    const value = cell.value;
    let kind: number;
    let stored = 0;
    let style: number;
    if (typeof value === 'number' && Number.isFinite(value)) {
      kind = CELL_NUMBER;
      stored = value;
      style = this.looks.cell(styledLook(cell, look, 'number'));
    } else if (typeof value === 'string' && value !== '') {
      kind = CELL_STRING;
      stored = this.strings.index(value);
      style = this.looks.cell(styledLook(cell, look, 'string'));
    } else {
      // An empty cell with a look of its own (an input cell of a form) is still written.
      kind = CELL_BLANK;
      style = this.looks.cell(styledLook(cell, look, 'string'));
      if (style === 0) return;
    }
    const n = this.next();
    this.kinds[n] = kind;
    this.values[n] = stored;
    this.styles[n] = style;
    this.columns[n] = column;
  }

  end(): boolean {
    // A stream that gives more rows than it announced: the rest are left out.
    if (this.r >= this.rowLimit) return false;
    if (this.heights !== null) {
      const row = this.row!;
      row.length = this.column;
      this.heights[this.r] = this.rowHeight(row, this.r);
      row.length = 0;
    }
    this.rowEnds[this.r++] = this.n;
    this.column = 0;
    return this.r < this.rowLimit;
  }

  /** The place of one more cell, growing the arrays when they are full. */
  private next(): number {
    if (this.n === this.capacity) this.grow();
    return this.n++;
  }

  private grow(): void {
    this.capacity *= 2;
    const wider = <T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.columns = wider(this.columns, new Int32Array(this.capacity));
    this.styles = wider(this.styles, new Int32Array(this.capacity));
    this.kinds = wider(this.kinds, new Uint8Array(this.capacity));
    this.values = wider(this.values, new Float64Array(this.capacity));
  }
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

/** A block of this sheet in A1 notation (relative to nothing: absolute rows and columns). */
function localRange(spec: SheetSpec, block: CellBlock): string {
  const first = block.row + (hasHeader(spec) ? 2 : 1);
  const from = `${columnLetter(block.column + 1)}${first}`;
  const to = `${columnLetter(block.column + (block.columns ?? 1))}${first + (block.rows ?? 1) - 1}`;
  return from === to ? from : `${from}:${to}`;
}

function sheetHead(spec: SheetSpec, selected: boolean, widths: readonly number[]): string {
  const columnCount = spec.columns.length;
  const header = hasHeader(spec);
  const lastRow = rowCount(spec) + (header ? 1 : 0);
  const lastLetter = columnLetter(Math.max(1, columnCount));
  const frozen = spec.frozenColumns ?? 0;
  let head = XML_DECL;
  head += `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  head += `<dimension ref="A1:${lastLetter}${Math.max(1, lastRow)}"/>`;
  head += `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''}${header ? '' : ' showGridLines="0"'} workbookViewId="0">`;
  if (header && frozen > 0) {
    const topLeft = `${columnLetter(frozen + 1)}2`;
    head += `<pane xSplit="${frozen}" ySplit="1" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/>`;
    head += `<selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  } else if (header) {
    head += '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>';
    head += '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  }
  head += '</sheetView></sheetViews>';
  head += '<sheetFormatPr defaultRowHeight="15"/>';
  if (columnCount > 0) {
    head += '<cols>';
    for (let i = 0; i < columnCount; i++) {
      head += `<col min="${i + 1}" max="${i + 1}" width="${widths[i]}" customWidth="1"/>`;
    }
    head += '</cols>';
  }
  head += '<sheetData>';
  if (header) {
    const height = headerRowHeight(spec, widths);
    head += height === null ? '<row r="1">' : `<row r="1" ht="${height}" customHeight="1">`;
    for (let i = 0; i < columnCount; i++) {
      head += `<c r="${columnLetter(i + 1)}1" s="1" t="inlineStr">${inlineText(spec.columns[i]!.header)}</c>`;
    }
    head += '</row>';
  }
  return head;
}

function sheetTail(
  spec: SheetSpec,
  styles: StyleTable,
  around: SheetSurroundings,
  print: PrintSetup,
): string {
  const columnCount = spec.columns.length;
  const header = hasHeader(spec);
  const lastRow = rowCount(spec) + 1;
  const lastLetter = columnLetter(Math.max(1, columnCount));
  let tail = '</sheetData>';
  if (spec.protect === true) {
    // No password; people may still widen columns, filter and select any cell.
    tail +=
      '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>';
  }
  if (header && spec.autoFilter !== false && columnCount > 0) {
    tail += `<autoFilter ref="A1:${lastLetter}${lastRow}"/>`;
  }
  const merges = spec.merges ?? [];
  if (merges.length > 0) {
    tail += `<mergeCells count="${merges.length}">`;
    for (const block of merges) tail += `<mergeCell ref="${localRange(spec, block)}"/>`;
    tail += '</mergeCells>';
  }
  if (header && lastRow > 1) {
    let priority = 0;
    for (const rule of spec.rules) {
      tail += ruleXml(rule, lastRow, styles, () => ++priority);
    }
  }
  const validations = spec.validations ?? [];
  if (validations.length > 0) {
    tail += `<dataValidations count="${validations.length}">`;
    for (const validation of validations) tail += validationXml(spec, validation, around);
    tail += '</dataValidations>';
  }
  // Gridlines help read a printed table; a cover or a form has its own borders.
  if (header) tail += '<printOptions gridLines="1"/>';
  tail += `<pageMargins left="${SIDE_MARGIN}" right="${SIDE_MARGIN}" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  tail += `<pageSetup paperSize="9" scale="${print.scale}" orientation="${print.orientation}"/>`;
  if (around.page !== null) tail += headerFooter(around.page.title, around.page.pageWord);
  const breaks = spec.pageBreaks ?? [];
  if (breaks.length > 0) {
    // A break's id is the last sheet row (1-based) of the page before it.
    tail += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`;
    for (const row of breaks) tail += `<brk id="${row + (header ? 1 : 0)}" max="16383" man="1"/>`;
    tail += '</rowBreaks>';
  }
  if (around.drawing !== null) tail += `<drawing r:id="${around.drawing}"/>`;
  tail += '</worksheet>';
  return tail;
}

/**
 * Page header (title left, sheet name right) and footer ("Trang 3/7"), 10 pt and not scaled with
 * the sheet, so they stay legible on a sheet printed at 60 %.
 */
function headerFooter(title: string, pageWord: string): string {
  const codes = (text: string): string => text.replace(/&/g, '&&');
  // Excel refuses header texts over 255 characters.
  const shortTitle = codes(title.length > 150 ? `${title.slice(0, 149)}…` : title);
  const header = `&L&10${shortTitle}&R&10&A`;
  const footer = `&C&10${codes(pageWord)} &P/&N`;
  return (
    '<headerFooter scaleWithDoc="0">' +
    `<oddHeader>${escapeXml(header)}</oddHeader><oddFooter>${escapeXml(footer)}</oddFooter>` +
    '</headerFooter>'
  );
}

function validationXml(
  spec: SheetSpec,
  validation: ValidationSpec,
  around: SheetSurroundings,
): string {
  const { rule, prompt, error } = validation;
  const formula = (n: number, text: string): string =>
    `<formula${n}>${escapeXml(text)}</formula${n}>`;
  let attrs = `type="${rule.kind}"`;
  let formulas: string;
  if (rule.kind === 'list') {
    formulas =
      'values' in rule
        ? formula(1, `"${rule.values.map((value) => value.replace(/"/g, '""')).join(',')}"`)
        : formula(1, around.reference(rule.source));
  } else {
    if (rule.operator !== 'between') attrs += ` operator="${rule.operator}"`;
    formulas = rule.bounds
      .slice(0, 2)
      .map((bound, i) => formula(i + 1, String(bound)))
      .join('');
  }
  attrs +=
    ' allowBlank="1" showInputMessage="1" showErrorMessage="1"' +
    ` errorTitle="${escapeXml(error.title)}" error="${escapeXml(error.text)}"` +
    ` promptTitle="${escapeXml(prompt.title)}" prompt="${escapeXml(prompt.text)}"` +
    ` sqref="${localRange(spec, validation.cells)}"`;
  return `<dataValidation ${attrs}>${formulas}</dataValidation>`;
}

/** The conditional formats of a table sheet, in SpreadsheetML. */
function ruleXml(rule: SheetRule, lastRow: number, styles: StyleTable, next: () => number): string {
  const range = (from: number, to: number): string =>
    `${columnLetter(from + 1)}2:${columnLetter(to + 1)}${lastRow}`;
  switch (rule.kind) {
    case 'dataBar':
      return (
        `<conditionalFormatting sqref="${range(rule.column, rule.column)}">` +
        `<cfRule type="dataBar" priority="${next()}"><dataBar>` +
        '<cfvo type="num" val="0"/><cfvo type="num" val="1"/>' +
        `<color rgb="${DATA_BAR_COLOUR}"/></dataBar></cfRule></conditionalFormatting>`
      );
    case 'colorScale':
      return (
        `<conditionalFormatting sqref="${range(rule.fromColumn, rule.toColumn)}">` +
        `<cfRule type="colorScale" priority="${next()}"><colorScale>` +
        (rule.scale ?? [0, 0.5, 1]).map((val) => `<cfvo type="num" val="${val}"/>`).join('') +
        SCALE_COLOURS.map((colour) => `<color rgb="${colour}"/>`).join('') +
        '</colorScale></cfRule></conditionalFormatting>'
      );
    case 'bands':
    case 'severity': {
      const letter = columnLetter(rule.column + 1);
      let xml = `<conditionalFormatting sqref="${range(rule.column, rule.column)}">`;
      for (const fill of rule.fills) {
        const formula = `$${letter}2="${workbookText(fill.text).replace(/"/g, '""')}"`;
        xml +=
          `<cfRule type="expression" dxfId="${styles.fill(fill.colour)}" priority="${next()}">` +
          `<formula>${escapeXml(formula)}</formula></cfRule>`;
      }
      return `${xml}</conditionalFormatting>`;
    }
  }
}
