import { describe, expect, it } from 'vitest';
import { bind, codes } from './bind-test-kit.js';
import { xlsxSource } from './raw-source-builder.js';

const table = [
  ['Mã chỉ số', 'Giá trị'],
  ['HT.01', 60],
];

describe('choosing the sheet (spec §3.4)', () => {
  const workbook = () =>
    xlsxSource('dongnai.xlsx', [
      { name: 'Hướng dẫn', rows: [['Điền số liệu vào trang Dữ liệu']] },
      { name: 'Ẩn', hidden: true, rows: [table[0]!, ['HT.01', 10]] },
      { name: 'Dữ liệu', rows: table },
    ]);

  it('takes the first visible sheet with a header row', () => {
    const dataset = bind(workbook());
    expect(dataset.entities[0]!.source.sheet).toBe('Dữ liệu');
    expect(dataset.entities[0]!.values.get('HT.01')!.value).toBe(60);
  });

  it.each([
    ['an exact name', 'Dữ liệu', 60],
    ['an NFD name', 'Dữ liệu'.normalize('NFD'), 60],
    ['a folded name', 'du lieu', 60],
    ['a hidden sheet by name', 'Ẩn', 10],
    ['a 1-based index of visible sheets', '2', 60],
  ])('--sheet %s', (_what, sheet, value) => {
    const dataset = bind(workbook(), { sheet });
    expect(dataset.entities[0]!.values.get('HT.01')!.value).toBe(value);
  });

  it('a sheet that does not exist lists the sheets', () => {
    const dataset = bind(workbook(), { sheet: 'Data' });
    expect(codes(dataset)).toEqual(['DATA_SHEET_NOT_FOUND@-']);
    expect(dataset.findings[0]!.args.sheets).toContain('"Ẩn" (hidden)');
  });

  it('a named sheet without a header row', () => {
    expect(codes(bind(workbook(), { sheet: 'Hướng dẫn' }))).toEqual(['DATA_NO_HEADER_ROW@-']);
  });

  it('only hidden sheets', () => {
    const source = xlsxSource('x.xlsx', [{ name: 'S', hidden: true, rows: table }]);
    expect(codes(bind(source))).toEqual(['DATA_NO_VISIBLE_SHEET@-']);
  });

  it('a source that could not be read keeps its own findings only', () => {
    const source = { ...xlsxSource('x.xlsx', []), findings: [] };
    const dataset = bind(source);
    expect(dataset).toEqual({ layout: null, entities: [], findings: [] });
  });
});
