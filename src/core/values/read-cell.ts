import type { CodedArgs } from '../findings/finding-args.js';
import { foldText } from '../text/fold-text.js';
import type { RawCell } from '../table/raw-table.js';

/** A cell before it meets its indicator: missing, unusable, or a typed value to coerce. */
export type CellRead =
  | { kind: 'missing' }
  | ({ kind: 'error' } & CodedArgs)
  /** Trimmed, non-empty text with no control characters that is not a missing marker. */
  | { kind: 'text'; text: string }
  /** A workbook number; with `percent` it is already ×100. */
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'boolean'; value: boolean };

const DASHES = new Set(['-', '--', '\u2010', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
// Folded forms: "N/A" → "n a", "không có số liệu" → "khong co so lieu".
const MISSING_MARKERS = new Set([
  'n a',
  'na',
  'nr',
  'khong co so lieu',
  'chua co so lieu',
  'khong co du lieu',
  'chua co du lieu',
]);

// Excel's error literals as they appear in a CSV export of a sheet with broken formulas.
const EXCEL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
]);

/**
 * C0 controls except tab, and DEL (spec §3.5). Tested on the trimmed text, so a line break an
 * editor left at the end of a cell is forgiven, one inside the value is not.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

function visible(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- shown escaped so messages stay printable
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** True for the texts that mean "no data" (spec §3.4); `x` is not one of them. */
function isMissingMarker(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  // Folding keeps a leading digit and every marker folds to letters, so numbers (most cells)
  // skip the fold entirely.
  const first = trimmed.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  return DASHES.has(trimmed) || MISSING_MARKERS.has(foldText(trimmed));
}

/**
 * Sorts a raw cell into missing / error / typed value: workbook problems (formula without a
 * result, error values, dates), control characters, Excel error texts, empty and marker texts.
 */
export function readCell(cell: RawCell | null): CellRead {
  if (cell === null) return { kind: 'missing' };
  if (cell.problem === 'formula-no-result') {
    return { kind: 'error', code: 'DATA_FORMULA_NO_VALUE', args: { value: '' } };
  }
  if (cell.problem === 'error-value') {
    return { kind: 'error', code: 'DATA_CELL_ERROR', args: { value: cell.errorText ?? '#ERROR' } };
  }
  if (cell.problem === 'date')
    return { kind: 'error', code: 'DATA_DATE_NOT_A_VALUE', args: { value: '' } };
  const { value } = cell;
  if (value === null) return { kind: 'missing' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return { kind: 'error', code: 'DATA_NOT_A_NUMBER', args: { value: String(value) } };
    return { kind: 'number', value, percent: cell.percent === true };
  }
  const text = value.trim();
  const control = CONTROL.exec(text);
  if (control !== null) {
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return {
      kind: 'error',
      code: 'DATA_CONTROL_CHARACTER',
      args: { value: visible(text), character: `U+${code}` },
    };
  }
  if (isMissingMarker(text)) return { kind: 'missing' };
  if (EXCEL_ERRORS.has(text.toUpperCase())) {
    return { kind: 'error', code: 'DATA_CELL_ERROR', args: { value: text } };
  }
  return { kind: 'text', text };
}
