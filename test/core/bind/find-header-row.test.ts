import { describe, expect, it } from 'vitest';
import { bind, codes, valuesOf } from './bind-test-kit.js';
import { csvSource, xlsxSource } from './raw-source-builder.js';

describe('header row detection (spec §3.2)', () => {
  it('skips title rows, a merged title cell and a labelled province above the header', () => {
    const source = xlsxSource('bieu-mau.xlsx', [
      {
        name: 'Biểu 01',
        merges: ['A1:E1', 'A2:E2'],
        rows: [
          ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          ['Độc lập - Tự do - Hạnh phúc'],
          ['Biểu số 01/ĐTTM', null, null, 'Ban hành kèm theo Quyết định số 123/QĐ-BTTTT'],
          ['Tỉnh/Thành phố:', 'Đồng Nai'],
          ['Năm báo cáo: 2025'],
          [],
          ['STT', 'Mã chỉ số', 'Tên chỉ số', 'Giá trị', 'Ghi chú'],
          [1, 'HT.01', 'Tỷ lệ hộ gia đình có Internet cáp quang', 85.5],
          [2, 'HT.02', 'Có trung tâm IOC cấp tỉnh', 'Có', 'Đã vận hành'],
          [],
          [null, 'Người lập biểu', null, 'Thủ trưởng đơn vị'],
          [null, '(Ký, ghi rõ họ tên)', null, '(Ký tên, đóng dấu)'],
          [null, 'Nguyễn Văn A', null, 'Trần Thị B'],
          [null, 'Đồng Nai, ngày 15 tháng 3 năm 2026'],
        ],
      },
    ]);
    const dataset = bind(source);
    expect(dataset.layout).toBe('long');
    expect(codes(dataset, 'error')).toEqual([]);
    expect(codes(dataset, 'warning')).toEqual([]);
    expect(codes(dataset, 'info')).toEqual(['DATA_ROWS_SKIPPED@-']);
    expect(dataset.entities).toHaveLength(1);
    expect(dataset.entities[0]).toMatchObject({
      label: 'Đồng Nai',
      province: { code: '75', name: 'Đồng Nai' },
      year: 2025,
      source: { file: 'bieu-mau.xlsx', sheet: 'Biểu 01' },
    });
    expect(valuesOf(dataset)).toEqual({ 'HT.01': 85.5, 'HT.02': true });
    expect(dataset.entities[0]!.values.get('HT.02')!.note).toBe('Đã vận hành');
  });

  it('finds no header beyond row 30', () => {
    const rows = [...Array.from({ length: 30 }, () => ['tiêu đề']), ['Mã chỉ số', 'Giá trị']];
    const dataset = bind(xlsxSource('late.xlsx', [{ name: 'S', rows }]));
    expect(dataset.layout).toBeNull();
    expect(codes(dataset)).toEqual(['DATA_NO_HEADER_ROW@-']);
    expect(dataset.findings[0]!.args.where).toContain('"S"');
  });

  it('matches NFD headers', () => {
    const text = `${'Mã chỉ số'.normalize('NFD')};${'Giá trị'.normalize('NFD')}\nHT.01;60\n`;
    const dataset = bind(csvSource('quang-ninh.csv', text));
    expect(dataset.layout).toBe('long');
    expect(valuesOf(dataset)).toEqual({ 'HT.01': 60 });
  });

  it('uses the code column when a name column says another indicator (warning)', () => {
    const text = 'Code;Indicator;Value\nHT.01;Có trung tâm IOC cấp tỉnh;60\n';
    const dataset = bind(csvSource('quang-ninh.csv', text));
    expect(codes(dataset)).toEqual(['DATA_NAME_MISMATCH@2:2']);
    expect(valuesOf(dataset)).toEqual({ 'HT.01': 60 });
  });

  it('reports an unrecognised column as info and ignores STT', () => {
    const text = 'STT;Mã chỉ số;Giá trị;Người nhập\n1;HT.01;60;An\n';
    const dataset = bind(csvSource('quang-ninh.csv', text));
    expect(codes(dataset)).toEqual(['DATA_UNKNOWN_COLUMN@1:4']);
  });

  it('drops an empty-header column without data, and errs on one with data', () => {
    const quiet = bind(csvSource('quang-ninh.csv', 'Mã chỉ số;Giá trị;;\nHT.01;60;;\n'));
    expect(codes(quiet)).toEqual([]);
    const loud = bind(csvSource('quang-ninh.csv', 'Mã chỉ số;Giá trị;;\nHT.01;60;;x\n'));
    expect(codes(loud)).toEqual(['DATA_EMPTY_HEADER_WITH_DATA@1:4']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a %s header', (name) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const dataset = bind(csvSource('quang-ninh.csv', `Mã chỉ số;Giá trị;${name}\nHT.01;60;1\n`));
    expect(codes(dataset, 'error')).toContain('DATA_RESERVED_HEADER@1:3');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports two value columns at both headers', () => {
    const dataset = bind(csvSource('quang-ninh.csv', 'Mã chỉ số;Giá trị;Value\nHT.01;60;61\n'));
    expect(codes(dataset)).toEqual(['DATA_DUPLICATE_HEADER@1:2', 'DATA_DUPLICATE_HEADER@1:3']);
    expect(valuesOf(dataset)).toEqual({ 'HT.01': 60 });
  });

  it('a header with no data rows is DATA_NO_DATA', () => {
    const dataset = bind(csvSource('quang-ninh.csv', 'Mã chỉ số;Giá trị\n;\n'));
    expect(codes(dataset)).toEqual(['DATA_NO_DATA@1:']);
    expect(dataset.entities).toEqual([]);
  });
});
