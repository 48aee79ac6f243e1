import type { RawCell, RawRow, RawValue } from './raw-table.js';

/** Where a value row keeps its values: not enumerable, so the row looks like any other. */
const VALUES = Symbol('values');

/**
 * A dense row (cells at columns 1 … n, no cell of its own detail) kept as its values alone:
 * `cells` is built on first read. A commune table's 166,000 cell objects all outlived the young
 * generation and were copied by every collection during the read (~100 ms of a national run);
 * the binder's wide path reads the values through `rowValues` and never builds them.
 */
export function valueRow(row: number, values: readonly RawValue[]): RawRow {
  let cells: RawCell[] | undefined;
  const made = {
    row,
    get cells(): RawCell[] {
      return (cells ??= values.map((value, j) => ({ value, row, column: j + 1 })));
    },
  };
  Object.defineProperty(made, VALUES, { value: values });
  return made;
}

/** The values of a `valueRow` (cell j+1's at j), or undefined for a row of cell objects. */
export function rowValues(row: RawRow): readonly RawValue[] | undefined {
  return (row as { [VALUES]?: readonly RawValue[] })[VALUES];
}

/** How many cells the row holds, without building a value row's cells. */
export function cellCount(row: RawRow): number {
  return rowValues(row)?.length ?? row.cells.length;
}
