import {
  cellValue,
  eachRow,
  NUMBER_FORMATS,
  type SheetCell,
  type SheetSpec,
} from './workbook-sheet.js';

/**
 * Column widths and row heights of a report sheet, decided from its content: neither Excel nor
 * LibreOffice sizes columns or grows wrapped rows when it opens a file.
 */
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
const WRAP_WIDTH = 60;
const LINE_HEIGHT = 15;
const MAX_LINES = 12;
const WIDTH_SAMPLE_ROWS = 500;

/** A width from the longest content of the column (a line of it, for wrapped text), capped. */
export function columnWidth(spec: SheetSpec, index: number): number {
  const column = spec.columns[index]!;
  const cap = column.maxWidth ?? (column.wrap === true ? WRAP_WIDTH : MAX_WIDTH);
  // Room for the autofilter button beside the header.
  let width = Math.min(longestLine(column.header) + 3, cap);
  // The first rows are a fair sample: widths of a 100,000-row sheet need not read every cell.
  let sampled = 0;
  eachRow(spec, (cells) => {
    const cell = cells[index];
    if (cell !== undefined) width = Math.max(width, displayLength(cell, column.numFmt) + 2);
    return width < cap && ++sampled < WIDTH_SAMPLE_ROWS;
  });
  if (width >= cap) return cap;
  return Math.max(MIN_WIDTH, Math.min(width, cap));
}

function displayLength(cell: SheetCell, columnFormat: string | undefined): number {
  const value = cellValue(cell);
  if (value === null) return 0;
  if (typeof value === 'string') return longestLine(value);
  const format =
    cell !== null && typeof cell === 'object' && cell.numFmt !== undefined
      ? cell.numFmt
      : columnFormat;
  if (format === NUMBER_FORMATS.percent) return (value * 100).toFixed(1).length + 1;
  if (format === NUMBER_FORMATS.points) return value.toFixed(2).length;
  return String(Number(value.toPrecision(10))).length;
}

/**
 * The height (points) a row with wrapped text needs, or null for the default height: neither
 * Excel nor LibreOffice grows a row for wrapped text on opening a file, so without it long
 * names are cut off.
 */
export function wrappedRowHeight(
  spec: SheetSpec,
  cells: readonly SheetCell[],
  widths: readonly number[],
): number | null {
  const lines = wrappedLines(spec, cells, widths);
  return lines > 1 ? LINE_HEIGHT * lines : null;
}

/** Lines the tallest wrapped cell of a row needs, estimated from its text and column width. */
function wrappedLines(
  spec: SheetSpec,
  cells: readonly SheetCell[],
  widths: readonly number[],
): number {
  let lines = 1;
  cells.forEach((cell, index) => {
    if (spec.columns[index]?.wrap !== true) return;
    const value = cellValue(cell);
    if (typeof value !== 'string') return;
    // A character is a little narrower than a width unit on average; keep a margin.
    const perLine = Math.max(1, Math.floor((widths[index] ?? MIN_WIDTH) * 1.25) - 1);
    let needed = 0;
    for (const line of value.split('\n')) needed += Math.max(1, Math.ceil(line.length / perLine));
    lines = Math.max(lines, needed);
  });
  return Math.min(lines, MAX_LINES);
}

function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}
