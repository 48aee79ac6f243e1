import { columnLetter } from '../../core/table/cell-address.js';
import { columnWidth, wrappedRowHeight } from '../workbook/sheet-layout.js';
import {
  cellValue,
  eachRow,
  NUMBER_FORMATS,
  rowCount,
  type SheetCell,
  type SheetRule,
  type SheetSpec,
} from '../workbook/workbook-sheet.js';
import { workbookText } from '../workbook/workbook-text.js';
import type { StyleTable } from './xlsx-style-table.js';
import type { SharedStrings } from './xlsx-shared-strings.js';
import { CELL_NUMBER, CELL_STRING } from './xlsx-sheet-bytes.js';
import { escapeXml, inlineText, NS_MAIN, NS_REL, XML_DECL } from './xlsx-xml-text.js';

const DATA_BAR_COLOUR = 'FF5B9BD5';
const SCALE_COLOURS = ['FFF8696B', 'FFFFEB84', 'FF63BE7B'] as const;

/**
 * A worksheet with every decision made — styles chosen, texts entered in the shared-string
 * table, markup around the rows written — and its cells in flat typed arrays. Turning it into
 * bytes (xlsx-sheet-bytes) needs nothing else, so it can happen on another thread: the arrays
 * cross to a worker as one copy each instead of millions of cloned objects.
 */
export interface EncodedSheet {
  /** The XML up to and including the header row. */
  head: string;
  /** The XML from </sheetData> to the end. */
  tail: string;
  rowCount: number;
  /** The cells of data row r (0-based) are [rowEnds[r − 1] or 0, rowEnds[r]). */
  rowEnds: Int32Array;
  /** Per cell: 0-based column. */
  columns: Int32Array;
  /** Per cell: the cellXfs index (0 for none). */
  styles: Int32Array;
  /** Per cell: CELL_NUMBER or CELL_STRING. */
  kinds: Uint8Array;
  /** Per cell: the number, or the shared-string index of the text. */
  values: Float64Array;
  /** Per data row: its height in points for wrapped text, 0 for the default; null if none. */
  heights: Float64Array | null;
}

/** Cells stored by an encoded sheet (its size, for choosing which sheet goes to a worker). */
export function encodedCells(sheet: EncodedSheet): number {
  return sheet.rowCount === 0 ? 0 : sheet.rowEnds[sheet.rowCount - 1]!;
}

