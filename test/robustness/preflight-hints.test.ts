import { describe, expect, it } from 'vitest';
import { sniffBytes } from '../../src/io/files/sniff-bytes.js';
import { zipPreflight } from '../../src/io/xlsx/zip-preflight.js';
import { cellAt } from '../../src/core/bind/cell-text.js';
import { DEFAULT_MAX_SIZE } from '../../src/io/files/read-options.js';
import { readXlsx } from '../../src/io/xlsx/read-xlsx.js';
import { longRows, numberCell, ooxml } from '../helpers/corpus-ooxml.js';

/** Unit tests for the pre-flight checks added with the corpus (X14, X15, X18, X28, X29, C19). */
const options = { encoding: 'auto', sheet: null, maxSize: DEFAULT_MAX_SIZE } as const;

describe('zipPreflight: XML parts', () => {
  it('refuses a DTD in any XML part, naming the part', () => {
    const result = zipPreflight(
      ooxml({ sharedStrings: '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]><sst/>' }),
      'a.xlsx',
    );
    expect(result.findings).toMatchObject([
      { code: 'FILE_XLSX_CORRUPT', value: 'xl/sharedStrings.xml' },
    ]);
    expect(result.parts.size).toBe(0);
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

  it('reads date1904 as an xsd:boolean ("1" or "true") and ISO date cells as dates', async () => {
    for (const [attr, expected] of [
      ['date1904="true"', '2027-03-16'],
      ["date1904='1'", '2027-03-16'],
      ['date1904="false"', '2023-03-15'],
      ['', '2023-03-15'],
    ] as const) {
      const source = await readXlsx(
        ooxml({ workbookPr: attr, sheet: longRows([['DV.04', numberCell('B2', 45000, 1)]]) }),
        'a.xlsx',
        options,
      );
      expect(cellAt(source.sheets[0]!.rows[1]!, 2), attr).toMatchObject({
        value: expected,
        problem: 'date',
      });
    }
    const source = await readXlsx(
      ooxml({
        sheetName: 'Số & liệu',
        sheet: longRows([['DV.04', '<c r="B2" t="d"><v>2024-01-05T00:00:00Z</v></c>']]),
      }),
      'a.xlsx',
      options,
    );
    expect(source.sheets[0]!.name).toBe('Số & liệu');
    expect(cellAt(source.sheets[0]!.rows[1]!, 2)).toEqual({
      value: '2024-01-05',
      row: 2,
      column: 2,
      problem: 'date',
    });
  });
});

describe('sniffBytes: a stray control character does not make a CSV binary', () => {
  it('keeps a short CSV with a NUL in a cell as text, and UTF-16 without a BOM too', () => {
    expect(sniffBytes(Buffer.from('Mã chỉ số,Giá trị\nHT.01,6\u00000\n'))).toBe('text');
    // Text, so the CSV reader can say FILE_ENCODING_LOOKS_UTF16 with the --encoding to use.
    expect(sniffBytes(Buffer.from('Mã chỉ số,Giá trị\nHT.01,60\n', 'utf16le'))).toBe('text');
  });
});
