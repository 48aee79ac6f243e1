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
  type BlockSink,
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
/**
 * Room reserved per row, for its opening and closing tags (`<row r="1048576" ht="…"
 * customHeight="1">` with the longest number is 65 bytes) and the padding past its last piece.
 */
const ROW_ROOM = 96;
/**
 * Room reserved per cell: the most a cell writes, padding included (9 + 8 + 24 + 25 + 8 bytes), is
 * well within it.
 */
const CELL_ROOM = 72 + MAX_NUMBER_BYTES;

/** Lets zlib's completions run so deflating keeps pace on its own thread. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Words (of 4 bytes) per markup piece: the longest, `" s="64000" t="s"><v>`, takes 21 bytes. */
const PIECE_WORDS = 6;

/**
 * A sheet's cell markup, encoded once as little-endian 32-bit words: piece k is `lengths[k]`
 * bytes in words [6k, 6k + 6), zero-padded. Pieces 0 … columns − 1 open a cell of that column up
 * to its row number (`<c r="H`, at most 9 bytes); then per style s, at `columns + 3s`: what
 * follows the row number in a number cell (`" s="18"><v>`), a text cell (`" s="18" t="s"><v>`)
 * and a blank one (`" s="18"/>`). All made before the first row, so the row loop never meets a
 * new shape and V8 compiles it once.
 */
interface CellMarkup {
  words: Int32Array;
  lengths: Int32Array;
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
  const padded = new Uint8Array(texts.length * PIECE_WORDS * 4);
  const lengths = new Int32Array(texts.length);
  texts.forEach((text, k) => {
    // The row loop stores 3 words of a cell's opening and up to 6 of the rest. Excel allows
    // 16,384 columns (XFD) and 64,000 cell formats: a longer piece is a bug upstream.
    if (text.length > (k < columns ? 12 : PIECE_WORDS * 4)) {
      throw new Error(`cell markup too long: ${text}`);
    }
    lengths[k] = text.length;
    padded.set(asciiBytes(text), k * PIECE_WORDS * 4);
  });
  const words = new Int32Array(padded.length / 4);
  const view = new DataView(padded.buffer);
  for (let w = 0; w < words.length; w++) words[w] = view.getInt32(w * 4, true);
  return { words, lengths, columns };
}

/** `</v></c>` as two little-endian words. */
const V_END_LOW = new DataView(V_END.buffer).getInt32(0, true);
const V_END_HIGH = new DataView(V_END.buffer).getInt32(4, true);

/**
 * Writes data rows from `row` on until a block has gone to the sink or the rows run out;
 * returns the next row. A plain function, apart from the async one that yields between calls:
 * V8 optimises it as a whole rather than through an async function's resumable frame.
 *
 * Markup goes in four bytes a store (a DataView's unaligned little-endian stores): TurboFan keeps
 * every check of a byte-by-byte copy inside the loop, some 28 instructions a byte. A piece's
 * padding lands past its end and is overwritten by what follows (or lies beyond `at`, never
 * handed on); the room reserved per cell covers it.
 */
function writeRows(sheet: EncodedSheet, markup: CellMarkup, xml: XmlBytes, row: number): number {
  const { rowEnds, columns, styles, kinds, values, heights, firstRow, rowCount } = sheet;
  const { words, lengths } = markup;
  const flushes = xml.flushes;
  const rowDigits = new Uint8Array(8);
  const rowDigitWords = new DataView(rowDigits.buffer);
  const styleBase = markup.columns;
  let cell = row === 0 ? 0 : rowEnds[row - 1]!;
  for (let r = row; r < rowCount; r++) {
    const end = rowEnds[r]!;
    xml.reserve(ROW_ROOM + (end - cell) * CELL_ROOM);
    const block = xml.block;
    const view = xml.view;
    let at = xml.at;
    const digitCount = putUint(rowDigits, 0, r + firstRow);
    const digitsLow = rowDigitWords.getInt32(0, true);
    const digitsHigh = rowDigitWords.getInt32(4, true);
    at = putBytes(block, at, ROW_OPEN);
    at = putPrefix(block, at, rowDigits, digitCount);
    const height = heights === null ? 0 : heights[r]!;
    if (height > 0) {
      at = putBytes(block, at, ROW_HEIGHT);
      at = putNumber(block, view, at, height);
      at = putBytes(block, at, ROW_HEIGHT_END);
    } else {
      at = putBytes(block, at, ROW_OPEN_END);
    }
    for (; cell < end; cell++) {
      // Whole words, unrolled: no piece needs a loop (see PIECE_WORDS and the room per cell).
      const column = columns[cell]!;
      let w = column * PIECE_WORDS;
      view.setInt32(at, words[w]!, true);
      view.setInt32(at + 4, words[w + 1]!, true);
      view.setInt32(at + 8, words[w + 2]!, true);
      at += lengths[column]!;
      view.setInt32(at, digitsLow, true);
      view.setInt32(at + 4, digitsHigh, true);
      at += digitCount;
      const kind = kinds[cell]!;
      // The piece after the row number: per style, number / text / blank (see CellMarkup).
      const mid =
        styleBase + 3 * styles[cell]! + (kind === CELL_NUMBER ? 0 : kind === CELL_BLANK ? 2 : 1);
      const length = lengths[mid]!;
      w = mid * PIECE_WORDS;
      view.setInt32(at, words[w]!, true);
      view.setInt32(at + 4, words[w + 1]!, true);
      view.setInt32(at + 8, words[w + 2]!, true);
      if (length > 12) {
        view.setInt32(at + 12, words[w + 3]!, true);
        view.setInt32(at + 16, words[w + 4]!, true);
        view.setInt32(at + 20, words[w + 5]!, true);
      }
      at += length;
      if (kind === CELL_BLANK) continue;
      at =
        kind === CELL_NUMBER
          ? putNumber(block, view, at, values[cell]!)
          : putUint(block, at, values[cell]!);
      view.setInt32(at, V_END_LOW, true);
      view.setInt32(at + 4, V_END_HIGH, true);
      at += 8;
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
  sink: BlockSink,
  blockSize?: number,
): Promise<void> {
  const xml = new XmlBytes(sink, blockSize);
  xml.utf8(sheet.head);
  const markup = cellMarkup(sheet);
  let row = 0;
  while (row < sheet.rowCount) {
    row = writeRows(sheet, markup, xml, row);
    // The sink's backlog when it has one (a deflater behind), else one turn of the event loop.
    if (row < sheet.rowCount) await (xml.takeBacklog() ?? yieldToEventLoop());
  }
  xml.utf8(sheet.tail);
  xml.flush();
  await xml.takeBacklog();
}
