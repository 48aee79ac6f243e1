import { describe, expect, it } from 'vitest';
import { cellAt, isBlankRow } from '../../../src/core/bind/cell-text.js';
import { RowFacts } from '../../../src/core/bind/row-facts.js';
import type { RawRow, RawValue } from '../../../src/core/table/raw-table.js';
import { cellCount, rowValues, valueRow } from '../../../src/core/table/value-row.js';

/** The row of cell objects a value row stands for. */
function cellRow(row: number, values: RawValue[]): RawRow {
  return { row, cells: values.map((value, j) => ({ value, row, column: j + 1 })) };
}

const SAMPLES: RawValue[][] = [
  [],
  [null, null],
  ['  ', null, '\u00a0'],
  ['Xã số 1', '64,1', '33.6', null, 'N/A'],
  ['Người lập biểu', null, '12'],
  [null, '1.234,5', '7'],
];

describe('valueRow', () => {
  it('looks like the row of cell objects it stands for', () => {
    for (const values of SAMPLES) {
      const row = valueRow(7, values);
      expect(row).toEqual(cellRow(7, values));
      expect(Object.keys(row)).toEqual(['row', 'cells']);
      expect(JSON.parse(JSON.stringify(row))).toEqual(cellRow(7, values));
      expect(row.cells).toBe(row.cells);
      expect(rowValues(row)).toEqual(values);
      expect(cellCount(row)).toBe(values.length);
    }
  });

  it('answers cellAt, isBlankRow and RowFacts as the cell row does', () => {
    const facts = new RowFacts([2, 3, 4, 5]);
    const cellFacts = new RowFacts([2, 3, 4, 5]);
    for (const values of SAMPLES) {
      const plain = cellRow(3, values);
      const row = valueRow(3, values);
      for (let column = 0; column <= values.length + 1; column++) {
        expect(cellAt(row, column)).toEqual(cellAt(plain, column));
      }
      expect(isBlankRow(row)).toBe(isBlankRow(plain));
      expect(facts.of(row)).toEqual(cellFacts.of(plain));
    }
  });

  it('counts the cells of a row of cell objects too', () => {
    expect(cellCount(cellRow(1, ['a', 'b']))).toBe(2);
    expect(rowValues(cellRow(1, ['a']))).toBeUndefined();
  });
});
