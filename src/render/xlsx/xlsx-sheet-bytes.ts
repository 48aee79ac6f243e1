import { columnLetter } from '../../core/table/cell-address.js';
import type { EncodedSheet } from './xlsx-encoded-sheet.js';
import {
  asciiBytes,
  MAX_NUMBER_BYTES,
  putBytes,
  putNumber,
  putPrefix,
  putUint,
  XmlBytes,
} from './xml-bytes.js';

/** Kinds of encoded cells (EncodedSheet.kinds). */
export const CELL_NUMBER = 1;
export const CELL_STRING = 2;
/** A cell with a look and no value (an input cell of a form). */
export const CELL_BLANK = 3;

const V_END = asciiBytes('</v></c>');
const ROW_OPEN = asciiBytes('<row r="');
const ROW_OPEN_END = asciiBytes('">');
const ROW_HEIGHT = asciiBytes('" ht="');
const ROW_HEIGHT_END = asciiBytes('" customHeight="1">');
const ROW_CLOSE = asciiBytes('</row>');
/** Room reserved per cell: no cell's address, style, value or index comes near it. */
const CELL_ROOM = 72 + MAX_NUMBER_BYTES;

/** Lets zlib's completions run so deflating keeps pace on its own thread. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A sheet's cell markup, encoded once into one flat array: piece k is bytes
 * [starts[k], starts[k + 1]). Pieces 0 … columns − 1 open a cell of that column up to its row
 * number (`<c r="H`); then per style s, at `columns + 3s`: what follows the row number in a
 * number cell (`" s="18"><v>`), a text cell (`" s="18" t="s"><v>`) and a blank one
 * (`" s="18"/>`). All made before the first row, so the row loop never meets a new shape: V8
 * compiles it once instead of deoptimising on each first use of a column or style.
 */
interface CellMarkup {
  bytes: Uint8Array;
  starts: Int32Array;
  columns: number;
}

function cellMarkup(sheet: EncodedSheet): CellMarkup {
  const cells = sheet.rowCount === 0 ? 0 : sheet.rowEnds[sheet.rowCount - 1]!;
  let columns = 0;
  let styles = 1;
  for (let i = 0; i < cells; i++) {
    if (sheet.columns[i]! >= columns) columns = sheet.columns[i]! + 1;
    if (sheet.styles[i]! >= styles) styles = sheet.styles[i]! + 1;
  }
  const texts: string[] = [];
  for (let c = 0; c < columns; c++) texts.push(`<c r="${columnLetter(c + 1)}`);
  for (let s = 0; s < styles; s++) {
    const style = s === 0 ? '' : ` s="${s}"`;
    texts.push(`"${style}><v>`, `"${style} t="s"><v>`, `"${style}/>`);
  }
  const starts = new Int32Array(texts.length + 1);
  for (let k = 0; k < texts.length; k++) starts[k + 1] = starts[k]! + texts[k]!.length;
  return { bytes: asciiBytes(texts.join('')), starts, columns };
}

/**
 * Writes data rows from `row` on until a block has gone to the sink or the rows run out;
 * returns the next row. A plain function, apart from the async one that yields between calls:
 * V8 optimises it as a whole rather than through an async function's resumable frame. The
 * copies are written out here rather than called: past its inlining budget (putNumber is big)
 * TurboFan leaves small helpers as real calls, which cost more than the bytes they copy.
 */
function writeRows(sheet: EncodedSheet, markup: CellMarkup, xml: XmlBytes, row: number): number {
  const { rowEnds, columns, styles, kinds, values, heights, firstRow, rowCount } = sheet;
  const { bytes, starts } = markup;
  const flushes = xml.flushes;
  const rowDigits = new Uint8Array(10);
  const styleBase = markup.columns;
  let cell = row === 0 ? 0 : rowEnds[row - 1]!;
  for (let r = row; r < rowCount; r++) {
    const end = rowEnds[r]!;
    xml.reserve(32 + (end - cell) * CELL_ROOM);
    const block = xml.block;
    let at = xml.at;
    const digitCount = putUint(rowDigits, 0, r + firstRow);
    at = putBytes(block, at, ROW_OPEN);
    at = putPrefix(block, at, rowDigits, digitCount);
    const height = heights === null ? 0 : heights[r]!;
    if (height > 0) {
      at = putBytes(block, at, ROW_HEIGHT);
      at = putNumber(block, at, height);
      at = putBytes(block, at, ROW_HEIGHT_END);
    } else {
      at = putBytes(block, at, ROW_OPEN_END);
    }
    for (; cell < end; cell++) {
      const column = columns[cell]!;
      for (let i = starts[column]!, e = starts[column + 1]!; i < e; i++) block[at++] = bytes[i]!;
      for (let i = 0; i < digitCount; i++) block[at++] = rowDigits[i]!;
      const kind = kinds[cell]!;
      // The piece after the row number: per style, number / text / blank (see CellMarkup).
      const mid =
        styleBase + 3 * styles[cell]! + (kind === CELL_NUMBER ? 0 : kind === CELL_BLANK ? 2 : 1);
      for (let i = starts[mid]!, e = starts[mid + 1]!; i < e; i++) block[at++] = bytes[i]!;
      if (kind === CELL_BLANK) continue;
      if (kind === CELL_NUMBER) {
        at = putNumber(block, at, values[cell]!);
      } else {
        // A shared-string index, written like putUint does.
        const index = values[cell]! | 0;
        let digits = 1;
        for (let x = index; x >= 10; x = (x / 10) | 0) digits++;
        let x = index;
        for (let i = at + digits - 1; i >= at; i--) {
          block[i] = 48 + (x % 10);
          x = (x / 10) | 0;
        }
        at += digits;
      }
      for (let i = 0; i < V_END.length; i++) block[at++] = V_END[i]!;
    }
    at = putBytes(block, at, ROW_CLOSE);
    xml.at = at;
    if (xml.flushes !== flushes) return r + 1;
  }
  return rowCount;
}

/**
 * The bytes of an encoded worksheet, handed to `sink` in blocks as they fill, each with a
 * `release` the sink calls once it has read the block (XmlBytes then reuses it). Yields to the
 * event loop after each block so a streaming deflater can work while the next one is built.
 * Every cell keeps its address (r="B7"): some readers (ExcelJS among them) need it.
 */
export async function xlsxSheetBytes(
  sheet: EncodedSheet,
  sink: (block: Uint8Array, release: () => void) => void,
  blockSize?: number,
): Promise<void> {
  const xml = new XmlBytes(sink, blockSize);
  xml.utf8(sheet.head);
  const markup = cellMarkup(sheet);
  let row = 0;
  while (row < sheet.rowCount) {
    row = writeRows(sheet, markup, xml, row);
    if (row < sheet.rowCount) await yieldToEventLoop();
  }
  xml.utf8(sheet.tail);
  xml.flush();
}
