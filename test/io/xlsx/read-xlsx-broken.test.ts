import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE } from '../../../src/io/files/read-options.js';
import { readXlsx } from '../../../src/io/xlsx/read-xlsx.js';
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

describe('readXlsx on damaged and odd workbooks', () => {
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

  it('reports a bad cell reference as corrupt, and an out-of-range shared string at its cell', async () => {
    const badRef = await readXlsx(
      withSheetData('<sheetData><row r="1"><c r="ZZZZ99999999"><v>1</v></c></row></sheetData>'),
      'odd.xlsx',
      options,
    );
    expect(badRef.findings.map((f) => f.code)).toEqual(['FILE_XLSX_CORRUPT']);
    expect(badRef.sheets).toEqual([]);
    const badIndex = await readXlsx(
      withSheetData(
        '<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1"><v>5</v></c></row></sheetData>',
      ),
      'odd.xlsx',
      options,
    );
    expect(badIndex.findings).toMatchObject([
      {
        code: 'FILE_XLSX_BAD_SHARED_STRING',
        sheet: 'Dữ liệu',
        cell: 'A1',
        args: { index: '99' },
      },
    ]);
    // The rest of the sheet is read.
    expect(badIndex.sheets[0]!.rows[0]!.cells).toEqual([{ value: 5, row: 1, column: 2 }]);
  });

  it('refuses rows or cells out of order, and elements nested absurdly deep', async () => {
    for (const data of [
      '<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
      '<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row></sheetData>',
      '<sheetData><row r="1"><c r="A2"><v>1</v></c></row></sheetData>',
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is>${'<r>'.repeat(300)}<t>x</t>${'</r>'.repeat(300)}</is></c></row></sheetData>`,
    ]) {
      const source = await readXlsx(withSheetData(data), 'odd.xlsx', options);
      expect(
        source.findings.map((f) => f.code),
        data.slice(0, 80),
      ).toEqual(['FILE_XLSX_CORRUPT']);
      expect(source.findings[0]!.value).toBe('xl/worksheets/sheet1.xml');
    }
  });

  it('reads rows and cells without r attributes (DataGrip style) in order', async () => {
    const source = await readXlsx(
      withSheetData(
        '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData>',
      ),
      'dg.xlsx',
      options,
    );
    expect(source.findings).toEqual([]);
    expect(source.sheets[0]!.rows).toEqual([
      {
        row: 1,
        cells: [
          { value: 1, row: 1, column: 1 },
          { value: 2, row: 1, column: 2 },
        ],
      },
      {
        row: 2,
        cells: [
          { value: 3, row: 2, column: 3 },
          { value: 4, row: 2, column: 4 },
        ],
      },
    ]);
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
        `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const bytes = withSheetData(`<sheetData>${rows}</sheetData>`);
    const limits = (maxRows: number, maxCells: number) => ({ maxRows, maxCells, maxMerges: 10 });
    const byRows = await readXlsx(bytes, 'big.xlsx', options, limits(10, 1000));
    expect(byRows).toMatchObject({
      sheets: [],
      findings: [{ code: 'FILE_TOO_MANY_CELLS', args: { unit: 'rows', limit: 10 } }],
    });
    // Sparse cells count: A and XFD make two cells a row, not 16,384.
    const byCells = await readXlsx(bytes, 'big.xlsx', options, limits(1000, 99));
    expect(byCells.findings).toMatchObject([
      { code: 'FILE_TOO_MANY_CELLS', args: { unit: 'cells' } },
    ]);
    const fits = await readXlsx(bytes, 'big.xlsx', options, limits(50, 100));
    expect(fits.findings).toEqual([]);
    expect(fits.sheets[0]!.rows).toHaveLength(50);
    expect(fits.sheets[0]!.rows[0]!.cells.map((c) => c.column)).toEqual([1, 16384]);
  });

  it('refuses more merged ranges than the cap with FILE_XLSX_TOO_COMPLEX', async () => {
    const merges = Array.from(
      { length: 11 },
      (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 1}"/>`,
    );
    const bytes = withSheetData(
      `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="11">${merges.join('')}</mergeCells>`,
    );
    const source = await readXlsx(bytes, 'm.xlsx', options, {
      maxRows: 10,
      maxCells: 10,
      maxMerges: 10,
    });
    expect(source.findings).toMatchObject([{ code: 'FILE_XLSX_TOO_COMPLEX', args: { max: 10 } }]);
  });

  it('stops at its wall-clock budget with FILE_XLSX_TOO_SLOW', async () => {
    const bytes = withSheetData('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    const limits = { maxRows: 10, maxCells: 10, maxMerges: 10 };
    const late = await readXlsx(bytes, 's.xlsx', options, { ...limits, seconds: 0 });
    expect(late).toMatchObject({
      sheets: [],
      findings: [{ code: 'FILE_XLSX_TOO_SLOW', args: { seconds: 0 } }],
    });
    const inTime = await readXlsx(bytes, 's.xlsx', options, { ...limits, seconds: 60 });
    expect(inTime.findings).toEqual([]);
  });
});
