import { columnLetter } from '../table/cell-address.js';
import type { HeaderField } from './header-field.js';
import type { HeaderColumn } from './header-row.js';
import { cellLocation, report, type BindContext } from './bind-context.js';
import { flagRepeat, type FirstPlaces } from './flag-repeat.js';

/** The first column of each field; later columns of a field already taken are duplicates. */
export type FieldColumns = Map<HeaderField, HeaderColumn>;

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** Header names that would reach into an object's prototype as keys: never a field. */
export function isReservedHeader(text: string): boolean {
  return RESERVED.has(text.toLowerCase());
}

/** Fields a table may carry any number of times: they are informational. */
const REPEATABLE = new Set<HeaderField>(['info', 'ignored']);

/**
 * Reports header problems (spec §3.2, §3.5) and picks one column per field: reserved names are
 * errors, a field twice is an error at both headers, and the first of them is used.
 */
export function fieldColumns(
  ctx: BindContext,
  columns: readonly HeaderColumn[],
  fieldOf: (column: HeaderColumn) => HeaderField | null,
): FieldColumns {
  const picked: FieldColumns = new Map();
  const firsts: FirstPlaces<HeaderColumn> = new Map();
  for (const column of columns) {
    const location = cellLocation(ctx, column.cell.row, column.column, column.cell);
    if (isReservedHeader(column.text)) {
      report(ctx, 'DATA_RESERVED_HEADER', { value: column.text }, location, {
        value: column.text,
      });
      continue;
    }
    const field = fieldOf(column);
    if (field === null || REPEATABLE.has(field)) continue;
    const repeated = flagRepeat(firsts, field, column, (at, other) =>
      report(
        ctx,
        'DATA_DUPLICATE_HEADER',
        { value: at.text, other: columnName(ctx, other.column) },
        cellLocation(ctx, at.cell.row, at.column, at.cell),
        { value: at.text },
      ),
    );
    if (!repeated) picked.set(field, column);
  }
  return picked;
}

/** Columns the table's layout has no use for: each one an error at its header. */
export function reportUnknownColumns(ctx: BindContext, columns: readonly HeaderColumn[]): void {
  for (const column of columns) {
    report(
      ctx,
      'DATA_UNKNOWN_COLUMN',
      { value: column.text },
      cellLocation(ctx, column.cell.row, column.column, column.cell),
      { value: column.text },
    );
  }
}

/** A column as a person names it: the letter in a workbook, the number in a CSV. */
function columnName(ctx: Pick<BindContext, 'source'>, column: number): string {
  return ctx.source.kind === 'csv' ? String(column) : columnLetter(column);
}
