import { tidyText } from '../text/fold-text.js';
import type { RawCell, RawRow } from '../table/raw-table.js';

/** A cell as trimmed text (numbers and booleans as written by JS), or null when empty. */
export function cellText(cell: RawCell | null | undefined): string | null {
  if (cell === null || cell === undefined || cell.value === null) return null;
  const text = tidyText(String(cell.value));
  return text === '' ? null : text;
}

/** The cell of a row at a 1-based column (rows are dense from column 1). */
export function cellAt(row: RawRow, column: number): RawCell | null {
  const cell = row.cells[column - 1];
  return cell === undefined ? null : cell;
}

/** True when no cell of the row holds text or a value. */
export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((cell) => cellText(cell) === null);
}

/** C0 controls other than tab, LF and CR (a multi-line cell is legitimate). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The code point of the first control character in the cell's text, or null. */
export function controlCharacter(cell: RawCell | null): number | null {
  if (cell === null || typeof cell.value !== 'string') return null;
  const match = CONTROL.exec(cell.value);
  return match === null ? null : match[0].charCodeAt(0);
}
