import type { RawValue } from '../../core/table/raw-table.js';
import type { NumberKind } from './read-cell-formats.js';
import { serialToIso } from './number-format.js';
import { CELL_TEXT_MAX } from '../files/cell-text-limit.js';

/** A `<c>` element as written: its type, the text of `<v>`, of `<is>`, and whether it has `<f>`. */
export interface XlsxCellXml {
  /** The `t` attribute; "n" when absent. */
  type: string;
  /** The text of `<v>`, or null when there is none. */
  value: string | null;
  /** The text of an inline string `<is>` (runs joined), or null. */
  inline: string | null;
  formula: boolean;
  /**
   * Characters of `<v>` / `<is>` as written, when the reader kept fewer (at most CELL_TEXT_MAX):
   * absent or not above the limit means the text is whole.
   */
  valueLength?: number;
  inlineLength?: number;
}

/** Why a cell cannot be read: the finding its place gets. */
type XlsxCellDefect =
  | { code: 'FILE_XLSX_BAD_NUMBER'; value: string }
  | { code: 'FILE_XLSX_BAD_SHARED_STRING'; index: string; count: number }
  | { code: 'FILE_XLSX_UNSUPPORTED_CELL'; type: string };

/** One workbook cell as a person sees it (see RawCell), or the defect that stops it. */
export interface XlsxCellValue {
  value: RawValue;
  percent?: true;
  problem?: 'formula-no-result' | 'error-value' | 'date';
  errorText?: string;
  defect?: XlsxCellDefect;
  /** The text value was cut to CELL_TEXT_MAX characters: its length as written. */
  cut?: number;
}

const EMPTY: XlsxCellValue = { value: null };
const NO_CUTS: ReadonlyMap<number, number> = new Map();
const NO_RESULT: XlsxCellValue = { value: null, problem: 'formula-no-result' };

/**
 * xsd:double as spreadsheets write it. Never parseFloat: `12abc`, `0x10` and `1,5` would read
 * as 12, 16 (Number) or 1 and change a score without a word.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_DOUBLE = /^[+-]?(?:INF|NaN)$/;
const INDEX = /^\d{1,10}$/;

/**
 * The value of a cell from its XML, its style's number kind and the workbook's date system.
 * Formula cells count by the result Excel last saved; none → 'formula-no-result'.
 */
export function xlsxCellValue(
  cell: XlsxCellXml,
  kind: NumberKind,
  date1904: boolean,
  sharedStrings: readonly string[],
  /** Lengths as written of the shared strings that were cut, by index. */
  cutStrings: ReadonlyMap<number, number> = NO_CUTS,
): XlsxCellValue {
  if (cell.formula && cell.value === null && cell.inline === null) return NO_RESULT;
  const v = cell.value;
  switch (cell.type) {
    case 'n':
      if (v === null) return EMPTY;
      // A number cut short could read as another number: longer than any number, it is none.
      if ((cell.valueLength ?? 0) > CELL_TEXT_MAX) return badNumber(v.trim());
      return numberValue(v, kind, date1904);
    case 's': {
      if (v === null) return EMPTY;
      const index = v.trim();
      const text = INDEX.test(index) ? sharedStrings[Number(index)] : undefined;
      if (text === undefined) {
        return {
          value: null,
          defect: { code: 'FILE_XLSX_BAD_SHARED_STRING', index, count: sharedStrings.length },
        };
      }
      if (text === '') return EMPTY;
      const cut = cutStrings.get(Number(index));
      return cut === undefined ? { value: text } : { value: text, cut };
    }
    case 'str':
      return v === null ? EMPTY : textValue(v, cell.valueLength);
    case 'inlineStr':
      return cell.inline !== null
        ? textValue(cell.inline, cell.inlineLength)
        : textValue(v ?? '', cell.valueLength);
    case 'b':
      return v === null ? EMPTY : booleanValue(v);
    case 'e':
      return v === null
        ? EMPTY
        : { value: null, problem: 'error-value', errorText: v.trim() || '#ERROR' };
    case 'd':
      // ISO 8601 date cells (openpyxl's iso_dates): dates are not values; never the number 2024.
      return v === null ? EMPTY : { value: v.trim().slice(0, 10) || null, problem: 'date' };
    default:
      return unsupported(`t="${cell.type.slice(0, 20)}"`);
  }
}

function unsupported(type: string): XlsxCellValue {
  return { value: null, defect: { code: 'FILE_XLSX_UNSUPPORTED_CELL', type } };
}

function textValue(text: string, length = 0): XlsxCellValue {
  if (text === '') return EMPTY;
  const value = text.normalize('NFC');
  return length > CELL_TEXT_MAX ? { value, cut: length } : { value };
}

function badNumber(text: string): XlsxCellValue {
  return { value: null, defect: { code: 'FILE_XLSX_BAD_NUMBER', value: text.slice(0, 100) } };
}

function booleanValue(v: string): XlsxCellValue {
  const text = v.trim();
  if (text === '1' || text === 'true') return { value: true };
  if (text === '0' || text === 'false') return { value: false };
  return unsupported(`boolean "${text.slice(0, 40)}"`);
}

function numberValue(v: string, kind: NumberKind, date1904: boolean): XlsxCellValue {
  const text = v.trim();
  if (text === '') return EMPTY;
  if (!DECIMAL.test(text)) {
    if (SPECIAL_DOUBLE.test(text)) return unsupported(`number ${text}`);
    return badNumber(text);
  }
  const n = Number(text);
  if (!Number.isFinite(n)) return unsupported(`number ${String(n)}`);
  if (kind === 'date') return { value: serialToIso(n, date1904), problem: 'date' };
  if (kind === 'percent') {
    // 0.57 shown as 57%: the person sees 57. toPrecision(12) drops the binary noise of ×100.
    return { value: Number((n * 100).toPrecision(12)), percent: true };
  }
  return { value: Object.is(n, -0) ? 0 : n };
}
