import {
  cellValue,
  eachRow,
  NUMBER_FORMATS,
  type SheetCell,
  type SheetColumn,
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
const DEFAULT_SIZE = 11;
const HEADER_LINES = 6;
const MAX_LINES = 12;
const WIDTH_SAMPLE_ROWS = 500;

/**
 * Each column's width from its longest content (a line of it, for wrapped text), capped. One
 * walk over the sampled rows serves every column: a streamed row (ranking, heat map) is built
 * from the scores each time it is visited, so a walk per column built each row once per column.
 */
export function columnWidths(spec: SheetSpec): number[] {
  const widths = spec.columns.map((column) =>
    // Room for the autofilter button beside the header.
    spec.header === false ? 0 : Math.min(longestLine(column.header) + 3, capOf(column)),
  );
  // Columns still measured: not of a fixed width, and not yet at their cap.
  let open = spec.columns.flatMap((column, i) =>
    column.width === undefined && widths[i]! < capOf(column) ? [i] : [],
  );
  // The first rows are a fair sample: widths of a 100,000-row sheet need not read every cell.
  let sampled = 0;
  if (open.length > 0) {
    eachRow(spec, (cells) => {
      sampled++;
      for (const index of open) {
        const cell = cells[index];
        if (cell === undefined) continue;
        const width = displayLength(cell, spec.columns[index]!.numFmt) + 2;
        if (width > widths[index]!) widths[index] = width;
      }
      open = open.filter((index) => widths[index]! < capOf(spec.columns[index]!));
      return open.length > 0 && sampled < WIDTH_SAMPLE_ROWS;
    });
  }
  return spec.columns.map((column, i) => {
    if (column.width !== undefined) return column.width;
    const cap = capOf(column);
    return widths[i]! >= cap ? cap : Math.max(MIN_WIDTH, Math.min(widths[i]!, cap));
  });
}

function capOf(column: SheetColumn): number {
  return column.maxWidth ?? (column.wrap === true ? WRAP_WIDTH : MAX_WIDTH);
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
 * The height (points) a row needs for its wrapped text and larger type, or null for the default
 * height: neither Excel nor LibreOffice grows a row on opening a file, so without it long names
 * are cut off. `spans` gives, per column, the width of a merged block starting there.
 */
export function wrappedRowHeight(
  spec: SheetSpec,
  cells: readonly SheetCell[],
  widths: readonly number[],
  spans?: ReadonlyMap<number, number>,
): number | null {
  let height = 0;
  cells.forEach((cell, index) => {
    const styled = cell !== null && typeof cell === 'object' ? cell : null;
    const size = styled?.size ?? DEFAULT_SIZE;
    const lineHeight = size === DEFAULT_SIZE ? LINE_HEIGHT : Math.ceil(size * 1.35);
    let lines = 1;
    if (spec.columns[index]?.wrap === true || styled?.wrap === true) {
      const value = cellValue(cell);
      if (typeof value === 'string') {
        const width = spans?.get(index) ?? widths[index] ?? MIN_WIDTH;
        // Bold type is wider: fewer characters to a line.
        const bold = styled?.bold === true ? 0.85 : 1;
        lines = wrappedLines(value, width * (DEFAULT_SIZE / size) * bold);
      }
    }
    height = Math.max(height, lines * lineHeight);
  });
  return height > LINE_HEIGHT ? height : null;
}

/**
 * The header row's height: headers wrap, so a long one (the matrix's "code name") needs lines
 * of its own; at most HEADER_LINES of them. Null for the default height.
 */
export function headerRowHeight(spec: SheetSpec, widths: readonly number[]): number | null {
  let lines = 1;
  spec.columns.forEach((column, i) => {
    // Room for the autofilter button at the right of the header cell.
    const width = Math.max(MIN_WIDTH, (widths[i] ?? MIN_WIDTH) - 2);
    lines = Math.max(lines, wrappedLines(column.header, width));
  });
  lines = Math.min(lines, HEADER_LINES);
  return lines > 1 ? lines * LINE_HEIGHT : null;
}

/** Lines a text needs in a column this wide, estimated, at most MAX_LINES. */
function wrappedLines(value: string, width: number): number {
  // A character is a little narrower than a width unit on average; keep a margin.
  const perLine = Math.max(1, Math.floor(width * 1.25) - 1);
  let needed = 0;
  for (const line of value.split('\n')) needed += Math.max(1, Math.ceil(line.length / perLine));
  return Math.min(needed, MAX_LINES);
}

function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  return longest;
}
