import type { Finding } from '../../core/findings/finding.js';
import { makeFinding } from '../../core/findings/make-finding.js';
import { cellAddress, columnNumber } from '../../core/table/cell-address.js';
import type { RawCell, RawRow } from '../../core/table/raw-table.js';
import { CappedText, CELL_TEXT_MAX } from '../files/cell-text-limit.js';
import { BudgetExceeded, type ReadBudget } from './read-budget.js';
import type { NumberKind } from './read-cell-formats.js';
import type { SharedStrings } from './read-shared-strings.js';
import { xlsxCellValue, type XlsxCellXml } from './xlsx-cell-value.js';
import { attribute, readXmlPart, XmlPartError, type XmlAttributes } from './xml-part.js';

/** What a sheet's cells need from the rest of the workbook. */
export interface WorksheetContext {
  file: string;
  sheet: string;
  part: string;
  sharedStrings: SharedStrings;
  formats: readonly NumberKind[];
  date1904: boolean;
  budget: ReadBudget;
  /** Findings at cells (a damaged number, a bad shared-string index) are added here. */
  findings: Finding[];
}

export interface WorksheetCells {
  rows: RawRow[];
  merges: string[];
}

type OpenCell = XlsxCellXml & { column: number; kind: NumberKind };

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const REFERENCE = /^([A-Za-z]{1,3})([1-9]\d{0,6})$/;

/**
 * Reads one worksheet part: the cells present in `<sheetData>` (rows and cells stay sparse — a
 * lone cell at XFD costs one cell, not 16,384) and the merged ranges, whose non-top-left cells
 * are then dropped. Everything else in the part — column runs, data validations, conditional
 * formats, hyperlinks — is parsed past and never expanded.
 */
export function readWorksheet(bytes: Buffer, ctx: WorksheetContext): WorksheetCells {
  const reader = new SheetHandler(ctx);
  readXmlPart(ctx.part, bytes, reader, ctx.budget);
  return {
    rows: dropMergedCells(reader.rows, reader.merges, ctx.budget),
    merges: reader.mergeRefs,
  };
}

class SheetHandler {
  readonly rows: RawRow[] = [];
  /** Merged ranges as [row1, column1, row2, column2] quadruples. */
  readonly merges: number[] = [];
  readonly mergeRefs: string[] = [];
  private inSheetData = false;
  private row: RawRow | null = null;
  private lastRow = 0;
  private lastColumn = 0;
  private readonly current: OpenCell = {
    type: 'n',
    value: null,
    inline: null,
    formula: false,
    column: 0,
    kind: 'plain',
  };
  private cell: OpenCell | null = null;
  private inValue = false;
  private inInline = false;
  private inlineText = 0;
  private inPhonetic = 0;
  private defects = 0;
  /** The text of the open cell's `<v>` and `<is>`, each cut at CELL_TEXT_MAX as it arrives. */
  private readonly valueText = new CappedText();
  private readonly inlineTextCap = new CappedText();

  constructor(private readonly ctx: WorksheetContext) {}

  open(name: string, attributes: XmlAttributes): void {
    switch (name) {
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'row':
        if (this.inSheetData) this.openRow(attributes);
        return;
      case 'c':
        if (this.row !== null) this.openCell(attributes);
        return;
      case 'v':
      case 'is':
        if (this.cell !== null) this.openText(this.cell, name);
        return;
      case 'f':
        if (this.cell !== null) this.cell.formula = true;
        return;
      case 't':
        if (this.inInline) this.inlineText += 1;
        return;
      case 'rPh':
        if (this.inInline) this.inPhonetic += 1;
        return;
      case 'mergeCell':
        this.addMerge(attribute(attributes, 'ref') ?? '');
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'sheetData':
        this.inSheetData = false;
        return;
      case 'row':
        this.closeRow();
        return;
      case 'c':
        this.closeCell();
        return;
      case 'v':
        this.inValue = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 't':
        if (this.inInline) this.inlineText -= 1;
        return;
      case 'rPh':
        if (this.inInline) this.inPhonetic -= 1;
        return;
    }
  }

