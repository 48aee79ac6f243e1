import type { RawValue } from '../../core/table/raw-table.js';

/**
 * One workbook cell "as a person sees it", from an ExcelJS cell value and its number format.
 * ExcelJS hands out many shapes (plain scalars, `{richText}`, `{text, hyperlink}`,
 * `{formula|sharedFormula, result}`, `{error}`, Date); this is the one place that knows them, so
 * nothing downstream ever prints `[object Object]` or reads `cell.text` (which ignores formats).
 */
export interface XlsxCellValue {
  value: RawValue;
  percent?: true;
  problem?: 'formula-no-result' | 'error-value' | 'date';
  errorText?: string;
  /** Set when the shape is not understood: a short description for FILE_XLSX_UNSUPPORTED_CELL. */
  unsupported?: string;
}

const EMPTY: XlsxCellValue = { value: null };

export function xlsxCellValue(
  raw: unknown,
  numFmt: string | undefined,
  date1904: boolean,
): XlsxCellValue {
  return convert(raw, numFmt, date1904, true);
}

function convert(
  raw: unknown,
  numFmt: string | undefined,
  date1904: boolean,
  allowFormula: boolean,
): XlsxCellValue {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'number') return numberValue(raw, numFmt, date1904);
  if (typeof raw === 'string') return textValue(raw);
  if (typeof raw === 'boolean') return { value: raw };
  if (raw instanceof Date) return dateValue(raw);
  if (typeof raw !== 'object') return { value: null, unsupported: typeof raw };

  const obj = raw as Record<string, unknown>;
  if (typeof obj['error'] === 'string') {
    return { value: null, problem: 'error-value', errorText: obj['error'] };
  }
  if (allowFormula && ('formula' in obj || 'sharedFormula' in obj || 'result' in obj)) {
    // Only the value Excel last calculated counts; ExcelJS never calculates.
    const result = obj['result'];
    if (result === undefined || result === null)
      return { value: null, problem: 'formula-no-result' };
    return convert(result, numFmt, date1904, false);
  }
  const rich = richText(obj);
  if (rich !== null) return textValue(rich);
  // A hyperlink shows its text (itself possibly rich text); the link is dropped.
  const text = obj['text'];
  if (typeof text === 'string') return textValue(text);
  if (text !== null && typeof text === 'object') {
    const inner = richText(text as Record<string, unknown>);
    if (inner !== null) return textValue(inner);
  }
  return { value: null, unsupported: 'object' };
}

function richText(obj: Record<string, unknown>): string | null {
  const runs = obj['richText'];
  if (!Array.isArray(runs)) return null;
  return runs
    .map((run: unknown) => {
      const t = run !== null && typeof run === 'object' ? (run as { text?: unknown }).text : null;
      return typeof t === 'string' ? t : '';
    })
    .join('');
}

function textValue(text: string): XlsxCellValue {
  return text === '' ? EMPTY : { value: text.normalize('NFC') };
}

function numberValue(n: number, numFmt: string | undefined, date1904: boolean): XlsxCellValue {
  if (!Number.isFinite(n)) return { value: null, unsupported: `number ${String(n)}` };
  if (numFmt !== undefined && isDateFormat(numFmt)) {
    return { value: serialToIso(n, date1904), problem: 'date' };
  }
  if (numFmt !== undefined && isPercentFormat(numFmt)) {
    // 0.57 shown as 57%: the person sees 57. toPrecision(12) drops the binary noise of ×100.
    return { value: Number((n * 100).toPrecision(12)), percent: true };
  }
  return { value: Object.is(n, -0) ? 0 : n };
}

function dateValue(d: Date): XlsxCellValue {
  // Dates are not indicator values; the ISO text is kept so a message can quote it.
  return { value: Number.isNaN(d.getTime()) ? null : isoDate(d), problem: 'date' };
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1462 days less. */
const UNIX_EPOCH_SERIAL = 25569;

function serialToIso(serial: number, date1904: boolean): string | null {
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0);
  const ms = Math.round(days * MS_PER_DAY);
  if (Math.abs(ms) > 8.64e15) return null;
  return isoDate(new Date(ms));
}

function isoDate(d: Date): string | null {
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) return null;
  const pad = (v: number, n = 2): string => String(v).padStart(n, '0');
  const date = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** The format code with literal parts removed: quoted text, `\x` escapes, `_x` spacing, `*x` fill. */
function formatTokens(numFmt: string): string {
  return numFmt.replace(/"[^"]*"|\\.|_.|\*./g, '');
}

/**
 * A date/time format: d, m, y, h or s outside literals, or an elapsed-time bracket ([h], [mm]).
 * Case-insensitive, unlike ExcelJS: LibreOffice writes `DD/MM/YYYY`, which ExcelJS leaves a number.
 */
export function isDateFormat(numFmt: string): boolean {
  const tokens = formatTokens(numFmt);
  if (/\[(h+|m+|s+)\]/i.test(tokens)) return true;
  const bare = tokens.replace(/\[[^\]]*\]/g, '').replace(/general/gi, '');
  return /[dmyhs]/i.test(bare);
}

/** A percent format: `%` outside literals and brackets (Excel then shows the value ×100). */
export function isPercentFormat(numFmt: string): boolean {
  return formatTokens(numFmt)
    .replace(/\[[^\]]*\]/g, '')
    .includes('%');
}
