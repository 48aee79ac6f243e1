import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings/finding.js';
import type { RawSource } from '../../src/core/table/raw-table.js';
import { openCsv } from '../../src/io/csv/csv-stream.js';
import { readCsv } from '../../src/io/csv/read-csv.js';
import { CappedText, CELL_TEXT_MAX, cutCellText } from '../../src/io/files/cell-text-limit.js';
import { DEFAULT_MAX_SIZE, type ReadOptions } from '../../src/io/files/read-options.js';
import { readXlsx } from '../../src/io/xlsx/read-xlsx.js';
import { inlineCell, longRows, numberCell, ooxml } from '../helpers/corpus-ooxml.js';

/**
 * Issue 17 item 8: cell text is cut at read time to Excel's own limit (32,767 characters), with
 * DATA_CELL_TOO_LONG at the cell saying how long it was — in both CSV readers (the fast one and
 * csv-parse), on the streamed path, and for shared, inline and formula-string workbook text.
 */
const READ: ReadOptions = { encoding: 'auto', sheet: null, maxSize: DEFAULT_MAX_SIZE };
const MAX = CELL_TEXT_MAX;

function cutFindings(findings: readonly Finding[]) {
  return findings
    .filter((f) => f.code === 'DATA_CELL_TOO_LONG')
    .map((f) => ({
      place: f.cell ?? `${f.line}:${f.column}`,
      length: f.args['length'],
      cut: f.args['cut'],
    }));
}

function valueAt(source: RawSource, row: number, column: number): unknown {
  const cells = source.sheets[0]!.rows.find((r) => r.row === row)?.cells ?? [];
  return cells.find((c) => c.column === column)?.value;
}

describe('cutCellText and CappedText', () => {
  it('keep text up to the limit whole and cut longer text there, never half a surrogate pair', () => {
    expect(cutCellText('abc', 3)).toBe('abc');
    expect(cutCellText('abcd', 3)).toBe('abc');
    expect(cutCellText('ab😀', 3)).toBe('ab');
    const capped = new CappedText(5);
    for (const piece of ['ab', 'cd', 'efgh', 'ij']) capped.add(piece);
    expect([capped.text, capped.length, capped.cut]).toEqual(['abcde', 10, true]);
    capped.reset();
    capped.add('abcde');
    expect([capped.text, capped.cut]).toEqual(['abcde', false]);
  });
});

describe('CSV: a field longer than a cell can hold', () => {
  const long = 'x'.repeat(MAX + 1000);
  const text = `Mã chỉ số,Giá trị,Ghi chú\nHT.01,60,${long}\nHT.02,Có,"${'ạ'.repeat(MAX + 1)}"\nDV.01,20,ok\n`;

  it('is cut at 32,767 characters by the fast reader, with DATA_CELL_TOO_LONG at its field', () => {
    const source = readCsv(Buffer.from(text), 'data.csv', READ);
    expect(cutFindings(source.findings)).toEqual([
      { place: '2:3', length: MAX + 1000, cut: 1000 },
      { place: '3:3', length: MAX + 1, cut: 1 },
    ]);
    expect(valueAt(source, 2, 3)).toBe(long.slice(0, MAX));
    expect(valueAt(source, 3, 3)).toBe('ạ'.repeat(MAX));
    expect(valueAt(source, 4, 3)).toBe('ok');
  });

  it('is cut the same way by csv-parse (a quoted line break sends the file there)', () => {
    const multi = `${text}DV.02,8,"two\nlines"\n`;
    const source = readCsv(Buffer.from(multi), 'data.csv', READ);
    expect(cutFindings(source.findings)).toEqual([
      { place: '2:3', length: MAX + 1000, cut: 1000 },
      { place: '3:3', length: MAX + 1, cut: 1 },
    ]);
    expect(valueAt(source, 2, 3)).toBe(long.slice(0, MAX));
    expect(valueAt(source, 5, 3)).toBe('two\nlines');
  });

  it('is cut on the streamed path too, in the head and in the rest, by either reader', () => {
    const rows = ['Xã/Phường,HT.01,Ghi chú', `Xã 0,1,${long}`];
    for (let i = 1; i < 60; i++) rows.push(`Xã ${i},${i},`);
    rows.push(`Xã 60,60,${long}`, `Xã 61,61,"a\nb${long}"`);
    const csv = Buffer.from(`${rows.join('\n')}\n`);
    const streamed = openCsv(csv, 'data.csv', READ, { streamBytes: 0, chunkBytes: 4096 });
    const rest = streamed.sheets[0]!.rest!;
    expect(rest).toBeDefined();
    const restRows = [...rest.batches()].flat();
    const findings = rest.findings();
    expect(cutFindings(findings)).toEqual([
      { place: '2:3', length: MAX + 1000, cut: 1000 },
      { place: '62:3', length: MAX + 1000, cut: 1000 },
      { place: '63:3', length: MAX + 1003, cut: 1003 },
    ]);
    const last = restRows.at(-1)!.cells[2]!.value as string;
    expect(last.length).toBe(MAX);
    // And exactly what the whole-file reader finds.
    expect(cutFindings(readCsv(csv, 'data.csv', READ).findings)).toEqual(cutFindings(findings));
  });
});

describe('workbook: text longer than a cell can hold', () => {
  const long = 'Đ'.repeat(MAX + 500);

  it('shared, inline and formula-string text is cut, each with DATA_CELL_TOO_LONG at its cell', async () => {
    const sheet = longRows([
      ['HT.01', '<c r="B2" t="s"><v>1</v></c>'],
      ['HT.02', inlineCell('B3', long)],
      ['DV.01', `<c r="B4" t="str"><f>REPT("Đ",33267)</f><v>${long}</v></c>`],
      ['DV.02', numberCell('B5', 8)],
    ]);
    const source = await readXlsx(
      ooxml({ sharedStrings: ['<si><t>HT.01</t></si>', `<si><r><t>${long}</t></r></si>`], sheet }),
      'data.xlsx',
      READ,
    );
    expect(cutFindings(source.findings)).toEqual([
      { place: 'B2', length: MAX + 500, cut: 500 },
      { place: 'B3', length: MAX + 500, cut: 500 },
      { place: 'B4', length: MAX + 500, cut: 500 },
    ]);
    for (const row of [2, 3, 4]) expect(valueAt(source, row, 2)).toBe('Đ'.repeat(MAX));
    expect(valueAt(source, 5, 2)).toBe(8);
  });

  it('a number <v> longer than a cell is a bad number, never the number its first digits make', async () => {
    const sheet = longRows([['HT.01', numberCell('B2', `${'1'.repeat(MAX)}x`)]]);
    const source = await readXlsx(ooxml({ sheet }), 'data.xlsx', READ);
    expect(source.findings.map((f) => [f.code, f.cell])).toEqual([['FILE_XLSX_BAD_NUMBER', 'B2']]);
    expect(valueAt(source, 2, 2)).toBeUndefined();
  });
});
