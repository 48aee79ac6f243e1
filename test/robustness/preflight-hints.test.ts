import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../src/io/files/sniff-bytes.js';
import { zipPreflight } from '../../src/io/xlsx/zip-preflight.js';
import { longRows, ooxml } from '../helpers/corpus-ooxml.js';

/** Unit tests for the pre-flight checks added with the corpus (X14, X15, X18, X28, X29, C19). */
describe('zipPreflight: XML parts', () => {
  it('refuses a DTD in any XML part, naming the part', () => {
    const result = zipPreflight(
      ooxml({ sharedStrings: '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]><sst/>' }),
      'a.xlsx',
    );
    expect(result.findings).toMatchObject([
      { code: 'FILE_XLSX_CORRUPT', value: 'xl/sharedStrings.xml' },
    ]);
    expect(result.hints).toBeUndefined();
  });

  it('refuses an XML part that is not UTF-8, naming the part', () => {
    const parts = ooxml({
      replace: { 'xl/styles.xml': null },
      extra: [
        {
          name: 'xl/styles.xml',
          data: Buffer.concat([
            Buffer.from('<styleSheet>'),
            Buffer.from([0xff, 0xfe]),
            Buffer.from('</styleSheet>'),
          ]),
        },
      ],
    });
    expect(zipPreflight(parts, 'a.xlsx').findings).toMatchObject([
      { code: 'FILE_XLSX_CORRUPT', value: 'xl/styles.xml' },
    ]);
  });

  it('reads date1904 as an xsd:boolean ("1" or "true") and lists ISO date cells by sheet', () => {
    for (const [attr, expected] of [
      ['date1904="true"', true],
      ["date1904='1'", true],
      ['date1904="false"', false],
      ['', false],
    ] as const) {
      expect(zipPreflight(ooxml({ workbookPr: attr }), 'a.xlsx').hints?.date1904, attr).toBe(
        expected,
      );
    }
    const result = zipPreflight(
      ooxml({
        sheetName: 'Số & liệu',
        sheet: longRows([['DV.04', '<c r="B2" t="d"><v>2024-01-05T00:00:00Z</v></c>']]),
      }),
      'a.xlsx',
    );
    expect(result.hints?.isoDates).toEqual([
      { sheet: 'Số & liệu', cell: 'B2', text: '2024-01-05T00:00:00Z' },
    ]);
  });
});

describe('sniffBytes: a stray control character does not make a CSV binary', () => {
  it('keeps a short CSV with a NUL in a cell as text; UTF-16 without BOM stays binary', () => {
    expect(sniffBytes(Buffer.from('Mã chỉ số,Giá trị\nHT.01,6\u00000\n'))).toBe('text');
    expect(sniffBytes(Buffer.from('Mã chỉ số,Giá trị\nHT.01,60\n', 'utf16le'))).toBe('binary');
  });
});
