import type { ObservedValue } from '../table/dataset.js';
import type { RawRow } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import type { CellCoercer } from '../values/cell-coercers.js';
import { cellLocation, type BindContext, type BindOutput } from './bind-context.js';
import { cellAt } from './cell-text.js';
import { observed } from './observe-cell.js';

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
 * fraction check fed (until settled). Values are kept only with `out.keepValues`; a location is
 * an object per cell, so it is made only when a value is kept or something needs it.
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
  reported: Set<string> | null = null,
): Map<string, ObservedValue> {
  const values = new Map<string, ObservedValue>();
  const { keepValues } = out;
  for (const column of columns) {
    const cell = cellAt(row, column.number);
    const coerced = column.coercer.coerce(cell);
    let where = keepValues ? cellLocation(ctx, row.row, column.number, cell) : null;
    if (coerced.kind === 'error') {
      where ??= cellLocation(ctx, row.row, column.number, cell);
      observed(ctx, coerced, cell, column.indicator, where, province);
      continue;
    }
    const value = coerced.kind === 'value' ? coerced.value : null;
    const { code } = column.indicator;
    if (!column.settled && typeof value === 'number') {
      where ??= cellLocation(ctx, row.row, column.number, cell);
      out.fractions.observe(code, value, where);
      column.settled = out.fractions.settled(code);
    }
    if (reported !== null && value !== null) reported.add(code);
    if (keepValues && where !== null) {
      values.set(code, { value, evidence: null, note: null, location: where });
    }
  }
  return values;
}