/** Encodes one report sheet; texts go into `strings`, looks into `styles`. */
export function encodeSheet(
  spec: SheetSpec,
  styles: StyleTable,
  strings: SharedStrings,
  selected: boolean,
): EncodedSheet {
  const rows = rowCount(spec);
  const rowEnds = new Int32Array(rows);
  const widths = spec.columns.map((_, i) => columnWidth(spec, i));
  const heights = spec.columns.some((column) => column.wrap === true)
    ? new Float64Array(rows)
    : null;
  // Wrapped texts repeat (an indicator's name on every entity's row): heights per row's texts.
  const heightOf = new Map<string, number>();
  const wrapped = spec.columns.flatMap((column, i) => (column.wrap === true ? [i] : []));
  const rowHeight = (cells: readonly SheetCell[]): number => {
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
  // Every builder gives a row one cell per column; a longer row grows the arrays.
  let capacity = Math.max(16, rows * spec.columns.length);
  let columns = new Int32Array(capacity);
  let cellStyles = new Int32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let values = new Float64Array(capacity);
  const grow = (): void => {
    capacity *= 2;
    const wider = <T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    columns = wider(columns, new Int32Array(capacity));
    cellStyles = wider(cellStyles, new Int32Array(capacity));
    kinds = wider(kinds, new Uint8Array(capacity));
    values = wider(values, new Float64Array(capacity));
  };

  // Per column: the look of a plain number and of a plain string.
  const numberStyle = spec.columns.map((column) =>
    styles.cell(column.numFmt, false, column.wrap === true),
  );
  const stringStyle = spec.columns.map((column) =>
    styles.cell(
      column.text === true ? NUMBER_FORMATS.text : undefined,
      false,
      column.wrap === true,
    ),
  );

  let n = 0;
  let r = 0;
  eachRow(spec, (cells) => {
    if (r >= rows) return false;
    if (n + cells.length > capacity) grow();
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === null || cell === undefined) continue;
      if (typeof cell === 'number') {
        if (!Number.isFinite(cell)) continue;
        kinds[n] = CELL_NUMBER;
        values[n] = cell;
        cellStyles[n] = numberStyle[i] ?? 0;
      } else if (typeof cell === 'string') {
        if (cell === '') continue;
        kinds[n] = CELL_STRING;
        values[n] = strings.index(cell);
        cellStyles[n] = stringStyle[i] ?? 0;
      } else {
        const value = cell.value;
        const column = spec.columns[i];
        const wrap = column?.wrap === true;
        const bold = cell.bold === true;
        if (typeof value === 'number') {
          if (!Number.isFinite(value)) continue;
          kinds[n] = CELL_NUMBER;
          values[n] = value;
          cellStyles[n] = styles.cell(cell.numFmt ?? column?.numFmt, bold, wrap);
        } else if (typeof value === 'string' && value !== '') {
          const format = cell.numFmt ?? (column?.text === true ? NUMBER_FORMATS.text : undefined);
          kinds[n] = CELL_STRING;
          values[n] = strings.index(value);
          cellStyles[n] = styles.cell(format, bold, wrap);
        } else {
          continue;
        }
      }
      columns[n] = i;
      n++;
    }
    if (heights !== null) heights[r] = rowHeight(cells);
    rowEnds[r++] = n;
    return true;
  });
  // A stream that gave fewer rows than it announced leaves the rest empty.
  for (; r < rows; r++) rowEnds[r] = n;

  return {
    head: sheetHead(spec, selected, widths),
    tail: sheetTail(spec, styles),
    rowCount: rows,
    rowEnds,
    columns,
    styles: cellStyles,
    kinds,
    values,
    heights,
  };
}

function sheetHead(spec: SheetSpec, selected: boolean, widths: readonly number[]): string {
  const columnCount = spec.columns.length;
  const lastRow = rowCount(spec) + 1;
  const lastLetter = columnLetter(Math.max(1, columnCount));
  const frozen = spec.frozenColumns ?? 0;
  let head = XML_DECL;
  head += `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  head += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  head += `<dimension ref="A1:${lastLetter}${lastRow}"/>`;
  head += `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">`;
  if (frozen > 0) {
    const topLeft = `${columnLetter(frozen + 1)}2`;
    head += `<pane xSplit="${frozen}" ySplit="1" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/>`;
    head += `<selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  } else {
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
  head += '<row r="1">';
  for (let i = 0; i < columnCount; i++) {
    head += `<c r="${columnLetter(i + 1)}1" s="1" t="inlineStr">${inlineText(spec.columns[i]!.header)}</c>`;
  }
  head += '</row>';
  return head;
}

function sheetTail(spec: SheetSpec, styles: StyleTable): string {
  const columnCount = spec.columns.length;
  const lastRow = rowCount(spec) + 1;
  const lastLetter = columnLetter(Math.max(1, columnCount));
  let tail = '</sheetData>';
  if (spec.autoFilter !== false && columnCount > 0) {
    tail += `<autoFilter ref="A1:${lastLetter}${lastRow}"/>`;
  }
  if (lastRow > 1) {
    let priority = 0;
    for (const rule of spec.rules) {
      tail += ruleXml(rule, lastRow, styles, () => ++priority);
    }
  }
  tail +=
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  tail += '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  tail += '</worksheet>';
  return tail;
}

/** The same conditional formats as workbook-write's addRule, in SpreadsheetML. */
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
        '<cfvo type="num" val="0"/><cfvo type="num" val="0.5"/><cfvo type="num" val="1"/>' +
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
