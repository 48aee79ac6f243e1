import { columnLetter } from '../table/cell-address.js';
import type { HeaderField } from './header-field.js';
import type { HeaderColumn } from './header-row.js';
import { cellLocation, report, type BindContext } from './bind-context.js';

/** The first column of each field; later columns of a field already taken are duplicates. */
export type FieldColumns = Map<HeaderField, HeaderColumn>;

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

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
  const flagged = new Set<HeaderColumn>();
  for (const column of columns) {
    const location = cellLocation(ctx, column.cell.row, column.column, column.cell);
    if (RESERVED.has(column.text.toLowerCase())) {
      report(ctx, 'DATA_RESERVED_HEADER', { value: column.text }, location, {
        value: column.text,
      });
      continue;
    }
    const field = fieldOf(column);
    if (field === null || REPEATABLE.has(field)) continue;
    const first = picked.get(field);
    if (first === undefined) {
      picked.set(field, column);
      continue;
    }
    const firstLocation = cellLocation(ctx, first.cell.row, first.column, first.cell);
    if (!flagged.has(first)) {
      flagged.add(first);
      report(
        ctx,
        'DATA_DUPLICATE_HEADER',
        { value: first.text, other: columnName(ctx, column.column) },
        firstLocation,
        { value: first.text },
      );
    }
    report(
      ctx,
      'DATA_DUPLICATE_HEADER',
      { value: column.text, other: columnName(ctx, first.column) },
      location,
      { value: column.text },
    );
  }
  return picked;
}

/** A column as a person names it: the letter in a workbook, the number in a CSV. */
function columnName(ctx: Pick<BindContext, 'source'>, column: number): string {
  return ctx.source.kind === 'csv' ? String(column) : columnLetter(column);
}
