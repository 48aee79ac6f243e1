import { describe, expect, it } from 'vitest';
import type { RawSource } from '../../../src/core/table/raw-table.js';
import { DEFAULT_MAX_SIZE, type ReadOptions } from '../../../src/io/files/read-options.js';
import { readXlsx } from '../../../src/io/xlsx/read-xlsx.js';
import { buildXlsx, type TwinWorkbook } from '../../helpers/xlsx-builder.js';

const options: ReadOptions = { encoding: 'auto', sheet: null, maxSize: DEFAULT_MAX_SIZE };

/** Non-empty cells of a sheet by address, in the twin's shape, for exact comparison. */
function cellsOf(source: RawSource, sheetName: string): Record<string, unknown> {
  const sheet = source.sheets.find((s) => s.name === sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const out: Record<string, unknown> = {};
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      expect(cell.row).toBe(row.row);
      if (cell.value === null && cell.problem === undefined) continue;
      const letter = String.fromCharCode(64 + cell.column);
      const { row: _r, column: _c, ...rest } = cell;
      out[`${letter}${cell.row}`] = rest;
    }
  }
  return out;
}

async function read(twin: TwinWorkbook): Promise<RawSource> {
  return readXlsx(await buildXlsx(twin), 'data.xlsx', options);
}

describe('readXlsx: cell values as a person sees them', () => {
  it('reads numbers, strings (NFC), booleans and skips empty cells', async () => {
    const source = await read({
      sheets: [
        {
          name: 'Dữ liệu',
          cells: {
            A1: 'Mã chỉ số',
            B1: 'Giá trị',
            A2: 'HT.BR.01',
            B2: 85.5,
            A3: 'Đồng Nai'.normalize('NFD'),
            B3: true,
            D3: 0,
            B4: '',
          },
        },
      ],
    });
    expect(source.findings).toEqual([]);
    expect(source.kind).toBe('xlsx');
    expect(source.file).toBe('data.xlsx');
    expect(cellsOf(source, 'Dữ liệu')).toEqual({
      A1: { value: 'Mã chỉ số' },
      B1: { value: 'Giá trị' },
      A2: { value: 'HT.BR.01' },
      B2: { value: 85.5 },
      A3: { value: 'Đồng Nai'.normalize('NFC') },
      B3: { value: true },
      D3: { value: 0 },
    });
    const row3 = source.sheets[0]!.rows.find((r) => r.row === 3)!;
    // Sparse: the empty C3 between B3 and D3 is not there.
    expect(row3.cells.map((c) => c.column)).toEqual([1, 2, 4]);
  });

  it('turns percent-formatted numbers into what Excel shows (×100, 12 digits)', async () => {
    const source = await read({
      sheets: [
        {
          name: 'S',
          cells: {
            A1: { value: 0.57, numFmt: '0%' },
            A2: { value: 0.855, numFmt: '0.0%' },
            A3: { value: 0.07, numFmt: '0.00%' },
            A4: { value: 0.5, numFmt: '"%"0.00' },
            A6: { value: 1.5, numFmt: '[Red]0%;[Blue]-0%' },
          },
        },
      ],
    });
    expect(cellsOf(source, 'S')).toEqual({
      A1: { value: 57, percent: true },
      A2: { value: 85.5, percent: true },
      A3: { value: 7, percent: true },
      A4: { value: 0.5 },
      A6: { value: 150, percent: true },
    });
  });

  it('reads formula results, never the formula; no result and error values are problems', async () => {
    const source = await read({
      sheets: [
        {
          name: 'S',
          cells: {
            A1: { formula: 'SUM(B1:B2)', result: 12 },
            A2: { formula: 'A1&"x"', result: 'Hà Nội' },
            A3: { formula: 'A1>1', result: true },
            A4: { formula: 'SUM(B1:B2)' } as never,
            A5: { formula: '1/0', result: { error: '#DIV/0!' } },
            A6: { error: '#N/A' },
            A7: { value: { formula: 'B1/100', result: 0.57 }, numFmt: '0%' },
            // ExcelJS's cell.value drops falsy cached results; they must survive.
            A8: { formula: 'B1-B1', result: 0 },
            A9: { formula: 'B1>B2', result: false },
          },
        },
      ],
    });
    expect(cellsOf(source, 'S')).toEqual({
      A1: { value: 12 },
      A2: { value: 'Hà Nội' },
      A3: { value: true },
      A4: { value: null, problem: 'formula-no-result' },
      A5: { value: null, problem: 'error-value', errorText: '#DIV/0!' },
      A6: { value: null, problem: 'error-value', errorText: '#N/A' },
      A7: { value: 57, percent: true },
      A8: { value: 0 },
      A9: { value: false },
    });
  });

  it('reads shared-formula clones from their cached results', async () => {
    const source = await read({
      sheets: [
        {
          name: 'S',
          cells: {
            B1: { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B3' } as never,
            B2: { sharedFormula: 'B1', result: 4 } as never,
            B3: { sharedFormula: 'B1' } as never,
          },
        },
      ],
    });
    expect(cellsOf(source, 'S')).toEqual({
      B1: { value: 2 },
      B2: { value: 4 },
      B3: { value: null, problem: 'formula-no-result' },
    });
  });

  it('flattens rich text and hyperlinks to their text', async () => {
    const source = await read({
      sheets: [
        {
          name: 'S',
          cells: {
            A1: { richText: [{ text: 'Tỷ lệ ' }, { font: { bold: true }, text: 'hộ gia đình' }] },
            A2: { text: 'Cổng dữ liệu', hyperlink: 'https://example.vn' },
            A3: {
              text: { richText: [{ text: 'Đồng ' }, { text: 'Nai' }] },
              hyperlink: 'https://example.vn',
            } as never,
          },
        },
      ],
    });
    const cells = cellsOf(source, 'S');
    expect(cells).toEqual({
      A1: { value: 'Tỷ lệ hộ gia đình' },
      A2: { value: 'Cổng dữ liệu' },
      A3: { value: 'Đồng Nai' },
    });
    expect(JSON.stringify(source)).not.toContain('[object Object]');
  });

  it('marks dates (Date values and date-formatted numbers) as problems with an ISO text', async () => {
    const source = await read({
      sheets: [
        {
          name: 'S',
          cells: {
            A1: new Date(Date.UTC(2025, 6, 1)),
            A2: { value: 45000, numFmt: 'DD/MM/YYYY' },
            A3: { value: 45000.5, numFmt: 'yyyy-mm-dd hh:mm' },
            A4: { value: 2025, numFmt: '0' },
          },
        },
      ],
    });
    expect(cellsOf(source, 'S')).toEqual({
      A1: { value: '2025-07-01', problem: 'date' },
      A2: { value: '2023-03-15', problem: 'date' },
      A3: { value: '2023-03-15T12:00:00', problem: 'date' },
      A4: { value: 2025 },
    });
  });

  it('does not crash on a 1904 workbook', async () => {
    const source = await read({
      date1904: true,
      sheets: [{ name: 'S', cells: { A1: new Date(Date.UTC(2027, 2, 16)), A2: 5 } }],
    });
    expect(source.findings).toEqual([]);
    const cells = cellsOf(source, 'S');
    expect(cells['A1']).toMatchObject({ problem: 'date' });
    expect(cells['A2']).toEqual({ value: 5 });
  });

  it('keeps merged values once, in the top-left cell, and lists the ranges', async () => {
    const source = await read({
      sheets: [
        {
          name: 'S',
          cells: { A1: 'BÁO CÁO CHỈ SỐ ĐÔ THỊ THÔNG MINH', A9: 'Đồng Nai', C9: 1 },
          merges: ['A1:D1', 'A9:B10'],
        },
      ],
    });
    expect(source.sheets[0]!.merges.sort()).toEqual(['A1:D1', 'A9:B10']);
    expect(cellsOf(source, 'S')).toEqual({
      A1: { value: 'BÁO CÁO CHỈ SỐ ĐÔ THỊ THÔNG MINH' },
      A9: { value: 'Đồng Nai' },
      C9: { value: 1 },
    });
  });

  it('returns every sheet in workbook order with its hidden state', async () => {
    const source = await read({
      sheets: [
        { name: 'Hướng dẫn', cells: { A1: 'Điền số liệu vào trang Dữ liệu' } },
        { name: 'Ẩn', state: 'hidden', cells: { A1: 1 } },
        { name: 'Rất ẩn', state: 'veryHidden', cells: { A1: 2 } },
        { name: 'Dữ liệu', cells: { A1: 'Mã chỉ số', B1: 'Giá trị' } },
      ],
    });
    expect(source.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Hướng dẫn', false],
      ['Ẩn', true],
      ['Rất ẩn', true],
      ['Dữ liệu', false],
    ]);
  });
});
