import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE } from '../../../src/io/files/read-options.js';
import { readXlsx } from '../../../src/io/xlsx/read-xlsx.js';
import { xlsxLoadSheets } from '../../../src/io/xlsx/xlsx-load-sheets.js';
import { buildXlsx } from '../../helpers/xlsx-builder.js';
import { unzipEntries, writeZip } from '../../helpers/zip-writer.js';

const options = { encoding: 'auto', sheet: null, maxSize: DEFAULT_MAX_SIZE } as const;
let base: { name: string; data: Buffer }[];

beforeAll(async () => {
  base = unzipEntries(
    await buildXlsx({ sheets: [{ name: 'Dữ liệu', cells: { A1: 'Mã chỉ số', B1: 'Giá trị' } }] }),
  );
});

/** The base workbook with sheet1.xml's <sheetData> replaced: hand-written OOXML cases. */
function withSheetData(sheetData: string): Buffer {
  return writeZip(
    base.map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? {
            name: e.name,
            data: e.data
              .toString('utf8')
              .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, sheetData),
          }
        : { name: e.name, data: e.data },
    ),
  );
}

describe('readXlsx on workbooks ExcelJS cannot read', () => {
  it('turns a parser error into FILE_XLSX_CORRUPT with its first line, never a stack', async () => {
    const source = await readXlsx(
      withSheetData('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'),
      'bad.xlsx',
      options,
    );
    expect(source.sheets).toEqual([]);
    expect(source.findings).toHaveLength(1);
    expect(source.findings[0]).toMatchObject({ code: 'FILE_XLSX_CORRUPT', file: 'bad.xlsx' });
    expect(String(source.findings[0]!.args['detail'])).not.toContain('\n');
  });

  it('reports an out-of-range shared string or a bad cell reference as corrupt', async () => {
    for (const data of [
      '<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData>',
      '<sheetData><row r="1"><c r="ZZZZ99999999"><v>1</v></c></row></sheetData>',
    ]) {
      const source = await readXlsx(withSheetData(data), 'odd.xlsx', options);
      expect(
        source.findings.map((f) => f.code),
        data,
      ).toEqual(['FILE_XLSX_CORRUPT']);
    }
  });

  it('reads merged slaves as empty even when the file still holds values there', async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c><c r="B1"><v>7</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
    const source = await readXlsx(withSheetData(xml), 'm.xlsx', options);
    expect(source.findings).toEqual([]);
    expect(source.sheets[0]!.rows).toEqual([
      { row: 1, cells: [{ value: 'Tiêu đề', row: 1, column: 1 }] },
    ]);
    expect(source.sheets[0]!.merges).toEqual(['A1:B1']);
  });

  it('stops at the row and cell caps with FILE_TOO_MANY_CELLS and no sheets', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="C${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const bytes = withSheetData(`<sheetData>${rows}</sheetData>`);
    const byRows = await xlsxLoadSheets(bytes, 'big.xlsx', { maxRows: 10, maxCells: 1000 });
    expect(byRows).toMatchObject({
      sheets: [],
      findings: [{ code: 'FILE_TOO_MANY_CELLS', args: { unit: 'rows', limit: 10 } }],
    });
    // Dense cells count: A and C make three cells a row (B is an empty cell between them).
    const byCells = await xlsxLoadSheets(bytes, 'big.xlsx', { maxRows: 1000, maxCells: 149 });
    expect(byCells.findings).toMatchObject([
      { code: 'FILE_TOO_MANY_CELLS', args: { unit: 'cells' } },
    ]);
    const fits = await xlsxLoadSheets(bytes, 'big.xlsx', { maxRows: 50, maxCells: 150 });
    expect(fits.findings).toEqual([]);
    expect(fits.sheets[0]!.rows).toHaveLength(50);
  });
});
