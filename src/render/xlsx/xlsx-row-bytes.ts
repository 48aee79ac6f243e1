import { columnLetter } from '../../core/table/cell-address.js';
import type { NumberTexts } from './xlsx-number-texts.js';
import {
  asciiBytes,
  MAX_NUMBER_BYTES,
  putBytes,
  putNumber,
  putPrefix,
  putUint,
  type XmlBytes,
} from './xml-bytes.js';

/** Kinds of cells a row holds. */
export const CELL_NUMBER = 1;
export const CELL_STRING = 2;
/** A cell with a look and no value (an input cell of a form). */
export const CELL_BLANK = 3;

const ROW_OPEN = asciiBytes('<row r="');
const ROW_OPEN_END = asciiBytes('">');
const ROW_HEIGHT = asciiBytes('" ht="');
const ROW_HEIGHT_END = asciiBytes('" customHeight="1">');
const ROW_CLOSE = asciiBytes('</row>');
/**
 * Room reserved for a row's opening tag (`<row r="1048576" ht="…" customHeight="1">` with the
 * longest number is 65 bytes) or its closing one, padding included.
 */
const ROW_ROOM = 96;
/**
 * Room reserved per cell: the most a cell writes, padding included (12 + 8 + 24 + 28 + 8 bytes;
 * a number's 28 are NumberTexts' words), is well within it.
 */
const CELL_ROOM = 72 + MAX_NUMBER_BYTES;

/** Words (of 4 bytes) per markup piece: the longest, `" s="64000" t="s"><v>`, takes 21 bytes. */
const PIECE_WORDS = 6;

/**
 * A sheet's cell markup, encoded as little-endian 32-bit words: piece k is `lengths[k]` bytes in
 * words [6k, 6k + 6), zero-padded. Pieces 0 … columns − 1 open a cell of that column up to its row
 * number (`<c r="H`, at most 9 bytes); then per style s, at `columns + 3s`: what follows the row
 * number in a number cell (`" s="18"><v>`), a text cell (`" s="18" t="s"><v>`) and a blank one
 * (`" s="18"/>`). Made for the sheet's columns and the styles known when it starts, and made
 * again (larger) the rare time a cell goes beyond them, so the cell loop meets one shape.
 */
interface CellMarkup {
  words: Int32Array;
  lengths: Int32Array;
  columns: number;
  styles: number;
}

function cellMarkup(columns: number, styles: number): CellMarkup {
  const texts: string[] = [];
  for (let c = 0; c < columns; c++) texts.push(`<c r="${columnLetter(c + 1)}`);
  for (let s = 0; s < styles; s++) {
    const style = s === 0 ? '' : ` s="${s}"`;
    texts.push(`"${style}><v>`, `"${style} t="s"><v>`, `"${style}/>`);
  }
  const padded = new Uint8Array(texts.length * PIECE_WORDS * 4);
  const lengths = new Int32Array(texts.length);
  texts.forEach((text, k) => {
    // A cell stores 3 words of its opening and up to 6 of the rest. Excel allows 16,384 columns
    // (XFD) and 64,000 cell formats: a longer piece is a bug upstream.
    if (text.length > (k < columns ? 12 : PIECE_WORDS * 4)) {
      throw new Error(`cell markup too long: ${text}`);
    }
    lengths[k] = text.length;
    padded.set(asciiBytes(text), k * PIECE_WORDS * 4);
  });
  const words = new Int32Array(padded.length / 4);
  const view = new DataView(padded.buffer);
  for (let w = 0; w < words.length; w++) words[w] = view.getInt32(w * 4, true);
  return { words, lengths, columns, styles };
}

const V_END = asciiBytes('</v></c>');
/** `</v></c>` as two little-endian words. */
const V_END_LOW = new DataView(V_END.buffer).getInt32(0, true);
const V_END_HIGH = new DataView(V_END.buffer).getInt32(4, true);

