import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/core/table/cell-address.js';
import type { RawSource } from '../../../src/core/table/raw-table.js';
import { DEFAULT_MAX_SIZE } from '../../../src/io/files/read-options.js';
import { readXlsx } from '../../../src/io/xlsx/read-xlsx.js';
import { unzipEntries } from '../../helpers/zip-writer.js';

/** Workbooks saved by LibreOffice Calc (scripts/make-libreoffice-fixtures.ts) and their twins. */
interface ExpectedWorkbook {
  sheets: {
    name: string | null;
    hidden: boolean;
    merges: string[];
    cells: Record<string, unknown>;
  }[];
}

const dir = new URL('../../../fixtures/libreoffice/', import.meta.url);

function actualSheets(source: RawSource): ExpectedWorkbook['sheets'] {
  return source.sheets.map((sheet) => {
    const cells: Record<string, unknown> = {};
    for (const row of sheet.rows) {
      for (const cell of row.cells) {
        if (cell.value === null && cell.problem === undefined) continue;
        const { row: _r, column: _c, ...rest } = cell;
        cells[`${columnLetter(cell.column)}${cell.row}`] = rest;
      }
    }
    return { name: sheet.name, hidden: sheet.hidden, merges: sheet.merges, cells };
  });
}

describe.each(['percent-formula', 'hidden-and-errors'])('LibreOffice fixture %s.xlsx', (name) => {
  it('reads exactly the cells of its expected twin', async () => {
    const bytes = readFileSync(new URL(`${name}.xlsx`, dir));
    const expected = JSON.parse(
      readFileSync(new URL(`${name}.expected.json`, dir), 'utf8'),
    ) as ExpectedWorkbook;
    const source = await readXlsx(bytes, `${name}.xlsx`, {
      encoding: 'auto',
      sheet: null,
      maxSize: DEFAULT_MAX_SIZE,
    });
    // Really saved by LibreOffice, not by ExcelJS: that is the point of these fixtures.
    const workbookXml = unzipEntries(bytes).find((e) => e.name === 'xl/workbook.xml')!;
    expect(workbookXml.data.toString('utf8')).toContain('<fileVersion appName="Calc"/>');
    expect(source.findings).toEqual([]);
    expect(actualSheets(source)).toEqual(expected.sheets);
  });
});
