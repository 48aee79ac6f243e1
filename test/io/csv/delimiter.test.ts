import { describe, expect, it } from 'vitest';
import { csvDelimiter } from '../../../src/io/csv/csv-delimiter.js';
import { findingPlaces, readText, rowValues } from './csv-test-input.js';

describe('readCsv: delimiter (spec §3.5, reliability C4, corpus C6–C8)', () => {
  it('C6/C8: a Vietnamese `;` file with decimal commas splits on `;` (no delimiter_auto crash)', () => {
    const source = readText('Tỉnh;Điểm\nHà Nội;85,5\nHuế;70,25\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual([
      [1, ['Tỉnh', 'Điểm']],
      [2, ['Hà Nội', '85,5']],
      [3, ['Huế', '70,25']],
    ]);
  });

  it('C7: an Excel `sep=;` line is honoured and consumed; later rows keep their physical lines', () => {
    const source = readText('sep=;\r\nTỉnh;Điểm\r\nHà Nội;85,5\r\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual([
      [2, ['Tỉnh', 'Điểm']],
      [3, ['Hà Nội', '85,5']],
    ]);
  });

  it('`sep=` overrides what counting would choose', () => {
    expect(rowValues(readText('sep=,\na;b,c\n'))).toEqual([[2, ['a;b', 'c']]]);
    expect(csvDelimiter('sep=|\na|b\n')).toEqual({ delimiter: '|', source: 'sep', bodyStart: 6 });
  });

  it('detects tab-separated text', () => {
    expect(rowValues(readText('Mã\tGiá trị\nHT.01\t1,5\n'))).toEqual([
      [1, ['Mã', 'Giá trị']],
      [2, ['HT.01', '1,5']],
    ]);
  });

  it('delimiters inside quotes do not count', () => {
    const text = 'Tên;Giá trị\n"Hà Nội, Việt Nam, 2025";1\n"a,b,c,d";2\n';
    expect(csvDelimiter(text).delimiter).toBe(';');
    expect(rowValues(readText(text))[1]).toEqual([2, ['Hà Nội, Việt Nam, 2025', '1']]);
  });

  it('a consistent `;` layout beats commas that are frequent in a few cells', () => {
    const text = 'Mã;Tên;Ghi chú\nA;x;một, hai, ba, bốn\nB;y;z\nC;w;v\n';
    expect(csvDelimiter(text).delimiter).toBe(';');
  });

  it('ties between `;` and `,` go to `;` (decimal commas)', () => {
    expect(csvDelimiter('Chỉ số (đơn vị, %);Giá trị\nA;85,5\nB;70,2\n').delimiter).toBe(';');
  });

  it('title rows above the header do not decide the delimiter', () => {
    const text =
      'BIỂU SỐ LIỆU CHỈ SỐ ĐÔ THỊ THÔNG MINH\nNăm 2025, tỉnh Đồng Nai\n\nMã;Giá trị\nA;1\nB;2\n';
    expect(csvDelimiter(text).delimiter).toBe(';');
  });

  it('a single-column file reads as one column, with `,` as the nominal delimiter', () => {
    expect(csvDelimiter('Tỉnh\nHà Nội\n')).toEqual({
      delimiter: ',',
      source: 'default',
      bodyStart: 0,
    });
    const source = readText('Tỉnh\nHà Nội\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual([
      [1, ['Tỉnh']],
      [2, ['Hà Nội']],
    ]);
  });

  it('lines of only delimiters are blank rows, and a file of only them is empty', () => {
    expect(findingPlaces(readText(';;;\n;;;\n'))).toEqual([['FILE_EMPTY', null, null]]);
  });
});
