import { describe, expect, it } from 'vitest';
import { bind, codes, valuesOf } from './bind-test-kit.js';
import { csvSource, xlsxSource } from './raw-source-builder.js';

const header = 'Mã chỉ số;Giá trị\n';

describe('long layout values (spec §3.4)', () => {
  it('binds the worked example with a decimal comma', () => {
    const text = `${header}HT.01;60\nHT.02;Có\nDV.01;20\nDV.02;8\nDV.03;Một phần\nDV.04;1.362,9\n`;
    const dataset = bind(csvSource('quang-ninh.csv', text));
    expect(codes(dataset)).toEqual([]);
    expect(dataset.entities[0]).toMatchObject({
      label: 'Quảng Ninh',
      province: { code: '22' },
      year: null,
    });
    expect(valuesOf(dataset)).toEqual({
      'HT.01': 60,
      'HT.02': true,
      'DV.01': 20,
      'DV.02': 8,
      'DV.03': 2,
      'DV.04': 1362.9,
    });
  });

  it('reports the same indicator twice at both places', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${header}HT.01;60\nDV.01;2\nht.01;70\n`));
    expect(codes(dataset)).toEqual([
      'DATA_DUPLICATE_INDICATOR@2:1',
      'DATA_DUPLICATE_INDICATOR@4:1',
    ]);
    expect(dataset.findings[0]!.indicator).toBe('HT.01');
    expect(valuesOf(dataset)['HT.01']).toBe(60);
  });

  it('reports an unknown code with the closest code as a hint', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${header}HT.1;60\n`));
    expect(codes(dataset)).toEqual(['DATA_UNKNOWN_INDICATOR@2:1']);
    expect(dataset.findings[0]!.args).toMatchObject({ value: 'HT.1', hint: 'HT.01' });
  });

  it('matches indicators by folded name and alias', () => {
    const text = `${header}ty le that thoat nuoc sach;20\nInternet cáp quang;60\n`;
    expect(valuesOf(bind(csvSource('quang-ninh.csv', text)))).toEqual({
      'DV.01': 20,
      'HT.01': 60,
    });
  });

  it.each([
    ['text in a number cell', 'DV.02;nhiều', 'DATA_NOT_A_NUMBER@2:2'],
    ['an out-of-range percent', 'HT.01;120', 'DATA_OUT_OF_RANGE@2:2'],
    ['only an ambiguous separator', 'DV.04;1,234', 'DATA_AMBIGUOUS_NUMBER@2:2'],
  ])('reports %s at its cell', (_what, row, expected) => {
    const dataset = bind(csvSource('quang-ninh.csv', `${header}${row}\n`));
    expect(codes(dataset)).toEqual([expected]);
    expect(dataset.findings[0]!.indicator).toBe(row.split(';')[0]);
  });

  it('an ambiguous separator is an error per cell, and --decimal settles it', () => {
    const text = `${header}DV.04;1,234\nDV.02;2.500\n`;
    expect(codes(bind(csvSource('quang-ninh.csv', text)))).toEqual([
      'DATA_AMBIGUOUS_NUMBER@2:2',
      'DATA_AMBIGUOUS_NUMBER@3:2',
    ]);
    const dot = bind(csvSource('quang-ninh.csv', text), { decimal: 'dot' });
    expect(codes(dot)).toEqual(['DATA_NOT_WHOLE@3:2']);
    const comma = bind(csvSource('quang-ninh.csv', text), { decimal: 'comma' });
    expect(valuesOf(comma)).toEqual({ 'DV.04': 1.234, 'DV.02': 2500 });
  });

  it('auto-detects the decimal mark from an unambiguous value in the file', () => {
    const text = `${header}DV.04;1,234\nHT.01;85,5\n`;
    expect(valuesOf(bind(csvSource('quang-ninh.csv', text)))).toEqual({
      'DV.04': 1.234,
      'HT.01': 85.5,
    });
  });

  it('keeps missing markers as null', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${header}HT.01;N/A\nDV.01;-\n`));
    expect(codes(dataset)).toEqual([]);
    expect(valuesOf(dataset)).toEqual({ 'HT.01': null, 'DV.01': null });
  });

  it('reports a control character in an indicator cell', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${header}HT.01\u0007;60\n`));
    expect(codes(dataset)).toContain('DATA_CONTROL_CHARACTER@2:1');
  });
});

