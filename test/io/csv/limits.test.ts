import { describe, expect, it } from 'vitest';
import { CSV_MAX_RECORD_BYTES } from '../../../src/io/csv/read-csv.js';
import { CELL_TEXT_MAX } from '../../../src/io/files/cell-text-limit.js';
import { findingPlaces, readText, rowValues } from './csv-test-input.js';

describe('readCsv: limits and hostile input (reliability C9/C10, corpus C18–C22)', () => {
  it('C18: `__proto__` / `constructor` headers are plain cells and pollute nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const source = readText('__proto__,__proto__,constructor,Tỉnh\n{"a":1},x,y,z\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)[0]).toEqual([1, ['__proto__', '__proto__', 'constructor', 'Tỉnh']]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
    expect(Object.getPrototypeOf(source.sheets[0]!.rows[0]!.cells[0])).toBe(Object.prototype);
  });

  it('C19: NUL and other C0 controls are kept verbatim (the binder reports them)', () => {
    const source = readText('Tỉnh,Điểm\nHà Nội\u0000,\u0007\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)[1]).toEqual([2, ['Hà Nội\u0000', '\u0007']]);
  });

  it('C20: a 5 MB field → FILE_CSV_RECORD_TOO_LARGE at its line, earlier rows kept', () => {
    const text = 'a,b\n1,2\n3,' + 'x'.repeat(5 * 1024 * 1024) + '\n5,6\n';
    const source = readText(text);
    expect(findingPlaces(source)).toEqual([['FILE_CSV_RECORD_TOO_LARGE', 3, null]]);
    expect(rowValues(source)).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
  });

  it('a record just under the limit is read, its field cut to what a cell can hold', () => {
    const big = 'y'.repeat(CSV_MAX_RECORD_BYTES - 100);
    const source = readText(`a\n${big}\n`);
    expect(rowValues(source)[1]).toEqual([2, [big.slice(0, CELL_TEXT_MAX)]]);
    expect(findingPlaces(source)).toEqual([['DATA_CELL_TOO_LONG', 2, 1]]);
  });

  it('C21: an unclosed quote → FILE_CSV_QUOTE at the line where the quote opens', () => {
    const source = readText('Tỉnh,Điểm\nĐồng Nai,70\nx,"Hà Nội,85\nHuế,60\n');
    expect(findingPlaces(source)).toEqual([['FILE_CSV_QUOTE', 3, null]]);
    expect(source.findings[0]!.args['line']).toBe(3);
    expect(rowValues(source)).toEqual([
      [1, ['Tỉnh', 'Điểm']],
      [2, ['Đồng Nai', '70']],
    ]);
  });

  it('C21: unclosed quote at EOF on the first data line', () => {
    expect(findingPlaces(readText('a,b\n"Hà Nội,85'))).toEqual([['FILE_CSV_QUOTE', 2, null]]);
  });

  it.each([
    ['0 bytes', new Uint8Array(0)],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['only whitespace', Buffer.from(' \r\n\t\n')],
    ['only a sep= line', Buffer.from('sep=;\n')],
  ])('C22: %s → FILE_EMPTY and no sheet', (_name, bytes) => {
    const source = readText(bytes);
    expect(findingPlaces(source)).toEqual([['FILE_EMPTY', null, null]]);
    expect(source.sheets).toEqual([]);
    expect(source.kind).toBe('csv');
  });

  it('returns one unnamed, visible sheet without merges, and the file name as given', () => {
    const source = readText('a\n1\n');
    expect(source.file).toBe('test.csv');
    expect(source.sheets.map((s) => [s.name, s.hidden, s.merges])).toEqual([[null, false, []]]);
  });
});
