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
const BLANK_END = asciiBytes('/>');
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
 * The bytes of an encoded worksheet, handed to `sink` in blocks as they fill. Yields to the
 * event loop after each block so a streaming deflater can work while the next one is built.
 * Every cell keeps its address (r="B7"): some readers (ExcelJS among them) need it.
 */
export async function xlsxSheetBytes(
  sheet: EncodedSheet,
  sink: (block: Uint8Array) => void,
): Promise<void> {
  let flushed = false;
  const xml = new XmlBytes((block) => {
    sink(block);
    flushed = true;
  });
  xml.utf8(sheet.head);

  // Markup encoded once and reused: a cell's opening up to its row number, per column; what
  // follows the row number, per style.
  const opens: Uint8Array[] = [];
  const numberMids: Uint8Array[] = [];
  const stringMids: Uint8Array[] = [];
  const blankMids: Uint8Array[] = [];
  const styleAttr = (s: number): string => (s === 0 ? '' : ` s="${s}"`);
  const rowDigits = new Uint8Array(10);
  const { rowEnds, columns, styles, kinds, values, heights, firstRow } = sheet;

  let cell = 0;
  for (let r = 0; r < sheet.rowCount; r++) {
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
      const style = styles[cell]!;
      const open = (opens[column] ??= asciiBytes(`<c r="${columnLetter(column + 1)}`));
      at = putBytes(block, at, open);
      at = putPrefix(block, at, rowDigits, digitCount);
      const kind = kinds[cell];
      if (kind === CELL_NUMBER) {
        const mid = (numberMids[style] ??= asciiBytes(`"${styleAttr(style)}><v>`));
        at = putBytes(block, at, mid);
        at = putNumber(block, at, values[cell]!);
      } else if (kind === CELL_BLANK) {
        const mid = (blankMids[style] ??= asciiBytes(`"${styleAttr(style)}`));
        at = putBytes(block, at, mid);
        at = putBytes(block, at, BLANK_END);
        continue;
      } else {
        const mid = (stringMids[style] ??= asciiBytes(`"${styleAttr(style)} t="s"><v>`));
        at = putBytes(block, at, mid);
        at = putUint(block, at, values[cell]!);
      }
      at = putBytes(block, at, V_END);
    }
    at = putBytes(block, at, ROW_CLOSE);
    xml.at = at;
    if (flushed) {
      flushed = false;
      await yieldToEventLoop();
    }
  }

  xml.utf8(sheet.tail);
  xml.flush();
}
