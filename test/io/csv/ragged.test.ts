import { describe, expect, it } from 'vitest';
import { findingPlaces, readText, rowValues } from './csv-test-input.js';

describe('readCsv: ragged rows and blank rows (reliability C5/C8, corpus C11, C16)', () => {
  it('C11: short/long rows at lines 3, 5 and 9 → exactly 3 FILE_CSV_FIELD_COUNT errors', () => {
    const text = [
      'a,b,c',
      '1,2,3',
      '1,2',
      '1,2,3',
      '1,2,3,4',
      '1,2,3',
      '1,2,3',
      '1,2,3',
      '9',
      '',
    ].join('\n');
    const source = readText(text);
    expect(findingPlaces(source)).toEqual([
      ['FILE_CSV_FIELD_COUNT', 3, null],
      ['FILE_CSV_FIELD_COUNT', 5, 4],
      ['FILE_CSV_FIELD_COUNT', 9, null],
    ]);
    expect(source.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(
      source.findings.map((f) => [f.args['expected'], f.args['found'], f.args['headerLine']]),
    ).toEqual([
      [3, 2, 1],
      [3, 4, 1],
      [3, 1, 1],
    ]);
    // Ragged rows keep their data: the binder still sees every cell.
    expect(rowValues(source)[4]).toEqual([5, ['1', '2', '3', '4']]);
  });

  it('trailing empty fields beyond the header (Excel `;;;`) are not ragged and are dropped', () => {
    const source = readText('Mã;Giá trị\nA;1;;;\nB;2;\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual([
      [1, ['Mã', 'Giá trị']],
      [2, ['A', '1']],
      [3, ['B', '2']],
    ]);
  });

  it('empty fields inside a row are null cells; trailing empty ones may be absent', () => {
    expect(rowValues(readText('a,b,c\n,x,\n'))[1]).toEqual([2, [null, 'x']]);
  });

  it('C16: blank lines and delimiter-only lines are rows without cells; none at the end', () => {
    const source = readText('Mã,Giá trị\nA,1\n\n,,\nB,2\n,,\n\n, ,\n\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual([
      [1, ['Mã', 'Giá trị']],
      [2, ['A', '1']],
      [3, []],
      [4, []],
      [5, ['B', '2']],
    ]);
  });

  it('title rows above the header with another field count are not ragged', () => {
    const text = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BIỂU SỐ LIỆU',
      '',
      'STT;Mã;Giá trị;Ghi chú',
      '1;HT.01;85;',
      '2;HT.02;70;đã kiểm tra',
      '3;HT.03',
      '',
    ].join('\r\n');
    const source = readText(text);
    expect(findingPlaces(source)).toEqual([['FILE_CSV_FIELD_COUNT', 7, null]]);
    expect(source.findings[0]!.args['headerLine']).toBe(4);
    expect(rowValues(source).slice(0, 2)).toEqual([
      [1, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
      [2, ['BIỂU SỐ LIỆU']],
    ]);
  });

  it('an Excel export pads every row to full width: nothing is ragged', () => {
    const text = 'BIỂU SỐ LIỆU;;\n;;\nMã;Giá trị;Ghi chú\nA;1;\n';
    const source = readText(text);
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual([
      [1, ['BIỂU SỐ LIỆU']],
      [2, []],
      [3, ['Mã', 'Giá trị', 'Ghi chú']],
      [4, ['A', '1']],
    ]);
  });

  it('a header-only file is just the header row (the binder reports "no data")', () => {
    const source = readText('Mã;Giá trị\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual([[1, ['Mã', 'Giá trị']]]);
  });
});

describe('readCsv: choosing the header line for ragged checks', () => {
  it('three title rows above a one-row table do not make the table "too wide"', () => {
    const source = readText('BIỂU SỐ LIỆU\nTỉnh Đồng Nai\nNăm 2025\nMã;Giá trị\nHT.01;85\n');
    expect(source.findings).toEqual([]);
  });

  it('data rows with a trailing `;` do not make the header "too short"', () => {
    const source = readText('Mã;Giá trị;Ghi chú\nA;1;x;\nB;2;;\nC;3;y;\n');
    expect(source.findings).toEqual([]);
  });

  it('a single-column file is never ragged', () => {
    expect(readText('Tỉnh\nHà Nội\n\nHuế\n').findings).toEqual([]);
  });
});
