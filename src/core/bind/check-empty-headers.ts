import type { RawRow } from '../raw-table.js';
import { cellLocation, report, type BindContext } from './bind-context.js';
import { cellText } from './cell-text.js';
import type { HeaderRow } from './header-row.js';

/**
 * A column with an empty header but data in the table's rows is an error (spec §3.2); one with
 * no data (the trailing `;;;` of Excel exports) is dropped silently. Only data rows count, so a
 * signature block beside the table is not "data".
 */
export function checkEmptyHeaders(
  ctx: BindContext,
  header: HeaderRow,
  dataRows: readonly RawRow[],
): void {
  const named = new Set(header.columns.map((column) => column.column));
  const reported = new Set<number>();
  for (const row of dataRows) {
    for (const cell of row.cells) {
      if (named.has(cell.column) || reported.has(cell.column) || cellText(cell) === null) continue;
      reported.add(cell.column);
      const headerCell = header.row.cells[cell.column - 1] ?? null;
      report(
        ctx,
        'DATA_EMPTY_HEADER_WITH_DATA',
        {},
        cellLocation(ctx, header.row.row, cell.column, headerCell),
        { value: cellText(cell) },
      );
    }
  }
}
