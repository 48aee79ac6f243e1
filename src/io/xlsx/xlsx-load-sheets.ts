// A type-only import is erased: ExcelJS itself is still loaded lazily below.
import type { Workbook } from 'exceljs';
import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import type { RawCell, RawRow, RawSheet } from '../../core/table/raw-table.js';
import { xlsxCellValue } from './xlsx-cell-value.js';
import type { XlsxHints } from './zip-preflight.js';

/**
 * The only code on the read path that touches ExcelJS (with xlsx-cell-value.ts for its value
 * shapes), so that swapping in a fork stays a local change. It assumes the zip pre-flight has
 * already passed. Every sheet is returned, in workbook order; choosing one is the binder's job.
 */
export interface XlsxLoadResult {
  sheets: RawSheet[];
  findings: Finding[];
}

export interface XlsxReadLimits {
  /** Rows with content, over all sheets. */
  maxRows: number;
  /** Dense cells (empty cells between values included), over all sheets. */
  maxCells: number;
}

/** Spec §5: at least 200,000 rows and 10 million cells, so a 100,000-row table is read. */
const XLSX_READ_LIMITS: XlsxReadLimits = { maxRows: 200_000, maxCells: 10_000_000 };

/** ExcelJS's ValueType.Merge: a cell covered by a merge that is not its top-left cell. */
const MERGE_SLAVE = 1;
/** ExcelJS's ValueType.Formula (shared-formula clones included). */
const FORMULA = 6;

/** The parts of ExcelJS's worksheet this module reads; `_merges` is private but stable in 4.x. */
interface WorksheetLike {
  name: string;
  state?: string;
  _merges?: Record<string, { range?: unknown } | undefined>;
}

export async function xlsxLoadSheets(
  bytes: Uint8Array,
  file: string,
  limits: XlsxReadLimits = XLSX_READ_LIMITS,
  hints?: XlsxHints,
): Promise<XlsxLoadResult> {
  // Loaded lazily: ExcelJS costs a few hundred ms of start-up that CSV users should not pay.
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toExcelBuffer(bytes));
  } catch (error) {
    // ExcelJS/JSZip/saxes messages are terse ("2:274: unexpected close tag."): keep the first
    // line as the detail, never a stack.
    const detail = firstLine(error);
    return {
      sheets: [],
      findings: [makeFinding('FILE_XLSX_CORRUPT', { entry: null, detail }, { file })],
    };
  }

  const excelDate1904 = workbook.properties?.date1904 === true;
  // ExcelJS honours only date1904="1"; "true" is as valid (xsd:boolean) and must shift dates too.
  const date1904 = excelDate1904 || hints?.date1904 === true;
  const dateShiftMs = date1904 && !excelDate1904 ? 1462 * 86_400_000 : 0;
  const isoDates = new Map<string, string>();
  for (const d of hints?.isoDates ?? []) isoDates.set(`${d.sheet}!${d.cell}`, d.text);
  const sheets: RawSheet[] = [];
  const findings: Finding[] = [];
  let rowCount = 0;
  let cellCount = 0;
  let over: 'rows' | 'cells' | null = null;

  for (const worksheet of workbook.worksheets) {
    const ws = worksheet as unknown as WorksheetLike;
    const name = String(ws.name).normalize('NFC');
    const rows: RawRow[] = [];
    worksheet.eachRow((row, rowNumber) => {
      if (over !== null) return;
      const cells: RawCell[] = [];
      let lastUsed = -1;
      row.eachCell((cell, column) => {
        if (cell.type === MERGE_SLAVE) return;
        // ExcelJS's formula `value` drops falsy results (0, false, ""): read `result` itself.
        const value = cell.type === FORMULA ? { formula: true, result: cell.result } : cell.value;
        const raw =
          dateShiftMs !== 0 && value instanceof Date
            ? new Date(value.getTime() + dateShiftMs)
            : value;
        const isoDate = isoDates.size > 0 ? isoDates.get(`${name}!${cell.address}`) : undefined;
        const converted =
          isoDate === undefined
            ? xlsxCellValue(raw, cell.numFmt, date1904)
            : { value: isoDate.slice(0, 10) || null, problem: 'date' as const };
        if (converted.unsupported !== undefined) {
          findings.push(
            makeFinding(
              'FILE_XLSX_UNSUPPORTED_CELL',
              { type: converted.unsupported },
              { file, sheet: name, row: rowNumber, column },
            ),
          );
        }
        if (converted.value === null && converted.problem === undefined) return;
        for (let c = cells.length + 1; c < column; c++) cells.push(emptyCell(rowNumber, c));
        const rawCell: RawCell = { value: converted.value, row: rowNumber, column };
        if (converted.percent === true) rawCell.percent = true;
        if (converted.problem !== undefined) rawCell.problem = converted.problem;
        if (converted.errorText !== undefined) rawCell.errorText = converted.errorText;
        cells.push(rawCell);
        lastUsed = column;
      });
      if (lastUsed < 0) return;
      rowCount++;
      cellCount += cells.length;
      if (rowCount > limits.maxRows) over = 'rows';
      else if (cellCount > limits.maxCells) over = 'cells';
      else rows.push({ row: rowNumber, cells });
    });
    if (over !== null) break;
    sheets.push({
      name,
      hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
      rows,
      merges: mergeRanges(ws),
    });
  }

  if (over !== null) {
    const finding = makeFinding(
      'FILE_TOO_MANY_CELLS',
      {
        limit: over === 'rows' ? limits.maxRows : limits.maxCells,
        unit: over,
        maxRows: limits.maxRows,
        maxCells: limits.maxCells,
      },
      { file },
    );
    return { sheets: [], findings: [finding] };
  }
  if (sheets.length === 0) findings.push(makeFinding('FILE_XLSX_NO_WORKSHEETS', {}, { file }));
  return { sheets, findings };
}

function emptyCell(row: number, column: number): RawCell {
  return { value: null, row, column };
}

function mergeRanges(ws: WorksheetLike): string[] {
  const merges = ws._merges ?? {};
  const ranges: string[] = [];
  for (const merge of Object.values(merges)) {
    if (merge !== undefined && typeof merge.range === 'string') ranges.push(merge.range);
  }
  return ranges;
}

type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];

/** ExcelJS declares its own `Buffer` type; a Node Buffer over exactly the file's bytes is what it reads. */
function toExcelBuffer(bytes: Uint8Array): ExcelBuffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelBuffer;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 300);
}