/**
 * Writes a sheet's rows as SpreadsheetML bytes into `xml`, cell by cell as they come: each cell
 * goes straight to bytes (nothing of a row is kept), so a million cells cost no arrays and no
 * second pass. Every cell keeps its address (r="B7"): some readers (ExcelJS among them) need it.
 *
 * Markup goes in four bytes a store (a DataView's unaligned little-endian stores): TurboFan keeps
 * every check of a byte-by-byte copy inside the loop, some 28 instructions a byte. A piece's
 * padding lands past its end and is overwritten by what follows (or lies beyond `at`, never
 * handed on); the room reserved per cell covers it.
 */
export class RowBytes {
  private markup: CellMarkup;
  /** The open row's number as text, and the same 8 bytes as two little-endian words. */
  private readonly digits = new Uint8Array(8);
  private readonly digitWords = new DataView(this.digits.buffer);
  private digitCount = 0;
  private digitsLow = 0;
  private digitsHigh = 0;
  /** Whether a row is open (its opening tag written). */
  open = false;

  /**
   * @param firstRow the sheet row (1-based) of data row 0
   * @param columns, styles the columns and cell styles expected (more are handled when met)
   */
  constructor(
    private readonly xml: XmlBytes,
    private readonly firstRow: number,
    columns: number,
    styles: number,
    /** The workbook's texts of long numbers. */
    private readonly numbers: NumberTexts,
  ) {
    this.markup = cellMarkup(Math.max(1, columns), Math.max(1, styles));
  }

  /** Opens data row `row` (0-based), with a height in points (0: the default). */
  openRow(row: number, height: number): void {
    const xml = this.xml;
    xml.reserve(ROW_ROOM);
    const block = xml.block;
    let at = xml.at;
    const count = putUint(this.digits, 0, row + this.firstRow);
    this.digitCount = count;
    this.digitsLow = this.digitWords.getInt32(0, true);
    this.digitsHigh = this.digitWords.getInt32(4, true);
    at = putBytes(block, at, ROW_OPEN);
    at = putPrefix(block, at, this.digits, count);
    if (height > 0) {
      at = putBytes(block, at, ROW_HEIGHT);
      at = putNumber(block, xml.view, at, height);
      at = putBytes(block, at, ROW_HEIGHT_END);
    } else {
      at = putBytes(block, at, ROW_OPEN_END);
    }
    xml.at = at;
    this.open = true;
  }

  /**
   * One cell of the open row: a number, a shared-string index, or (blank) only a look. Cells come
   * in column order; `style` is a cellXfs index (0 for none).
   */
  cell(column: number, style: number, kind: number, value: number): void {
    let markup = this.markup;
    if (column >= markup.columns || style >= markup.styles) {
      // Grown by half again at least, so a sheet rebuilds it a few times at most.
      markup = this.markup = cellMarkup(
        column < markup.columns ? markup.columns : Math.max(column + 1, (markup.columns * 3) >> 1),
        style < markup.styles ? markup.styles : Math.max(style + 1, (markup.styles * 3) >> 1),
      );
    }
    const { words, lengths } = markup;
    const xml = this.xml;
    xml.reserve(CELL_ROOM);
    const block = xml.block;
    const view = xml.view;
    let at = xml.at;
    // Whole words, unrolled: no piece needs a loop (see PIECE_WORDS and the room per cell).
    let w = column * PIECE_WORDS;
    view.setInt32(at, words[w]!, true);
    view.setInt32(at + 4, words[w + 1]!, true);
    view.setInt32(at + 8, words[w + 2]!, true);
    at += lengths[column]!;
    view.setInt32(at, this.digitsLow, true);
    view.setInt32(at + 4, this.digitsHigh, true);
    at += this.digitCount;
    // The piece after the row number: per style, number / text / blank (see CellMarkup).
    const mid =
      markup.columns + 3 * style + (kind === CELL_NUMBER ? 0 : kind === CELL_BLANK ? 2 : 1);
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
    if (kind !== CELL_BLANK) {
      at =
        kind === CELL_NUMBER ? this.numbers.put(block, view, at, value) : putUint(block, at, value);
      view.setInt32(at, V_END_LOW, true);
      view.setInt32(at + 4, V_END_HIGH, true);
      at += 8;
    }
    xml.at = at;
  }

  closeRow(): void {
    const xml = this.xml;
    xml.reserve(ROW_ROOM);
    xml.at = putBytes(xml.block, xml.at, ROW_CLOSE);
    this.open = false;
  }
}
