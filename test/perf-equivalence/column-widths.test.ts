// columnWidths measures every column in one walk over the sampled rows; the plain definition
// walks the rows once per column, each column stopping at its cap or after 500 rows. Both must
// give the same widths, for listed and streamed rows alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../src/render/workbook/sheet-layout.js';
import {
  type SheetCell,
  type SheetColumn,
  type SheetSpec,
} from '../../src/render/workbook/workbook-sheet.js';

/**
 * The plain definition: one walk per column, as the writer did before — the sheet cut down to
 * that one column, whose walk stops at its cap or after 500 rows.
 */
function widthPerColumn(spec: SheetSpec, rows: readonly SheetCell[][], index: number): number {
  const alone: SheetSpec = {
    ...spec,
    columns: [spec.columns[index]!],
    rows: rows.map((cells) => [cells[index]!]),
  };
  return columnWidths(alone)[0]!;
}

const text = fc.string({ maxLength: 70 }).map((s) => (s.length % 7 === 3 ? `${s}\n${s}` : s));
const scalar = fc.oneof(text, fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(null));
const cell: fc.Arbitrary<SheetCell> = fc.oneof(
  scalar,
  fc.record(
    { value: scalar, numFmt: fc.constantFrom('0.00', '0.0%', '0') },
    { requiredKeys: ['value'] },
  ),
);
const column: fc.Arbitrary<SheetColumn> = fc.record(
  {
    header: text,
    numFmt: fc.constantFrom('0.00', '0.0%', '0'),
    wrap: fc.boolean(),
    maxWidth: fc.integer({ min: 4, max: 40 }),
    width: fc.integer({ min: 4, max: 30 }),
  },
  { requiredKeys: ['header'] },
);

describe('columnWidths', () => {
  it('gives every column the width of its own walk over the rows', () => {
    fc.assert(
      fc.property(
        fc.array(column, { minLength: 1, maxLength: 6 }),
        // Rows of uneven length (missing cells), up to past the 500-row sample.
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.boolean(),
        (columns, pattern, repeat, streamed, header) => {
          const rows: SheetCell[][] = [];
          for (let r = 0; r < pattern.length * repeat; r++) rows.push(pattern[r % pattern.length]!);
          let visits = 0;
          const spec: SheetSpec = {
            name: 'S',
            columns,
            rows: streamed
              ? {
                  count: rows.length,
                  *write(to) {
                    for (const row of rows) {
                      visits++;
                      for (const cell of row) to.cell(cell);
                      if (!to.end()) return;
                      yield;
                    }
                  },
                }
              : rows,
            rules: [],
            ...(header ? {} : { header: false }),
          };
          const expected = columns.map((_, i) => widthPerColumn(spec, rows, i));
          visits = 0;
          expect(columnWidths(spec)).toEqual(expected);
          expect(visits).toBeLessThanOrEqual(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('columnWidths samples', () => {
  it('reads the first 500 rows only, and every column to its own cap', () => {
    const rows: SheetCell[][] = [];
    for (let r = 0; r < 600; r++) rows.push(['ab', 'ab', 1]);
    rows[0]![1] = 'x'.repeat(80); // column 1 reaches its cap on the first row
    rows[498]![0] = 'y'.repeat(20); // within the sample
    rows[520]![0] = 'z'.repeat(40); // beyond it
    const spec: SheetSpec = {
      name: 'S',
      columns: [{ header: 'A' }, { header: 'B', maxWidth: 30 }, { header: 'C', width: 9 }],
      rows,
      rules: [],
    };
    expect(columnWidths(spec)).toEqual([22, 30, 9]);
  });
});
