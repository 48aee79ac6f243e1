import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/core/findings/catalogue/catalogue.js';
import type { ReadOptions } from '../../../src/io/files/read-options.js';
import { readText } from './csv-test-input.js';

const DELIMITERS = [',', ';', '\t'] as const;
// Every character that can confuse a CSV reader, plus Vietnamese, combining marks and an astral
// character. NUL is left to the byte-level property: a table of NULs can honestly look UTF-16.
const CHARS = [...'aZ05 ,;\t"\n\r.-=ĐệốàươŨ', '\u0301', '\u0323', '\u00A0', '😀'];
const NL = ['\n', '\r\n', '\r'] as const;

const field = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 });
const table = (minColumns: number) =>
  fc
    .integer({ min: minColumns, max: 5 })
    .chain((width) =>
      fc.array(
        fc.tuple(fc.array(field, { minLength: width, maxLength: width }), fc.constantFrom(...NL)),
        { minLength: 1, maxLength: 8 },
      ),
    );

/** Physical line breaks in `text` the way an editor counts them (CRLF once, lone CR, LF). */
function breaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** Quotes a field when any candidate delimiter, quote or line break would otherwise split it. */
function quote(value: string): string {
  return /[",;\t\r\n]|^sep=/i.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

interface ExpectedCell {
  value: string | null;
  line: number;
}

/** Serialises rows and says what the reader must return: NFC text, start lines, field lines. */
function serialise(rows: Array<[string[], string]>, delimiter: string, prefix: string) {
  let text = prefix;
  const expected: Array<{ row: number; cells: ExpectedCell[] }> = [];
  for (const [fields, separator] of rows) {
    // An empty row after a lone CR would make that CR half of a CRLF: keep them two lines.
    const emptyRow = fields.every((f) => quote(f) === '') && fields.length === 1;
    const nl = emptyRow && text.endsWith('\r') && separator === '\n' ? '\r' : separator;
    const row = 1 + breaks(text);
    const cells: ExpectedCell[] = [];
    fields.forEach((f, j) => {
      if (j > 0) text += delimiter;
      cells.push({ value: f === '' ? null : f.normalize('NFC'), line: 1 + breaks(text) });
      text += quote(f);
    });
    let used = fields.length;
    while (used > 0 && fields[used - 1]!.trim() === '') used--;
    expected.push({ row, cells: cells.slice(0, used) });
    text += nl;
  }
  while (expected.length > 0 && expected[expected.length - 1]!.cells.length === 0) expected.pop();
  return { text, expected };
}

function check(text: string, expected: Array<{ row: number; cells: ExpectedCell[] }>): void {
  const source = readText(text);
  if (expected.length === 0) {
    expect(source.findings.map((f) => f.code)).toEqual(['FILE_EMPTY']);
    return;
  }
  expect(source.findings).toEqual([]);
  const got = source.sheets[0]!.rows.map((r) => ({
    row: r.row,
    cells: r.cells.map((c) => ({ value: c.value, line: c.line ?? c.row })),
  }));
  expect(got).toEqual(expected);
  for (const r of source.sheets[0]!.rows) {
    r.cells.forEach((c, j) => {
      expect(c.row).toBe(r.row);
      expect(c.column).toBe(j + 1);
    });
  }
}

describe('readCsv: properties', () => {
  it.each(DELIMITERS)(
    'round trip with a sep= line (delimiter %j): same cells, right lines',
    (d) => {
      fc.assert(
        fc.property(table(1), (rows) => {
          const { text, expected } = serialise(rows, d, `sep=${d}\r\n`);
          check(text, expected);
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(DELIMITERS)('round trip with a detected delimiter (%j): same cells, right lines', (d) => {
    fc.assert(
      fc.property(table(2), (rows) => {
        const { text, expected } = serialise(rows, d, '');
        check(text, expected);
      }),
      { numRuns: 300 },
    );
  });

  const encodings: ReadOptions['encoding'][] = [
    'auto',
    'utf-8',
    'utf-16le',
    'utf-16be',
    'windows-1258',
  ];

  it.each(encodings)(
    'random bytes never throw, only catalogued findings (encoding %s)',
    (encoding) => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 600 }),
        fc
          .array(fc.constantFrom(...CHARS, '\u0000', '""', '"\n', 'sep=;\n'), { maxLength: 120 })
          .map((parts) => Buffer.from(parts.join(''), 'utf8')),
      );
      fc.assert(
        fc.property(bytes, (input) => {
          const source = readText(input, encoding);
          for (const f of source.findings) expect(Object.hasOwn(catalogue, f.code)).toBe(true);
          for (const sheet of source.sheets) {
            for (const row of sheet.rows) {
              expect(row.row).toBeGreaterThanOrEqual(1);
              for (const cell of row.cells)
                expect(cell.value === null || cell.value !== '').toBe(true);
            }
          }
        }),
        { numRuns: 400 },
      );
    },
  );
});
