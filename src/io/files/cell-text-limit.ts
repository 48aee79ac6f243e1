import { textHead } from '../../core/text/text-head.js';

/**
 * The most characters (UTF-16 code units) one cell's text may have: Excel's own limit, so no
 * cell typed in a spreadsheet is ever longer. Longer text is cut to this at read time, with
 * DATA_CELL_TOO_LONG at the cell, so a cell of megabytes is never carried through binding,
 * scoring and evidence.
 */
export const CELL_TEXT_MAX = 32_767;

/**
 * `text` cut to `max` characters (never half a surrogate pair), as a string of its own: a
 * slice would keep the whole original alive behind it.
 */
export function cutCellText(text: string, max: number = CELL_TEXT_MAX): string {
  if (text.length <= max) return text;
  return Buffer.from(textHead(text, max), 'utf16le').toString('utf16le');
}

/**
 * A cell's text gathered piece by piece (an XML parser's text events): at most `max` characters
 * are kept, the full length is counted. Past the limit nothing more is copied. Reusable: `reset`
 * before each cell.
 */
export class CappedText {
  text = '';
  /** Characters written, kept or not. */
  length = 0;

  constructor(private readonly max: number = CELL_TEXT_MAX) {}

  reset(): void {
    this.text = '';
    this.length = 0;
  }

  add(piece: string): void {
    const before = this.length;
    this.length += piece.length;
    if (before > this.max) return;
    this.text =
      this.length <= this.max
        ? this.text + piece
        : cutCellText(this.text + piece.slice(0, this.max - before + 1), this.max);
  }

  /** Whether text was cut. */
  get cut(): boolean {
    return this.length > this.max;
  }
}
