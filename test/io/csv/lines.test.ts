import { describe, expect, it } from 'vitest';
import { findingPlaces, readText, rowValues } from './csv-test-input.js';

describe('readCsv: line endings and physical lines (reliability C5, corpus C9–C10)', () => {
  it('C9: mixed CRLF, LF and lone CR → 3 records at lines 2, 3, 4', () => {
    const source = readText('a,b\r\n1,2\n3,4\r5,6');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
      [4, ['5', '6']],
    ]);
  });

  it('CR-only files parse', () => {
    expect(rowValues(readText('a;b\r1;2\r'))).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('C10 (%s): a record spanning lines 2–4 then a ragged row → one error at line 5', (_n, nl) => {
    const text = ['Tên,Giá trị', '"dòng một', 'dòng hai', 'dòng ba",1', 'x,y,z', 'p,q', ''].join(
      nl,
    );
    const source = readText(text);
    expect(findingPlaces(source)).toEqual([['FILE_CSV_FIELD_COUNT', 5, 3]]);
    const rows = source.sheets[0]!.rows;
    expect(rows.map((r) => r.row)).toEqual([1, 2, 5, 6]);
    const spanning = rows[1]!;
    expect(spanning.cells[0]!.value).toBe(
      ['dòng một', 'dòng hai', 'dòng ba",1'.slice(0, 7)].join(nl),
    );
    // The first field starts on the record's line; the second on line 4, so it says so.
    expect(spanning.cells[0]!.line).toBeUndefined();
    expect(spanning.cells[1]).toEqual({ value: '1', row: 2, column: 2, line: 4 });
  });

  it('quoted fields keep delimiters, doubled quotes and inner spaces verbatim', () => {
    const source = readText('a,b,c\n"x, y","say ""hi""","  padded  "\n');
    expect(rowValues(source)[1]).toEqual([2, ['x, y', 'say "hi"', '  padded  ']]);
  });

  it('a quote inside an unquoted field is text, as Excel reads it', () => {
    const source = readText('Tên;Ghi chú\nTrường "A";x\n');
    expect(source.findings).toEqual([]);
    expect(rowValues(source)[1]).toEqual([2, ['Trường "A"', 'x']]);
  });

  it('cells carry row = record start line and 1-based column', () => {
    const cells = readText('a,b\n\n1,2\n').sheets[0]!.rows[2]!.cells;
    expect(cells).toEqual([
      { value: '1', row: 3, column: 1 },
      { value: '2', row: 3, column: 2 },
    ]);
  });
});