  text(text: string): void {
    const cell = this.cell;
    if (cell === null) return;
    if (this.inValue) this.valueText.add(text);
    else if (this.inInline && this.inlineText > 0 && this.inPhonetic === 0) {
      this.inlineTextCap.add(text);
    }
  }

  /** A `<v>` or `<is>` opens in the cell: its text is gathered from here (an empty one still gives ''). */
  private openText(cell: OpenCell, name: 'v' | 'is'): void {
    if (name === 'v') {
      this.inValue = true;
      cell.value ??= '';
    } else {
      this.inInline = true;
      cell.inline ??= '';
    }
  }

  private corrupt(detail: string): never {
    throw new XmlPartError(this.ctx.part, detail);
  }

  private openRow(attributes: XmlAttributes): void {
    const r = attribute(attributes, 'r');
    // `r` is optional (DataGrip and others leave it out): the row after the last one.
    const number = r === undefined ? this.lastRow + 1 : /^\d{1,7}$/.test(r.trim()) ? Number(r) : 0;
    if (number < 1 || number > MAX_ROW) this.corrupt(`bad row number "${(r ?? '').slice(0, 20)}"`);
    if (number <= this.lastRow) this.corrupt(`row ${number} comes after row ${this.lastRow}`);
    this.row = { row: number, cells: [] };
    this.lastRow = number;
    this.lastColumn = 0;
    this.defects = 0;
  }

  private openCell(attributes: XmlAttributes): void {
    const row = this.row!;
    const ref = attribute(attributes, 'r');
    const column = ref === undefined ? this.lastColumn + 1 : referenceColumn(ref, row.row);
    if (column < 1 || column > MAX_COLUMN) {
      this.corrupt(`bad cell reference "${(ref ?? '').slice(0, 30)}" in row ${row.row}`);
    }
    if (column <= this.lastColumn) {
      this.corrupt(`cell ${cellAddress(row.row, column)} comes after another cell to its right`);
    }
    this.lastColumn = column;
    const style = attribute(attributes, 's');
    // One object, reused for every cell of the sheet: millions of cells, no garbage.
    const cell = this.current;
    cell.type = attribute(attributes, 't') ?? 'n';
    cell.value = null;
    cell.inline = null;
    cell.formula = false;
    cell.valueLength = 0;
    cell.inlineLength = 0;
    this.valueText.reset();
    this.inlineTextCap.reset();
    cell.column = column;
    cell.kind = style === undefined ? 'plain' : (this.ctx.formats[Number(style)] ?? 'plain');
    this.cell = cell;
  }

  private closeCell(): void {
    const cell = this.cell;
    const row = this.row;
    this.cell = null;
    this.inValue = false;
    this.inInline = false;
    this.inlineText = 0;
    this.inPhonetic = 0;
    if (cell === null || row === null) return;
    const { ctx } = this;
    if (cell.value !== null) {
      cell.value = this.valueText.text;
      cell.valueLength = this.valueText.length;
    }
    if (cell.inline !== null) {
      cell.inline = this.inlineTextCap.text;
      cell.inlineLength = this.inlineTextCap.length;
    }
    const { texts, cut } = ctx.sharedStrings;
    const read = xlsxCellValue(cell, cell.kind, ctx.date1904, texts, cut);
    const defect = read.defect;
    if (defect !== undefined) {
      const where = { file: ctx.file, sheet: ctx.sheet, row: row.row, column: cell.column };
      ctx.findings.push(
        defect.code === 'FILE_XLSX_BAD_NUMBER'
          ? makeFinding(defect.code, { value: defect.value }, where, { value: defect.value })
          : defect.code === 'FILE_XLSX_BAD_SHARED_STRING'
            ? makeFinding(defect.code, { index: defect.index, count: defect.count }, where, {
                value: defect.index,
              })
            : makeFinding(defect.code, { type: defect.type }, where),
      );
      // Counted like a kept cell: a sheet of a million bad cells must hit the cell cap too.
      this.defects += 1;
      return;
    }
    if (read.cut !== undefined) {
      const where = { file: ctx.file, sheet: ctx.sheet, row: row.row, column: cell.column };
      const args = { length: read.cut, max: CELL_TEXT_MAX, cut: read.cut - CELL_TEXT_MAX };
      ctx.findings.push(makeFinding('DATA_CELL_TOO_LONG', args, where));
    }
    if (read.value === null && read.problem === undefined) return;
    const raw: RawCell = { value: read.value, row: row.row, column: cell.column };
    if (read.percent === true) raw.percent = true;
    if (read.problem !== undefined) raw.problem = read.problem;
    if (read.errorText !== undefined) raw.errorText = read.errorText;
    row.cells.push(raw);
  }