describe('ratios, evidence, units, fractions', () => {
  const ratioHeader = 'Mã chỉ số;Giá trị;Tử số;Mẫu số;Minh chứng\n';

  it('computes a ratio indicator from numerator and denominator', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${ratioHeader}DV.05;;45;50;QĐ 12\n`));
    expect(codes(dataset)).toEqual([]);
    expect(valuesOf(dataset)).toEqual({ 'DV.05': 90 });
    expect(dataset.entities[0]!.values.get('DV.05')!.evidence).toBe('QĐ 12');
  });

  it('numerator above denominator is an error at the numerator', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${ratioHeader}DV.05;;60;50;QĐ 12\n`));
    expect(codes(dataset)).toEqual(['DATA_RATIO_NUMERATOR_EXCEEDS@2:3']);
  });

  it('a value that disagrees with its ratio by more than 0.5 points is a warning', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${ratioHeader}DV.05;80;45;50;QĐ 12\n`));
    expect(codes(dataset)).toEqual(['DATA_RATIO_MISMATCH@2:2']);
    expect(valuesOf(dataset)).toEqual({ 'DV.05': 90 });
    const close = bind(csvSource('quang-ninh.csv', `${ratioHeader}DV.05;90,3;45;50;QĐ 12\n`));
    expect(codes(close)).toEqual([]);
  });

  it('numerator/denominator on a non-ratio indicator: warning, the value is used', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${ratioHeader}HT.01;60;3;5;\n`));
    expect(codes(dataset)).toEqual(['DATA_RATIO_NOT_APPLICABLE@2:3']);
    expect(valuesOf(dataset)).toEqual({ 'HT.01': 60 });
  });

  it('required evidence left empty is a warning', () => {
    const dataset = bind(csvSource('quang-ninh.csv', `${ratioHeader}DV.05;90;;;\n`));
    expect(codes(dataset)).toEqual(['DATA_EVIDENCE_MISSING@2:5']);
  });

  it('a unit that contradicts the set is a warning; "Tỷ lệ %" does not', () => {
    const text = 'Mã chỉ số;Giá trị;Đơn vị tính\nHT.01;60;người\nDV.01;20;Tỷ lệ %\n';
    const dataset = bind(csvSource('quang-ninh.csv', text));
    expect(codes(dataset)).toEqual(['DATA_UNIT_MISMATCH@2:3']);
  });

  it('percent values all in (0, 1] with a target above 1: one fraction warning', () => {
    const text = `${header}HT.01;0,85\nDV.01;0,2\n`;
    const dataset = bind(csvSource('quang-ninh.csv', text));
    expect(codes(dataset).sort()).toEqual([
      'DATA_LOOKS_LIKE_FRACTION@2:2',
      'DATA_LOOKS_LIKE_FRACTION@3:2',
    ]);
    expect(valuesOf(dataset)).toEqual({ 'HT.01': 0.85, 'DV.01': 0.2 });
  });

  it('workbook findings point at the cell', () => {
    const dataset = bind(
      xlsxSource('dongnai.xlsx', [
        {
          name: 'Dữ liệu',
          rows: [
            ['Mã chỉ số', 'Giá trị'],
            ['HT.01', 'abc'],
          ],
        },
      ]),
    );
    expect(dataset.findings[0]).toMatchObject({
      code: 'DATA_NOT_A_NUMBER',
      file: 'dongnai.xlsx',
      sheet: 'Dữ liệu',
      cell: 'B2',
      row: 2,
      column: 'B',
      indicator: 'HT.01',
      province: '75',
      value: 'abc',
    });
  });
});
