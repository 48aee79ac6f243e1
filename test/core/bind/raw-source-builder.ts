import type { RawRow, RawSheet, RawSource, RawValue } from '../../../src/core/table/raw-table.js';

/** Rows of cell values (null = empty) → RawRows numbered from `firstRow`. */
function rawRows(values: RawValue[][], firstRow = 1): RawRow[] {
  return values.map((cells, i) => ({
    row: firstRow + i,
    cells: cells.map((value, c) => ({
      value: typeof value === 'string' ? value.normalize('NFC') : value,
      row: firstRow + i,
      column: c + 1,
      ...(typeof value === 'string' || value === null ? { line: firstRow + i } : {}),
    })),
  }));
}

/**
 * A CSV source from text: one record per line, split on `;` when the text has one, else
 * `,` (no quoting: fixtures avoid it). Empty fields are null, as the CSV reader gives them.
 */
export function csvSource(file: string, text: string): RawSource {
  const lines = text.replace(/\n$/, '').split('\n');
  const delimiter = text.includes(';') ? ';' : text.includes('\t') ? '\t' : ',';
  const values = lines.map((line) =>
    line.split(delimiter).map((field): RawValue => (field === '' ? null : field)),
  );
  const sheet: RawSheet = { name: null, hidden: false, rows: rawRows(values), merges: [] };
  return { file, kind: 'csv', sheets: [sheet], findings: [] };
}

export interface SheetSpec {
  name: string;
  rows: RawValue[][];
  hidden?: boolean;
  merges?: string[];
}

/** A workbook source with the given sheets; rows start at Excel row 1. */
export function xlsxSource(file: string, sheets: SheetSpec[]): RawSource {
  return {
    file,
    kind: 'xlsx',
    sheets: sheets.map((sheet) => ({
      name: sheet.name.normalize('NFC'),
      hidden: sheet.hidden === true,
      rows: rawRows(sheet.rows).map((row) => ({
        ...row,
        cells: row.cells.map(({ line: _line, ...cell }) => cell),
      })),
      merges: sheet.merges ?? [],
    })),
    findings: [],
  };
}

export const NO_OPTIONS = { province: null, year: null, decimal: 'auto', sheet: null } as const;