  private closeRow(): void {
    const row = this.row;
    this.row = null;
    if (row === null) return;
    const counted = row.cells.length + this.defects;
    if (counted > 0) this.ctx.budget.addRow(counted);
    if (row.cells.length > 0) this.rows.push(row);
  }

  private addMerge(ref: string): void {
    const [from, to = from] = ref.trim().split(':');
    const a = REFERENCE.exec(from ?? '');
    const b = REFERENCE.exec(to ?? '');
    if (a === null || b === null) return;
    const r1 = Number(a[2]);
    const r2 = Number(b[2]);
    const c1 = columnNumber(a[1]!);
    const c2 = columnNumber(b[1]!);
    if (r1 === r2 && c1 === c2) return;
    if (this.mergeRefs.length >= this.ctx.budget.limits.maxMerges) {
      throw new BudgetExceeded('merges');
    }
    this.merges.push(Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
    this.mergeRefs.push(ref.trim().toUpperCase());
  }
}

/**
 * Spec §3.4: a merged range is read once, from its top-left cell; any value a file still holds
 * under the rest of the range is dropped. Only rows present are visited (binary search on the
 * sorted rows and cells): a merge over D1:XFD1048576 costs the cells it covers, not its area.
 */
function dropMergedCells(rows: RawRow[], merges: readonly number[], budget: ReadBudget): RawRow[] {
  if (merges.length === 0) return rows;
  let touched = false;
  let visits = 0;
  for (let m = 0; m < merges.length; m += 4) {
    const r1 = merges[m]!;
    const c1 = merges[m + 1]!;
    const r2 = merges[m + 2]!;
    const c2 = merges[m + 3]!;
    for (let i = firstAtLeast(rows, r1, (row) => row.row); i < rows.length; i++) {
      const row = rows[i]!;
      if (row.row > r2) break;
      if ((++visits & 0xfff) === 0) budget.check();
      const start = firstAtLeast(row.cells, c1, (cell) => cell.column);
      let end = start;
      while (end < row.cells.length && row.cells[end]!.column <= c2) end++;
      const keepTopLeft = row.row === r1 && row.cells[start]?.column === c1 ? 1 : 0;
      if (end - start > keepTopLeft) {
        row.cells.splice(start + keepTopLeft, end - start - keepTopLeft);
        touched = true;
      }
    }
  }
  return touched ? rows.filter((row) => row.cells.length > 0) : rows;
}

/**
 * The column of an A1 reference (`XFD1048576`) whose row is `row`, or 0 when it is not one
 * (`ZZZZ1`, `A0`, `B7` in row 8). By hand: it runs once per cell.
 */
function referenceColumn(ref: string, row: number): number {
  let i = 0;
  let column = 0;
  for (; i < ref.length && i < 3; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // ASCII upper case
    if (c < 65 || c > 90) break;
    column = column * 26 + c - 64;
  }
  const digits = ref.length - i;
  if (column === 0 || digits < 1 || digits > 7 || ref.charCodeAt(i) === 48) return 0;
  let number = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
    number = number * 10 + c - 48;
  }
  return number === row ? column : 0;
}

/** The first index whose key is ≥ `target`, in an array sorted by that key. */
function firstAtLeast<T>(items: readonly T[], target: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
