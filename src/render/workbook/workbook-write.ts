import type { ConditionalFormattingRule, Style, Workbook, Worksheet } from 'exceljs';
import { columnLetter } from '../../core/table/cell-address.js';
import { workbookLibrary } from './exceljs-loader.js';
import {
  NUMBER_FORMATS,
  cellValue,
  eachRow,
  rowCount,
  type SheetCell,
  type SheetSpec,
} from './workbook-sheet.js';
import { workbookText } from './workbook-text.js';
import { xlsxDirectWrite } from '../xlsx/xlsx-direct-writer.js';
import { columnWidth, wrappedRowHeight } from './sheet-layout.js';

export interface WorkbookWriteOptions {
  /** created/modified; the only timestamp in the workbook. */
  date: Date;
  /**
   * Big batches: write the package directly (xlsx-direct-writer) instead of through ExcelJS,
   * whose per-cell cost dominates a report on thousands of entities.
   */
  streaming: boolean;
}

const HEADER_FILL = 'FFD9E1F2';

/** Turns sheet descriptions into .xlsx bytes. */
export async function workbookWrite(
  sheets: readonly SheetSpec[],
  options: WorkbookWriteOptions,
): Promise<Uint8Array> {
  // Big batches: written directly, several times faster than ExcelJS's streaming writer.
  if (options.streaming) return xlsxDirectWrite(sheets, { date: options.date });
  const ExcelJS = await workbookLibrary();
  const workbook = new ExcelJS.Workbook();
  stamp(workbook, options.date);
  for (const spec of sheets) writeSheet(workbook, spec);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function stamp(workbook: Workbook, date: Date): void {
  workbook.creator = 'smartcity';
  workbook.lastModifiedBy = 'smartcity';
  workbook.created = date;
  workbook.modified = date;
}

function writeSheet(workbook: Workbook, spec: SheetSpec): Worksheet {
  const frozenColumns = spec.frozenColumns ?? 0;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [
      frozenColumns > 0
        ? { state: 'frozen', xSplit: frozenColumns, ySplit: 1 }
        : { state: 'frozen', ySplit: 1 },
    ],
    // Printed, a sheet fits one A4 page wide (landscape) and repeats its header row.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  const widths = spec.columns.map((_, index) => columnWidth(spec, index));
  sheet.columns = widths.map((width) => ({ width }));

  const header = sheet.addRow(spec.columns.map((column) => workbookText(column.header)));
  header.eachCell((cell) => {
    cell.font = { name: 'Calibri', size: 11, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });

  const styles = new SharedStyles();
  eachRow(spec, (cells) => {
    const row = sheet.addRow(cells.map((cell) => plain(cellValue(cell))));
    cells.forEach((cell, index) => {
      const column = spec.columns[index];
      const value = cellValue(cell);
      const styled = cell !== null && typeof cell === 'object' ? cell : null;
      let numFmt: string | undefined;
      if (styled?.numFmt !== undefined) numFmt = styled.numFmt;
      else if (typeof value === 'number' && column?.numFmt !== undefined) numFmt = column.numFmt;
      else if (typeof value === 'string' && column?.text === true) numFmt = NUMBER_FORMATS.text;
      row.getCell(index + 1).style = styles.get(
        numFmt,
        styled?.bold === true,
        column?.wrap === true,
      );
    });
    // Neither Excel nor LibreOffice grows a row for wrapped text on opening a file; without a
    // height, long names would spill over the rows below.
    const height = wrappedRowHeight(spec, cells, widths);
    if (height !== null) row.height = height;
  });

  const lastRow = rowCount(spec) + 1;
  if (spec.autoFilter !== false && spec.columns.length > 0) {
    sheet.autoFilter = { from: 'A1', to: `${columnLetter(spec.columns.length)}${lastRow}` };
  }
  if (lastRow > 1) {
    // Priorities are unique per sheet, in the order the rules are listed.
    let priority = 0;
    const next = (): number => ++priority;
    for (const rule of spec.rules) addRule(sheet, rule, lastRow, next);
  }
  return sheet;
}

/**
 * One style object per distinct look, shared by every cell that has it. ExcelJS caches a style's
 * id by object identity; a fresh object per cell (what `cell.numFmt = …` makes) re-serialises
 * and re-indexes the style for every cell, which was most of the time of a 3,321-entity report.
 */
class SharedStyles {
  private readonly byKey = new Map<string, Partial<Style>>();

  get(numFmt: string | undefined, bold: boolean, wrap: boolean): Partial<Style> {
    const key = `${numFmt ?? ''}\u0000${bold ? 1 : 0}${wrap ? 1 : 0}`;
    let style = this.byKey.get(key);
    if (style === undefined) {
      style = {};
      if (numFmt !== undefined) style.numFmt = numFmt;
      if (bold) style.font = { name: 'Calibri', size: 11, bold: true };
      // Top-aligned throughout, so a row made tall by a wrapped name still reads as one line.
      style.alignment = wrap ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
      this.byKey.set(key, style);
    }
    return style;
  }
}

/**
 * Only plain strings and finite numbers reach a cell: a string is always stored as text (never a
 * formula, even when it begins with "="), and nothing here can build a hyperlink or rich text.
 */
function plain(value: SheetCell): string | number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : workbookText(value);
  return null;
}

function addRule(
  sheet: Worksheet,
  rule: SheetSpec['rules'][number],
  lastRow: number,
  priority: () => number,
): void {
  const range = (from: number, to: number): string =>
    `${columnLetter(from + 1)}2:${columnLetter(to + 1)}${lastRow}`;
  switch (rule.kind) {
    case 'dataBar': {
      const rules: ConditionalFormattingRule[] = [
        {
          type: 'dataBar',
          priority: priority(),
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 1 },
          ],
          gradient: false,
          // Not in ExcelJS's types, but read by its writer.
          ...({ color: { argb: 'FF5B9BD5' } } as object),
        } as ConditionalFormattingRule,
      ];
      sheet.addConditionalFormatting({ ref: range(rule.column, rule.column), rules });
      return;
    }
    case 'colorScale':
      sheet.addConditionalFormatting({
        ref: range(rule.fromColumn, rule.toColumn),
        rules: [scale(priority())],
      });
      return;
    case 'bands':
    case 'severity': {
      const letter = columnLetter(rule.column + 1);
      sheet.addConditionalFormatting({
        ref: range(rule.column, rule.column),
        rules: rule.fills.map((fill): ConditionalFormattingRule => ({
          type: 'expression',
          priority: priority(),
          formulae: [`$${letter}2="${fill.text.replace(/"/g, '""')}"`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill.colour } },
          },
        })),
      });
      return;
    }
  }
}

/** Red → amber → green over achievement/index fractions 0..1, the same in every report. */
function scale(priority: number): ConditionalFormattingRule {
  return {
    type: 'colorScale',
    priority,
    cfvo: [
      { type: 'num', value: 0 },
      { type: 'num', value: 0.5 },
      { type: 'num', value: 1 },
    ],
    color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
  };
}
