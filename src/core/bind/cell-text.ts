import { tidyText } from '../text/fold-text.js';
import type { RawCell, RawRow, RawValue } from '../table/raw-table.js';
import { rowValues } from '../table/value-row.js';

/** A cell as trimmed text (numbers and booleans as written by JS), or null when empty. */
export function cellText(cell: RawCell | null | undefined): string | null {
  return cell === null || cell === undefined ? null : valueText(cell.value);
}

/** `cellText` of a cell holding `value`. */
function valueText(value: RawValue): string | null {
  if (value === null) return null;
  const text = tidyText(String(value));
  return text === '' ? null : text;
}

/** The cell of a row at a 1-based column, or null (rows may be sparse: see RawRow.cells). */
export function cellAt(row: RawRow, column: number): RawCell | null {
  const values = rowValues(row);
  if (values !== undefined) {
    // A value row (valueRow): a cell made for the asking, equal to the one `cells` would hold.
    return column >= 1 && column <= values.length
      ? { value: values[column - 1]!, row: row.row, column }
      : null;
  }
  const { cells } = row;
  // Dense rows (every CSV row, most workbook rows) find it in place.
  const direct = cells[column - 1];
  if (direct !== undefined && direct.column === column) return direct;
  let lo = 0;
  let hi = Math.min(cells.length, column) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = cells[mid]!.column;
    if (at === column) return cells[mid]!;
    if (at < column) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** True when no cell of the row holds text or a value. */
export function isBlankRow(row: RawRow): boolean {
  const values = rowValues(row);
  if (values !== undefined) return values.every((value) => valueText(value) === null);
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
