import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bind, codes } from './bind-test-kit.js';
import { csvSource } from './raw-source-builder.js';

const national = readFileSync(
  new URL('../../fixtures/data/national-34.csv', import.meta.url),
  'utf8',
);

describe('wide layout (spec §3.2)', () => {
  it('resolves all 34 provinces in many spellings and skips the national total', () => {
    const dataset = bind(csvSource('national-34.csv', national.replace(/,/g, ';')), { year: 2025 });
    expect(dataset.layout).toBe('wide');
    expect(codes(dataset, 'error')).toEqual([]);
    expect(codes(dataset, 'warning')).toEqual([]);
    expect(dataset.entities).toHaveLength(34);
    const provinceCodes = dataset.entities.map((entity) => entity.province?.code);
    expect(new Set(provinceCodes).size).toBe(34);
    expect(dataset.entities.map((e) => e.label)).toEqual(
      expect.arrayContaining(['Thanh Hóa', 'Khánh Hòa', 'Hồ Chí Minh', 'Đắk Lắk', 'Huế']),
    );
    expect(dataset.entities[0]!.values.get('HT.01')!.value).toBe(90);
    expect(dataset.entities.every((e) => e.year === 2025)).toBe(true);
  });

  it('also without a year (current units first)', () => {
    const dataset = bind(csvSource('national-34.csv', national.replace(/,/g, ';')));
    expect(codes(dataset, 'error')).toEqual([]);
    expect(dataset.entities).toHaveLength(34);
  });

  it('two spellings of one province are a duplicate at both rows', () => {
    const text = 'Tỉnh;HT.01\nĐồng Nai;60\nCà Mau;50\nDONG NAI;61\n';
    const dataset = bind(csvSource('t.csv', text), { year: 2025 });
    expect(codes(dataset)).toEqual(['DATA_DUPLICATE_ENTITY@2:1', 'DATA_DUPLICATE_ENTITY@4:1']);
    expect(dataset.entities).toHaveLength(2);
  });

  it('a pre-2025 unit in a 2025 table is PROVINCE_RETIRED naming the successor', () => {
    const text = 'Tỉnh;Năm;HT.01\nBình Phước;2025;50\nĐồng Nai;2025;60\n';
    const dataset = bind(csvSource('t.csv', text));
    expect(codes(dataset)).toEqual(['PROVINCE_RETIRED@2:1']);
    expect(dataset.findings[0]!.args).toMatchObject({
      name: 'Bình Phước',
      successor: 'Đồng Nai',
      date: '2025-07-01',
    });
  });

  it('the same province in two years is two entities', () => {
    const text = 'Mã tỉnh;Năm;HT.01\n75;2025;60\n75;2026;70\n';
    const dataset = bind(csvSource('t.csv', text));
    expect(codes(dataset)).toEqual([]);
    expect(dataset.entities.map((e) => [e.province?.code, e.year])).toEqual([
      ['75', 2025],
      ['75', 2026],
    ]);
  });

  it('an unknown province is an error with suggestions', () => {
    const dataset = bind(csvSource('t.csv', 'Tỉnh;HT.01\nDong Na;60\n'), { year: 2025 });
    expect(codes(dataset)).toEqual(['PROVINCE_UNKNOWN@2:1']);
    expect(String(dataset.findings[0]!.args.suggestions)).toContain('Đồng Nai');
  });

  it('free labels are used as given, duplicates by label', () => {
    const text =
      'Entity;HT.01;DV.01\nPhường Bến Nghé;60;20\nXã Tân Phú;55;22\nphường bến nghé;1;1\n';
    const dataset = bind(csvSource('communes.csv', text));
    expect(codes(dataset)).toEqual(['DATA_DUPLICATE_ENTITY@2:1', 'DATA_DUPLICATE_ENTITY@4:1']);
    expect(dataset.entities.map((e) => [e.label, e.province])).toEqual([
      ['Phường Bến Nghé', null],
      ['Xã Tân Phú', null],
    ]);
  });

  it('a code-like unknown indicator header is an error with a hint; other headers are info', () => {
    const text = 'Tỉnh;HT.01;HT.03;Ghi nhận\nĐồng Nai;60;1;x\n';
    const dataset = bind(csvSource('t.csv', text), { year: 2025 });
    expect(codes(dataset)).toEqual(['DATA_UNKNOWN_INDICATOR@1:3', 'DATA_UNKNOWN_COLUMN@1:4']);
    expect(dataset.findings[0]!.args.hint).toMatch(/^HT\.0[12]$/);
  });

  it('the same indicator in two columns is a duplicate header at both', () => {
    const text = 'Tỉnh;HT.01;Tỷ lệ hộ gia đình có Internet cáp quang\nĐồng Nai;60;61\n';
    const dataset = bind(csvSource('t.csv', text), { year: 2025 });
    expect(codes(dataset)).toEqual(['DATA_DUPLICATE_HEADER@1:2', 'DATA_DUPLICATE_HEADER@1:3']);
  });

  it('"Đơn vị" is the province column of a wide table', () => {
    const dataset = bind(csvSource('t.csv', 'Đơn vị;HT.01\nTP. Hồ Chí Minh;60\n'));
    expect(dataset.entities[0]!.province?.code).toBe('79');
  });

  it('values are coerced per cell with locations', () => {
    const dataset = bind(csvSource('t.csv', 'Tỉnh;HT.01;DV.02\nHuế;120;x\n'), { year: 2025 });
    expect(codes(dataset)).toEqual(['DATA_OUT_OF_RANGE@2:2', 'DATA_NOT_A_NUMBER@2:3']);
    expect(dataset.findings[0]).toMatchObject({ indicator: 'HT.01', province: '46' });
  });

  it.each([
    ['a date with dots', '15.03.2026'],
    ['a signature line', 'Người lập biểu'],
  ])('a footer cell (%s) in a value column ends the table; plain numbers never do', (_, footer) => {
    const text = `Xã/Phường;HT.01;DV.01\nXã A;64,1;1.5\nXã B;7;${footer}\nXã C;8;9\n`;
    const dataset = bind(csvSource('t.csv', text), { year: 2025 });
    expect(dataset.entities.map((e) => e.label)).toEqual(['Xã A']);
    expect(codes(dataset)).toContain('DATA_ROWS_SKIPPED@-');
  });
});
