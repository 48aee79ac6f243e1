import type { ObservedValue } from '../table/dataset.js';
import type { RawCell, RawRow } from '../table/raw-table.js';
import { rowValues } from '../table/value-row.js';
import { RowValues, type RowCodes } from '../table/row-values.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import type { CellCoercer } from '../values/cell-coercers.js';
import { cellLocation, type BindContext, type BindOutput } from './bind-context.js';
import { cellAt } from './cell-text.js';
import { observed } from './observe-cell.js';
import type { SharedValues } from './shared-values.js';

/** One indicator column of a wide table, with what is decided once per column. */
export interface WideColumn {
  /** 1-based column. */
  number: number;
  indicator: ResolvedIndicator;
  coercer: CellCoercer;
  /** True once the fraction check can learn nothing more from this column. */
  settled: boolean;
}

/**
 * The values of one data row of a wide table: every indicator cell coerced, errors reported, the
 * fraction check fed (until settled). Values are kept only with `out.keepValues`, as `shared`
 * objects (a value holds no location) in the row's slots of `codes` (the table's columns). A
 * location is made only when something needs it: an error at the cell, or a value the fraction
 * check has not settled on yet.
 *
 * The per-cell loop of a wide table, in a small function of its own: the engine optimises it
 * after a few rows, not after the whole binder.
 */
export function wideRowValues(
  ctx: BindContext,
  row: RawRow,
  columns: readonly WideColumn[],
  province: string | null,
  out: BindOutput,
  codes: RowCodes,
  shared: SharedValues,
  /** Set to 1 per column with a value, when values are not kept (validate). */
  reported?: Uint8Array,
): RowValues {
  // Holey but allocated once at its final length (one slot per column, in column order).
  const slots = out.keepValues ? new Array<ObservedValue | undefined>(columns.length) : null;
  // A value row's values are looked up in the coercer's memo first: no cell made for most.
  const values = rowValues(row);
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    let cell: RawCell | null | undefined;
    let coerced =
      values === undefined
        ? undefined
        : column.coercer.remembered(values[column.number - 1] ?? null);
    if (coerced === undefined) {
      cell = cellAt(row, column.number);
      coerced = column.coercer.coerce(cell);
    }
    if (coerced.kind === 'error') {
      cell ??= cellAt(row, column.number);
      const where = cellLocation(ctx, row.row, column.number, cell);
      observed(ctx, coerced, cell, column.indicator, where, province);
      continue;
    }
    const value = coerced.kind === 'value' ? coerced.value : null;
    const { code } = column.indicator;
    if (!column.settled && typeof value === 'number') {
      cell ??= cellAt(row, column.number);
      out.fractions.observe(code, value, cellLocation(ctx, row.row, column.number, cell));
      column.settled = out.fractions.settled(code);
    }
    if (reported !== undefined && value !== null) reported[i] = 1;
    if (slots !== null) slots[i] = shared.of(value);
  }
  return slots === null ? codes.none : new RowValues(codes, slots);
}
