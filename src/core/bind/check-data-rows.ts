import { cellLocation, report, sheetLocation, type BindContext } from './bind-context.js';
import type { HeaderRow } from './header-row.js';

/**
 * Reports the rows a table skipped (titles, totals, footers) when it has data, or that it has
 * none; returns whether there is anything to bind.
 */
export function checkDataRows(
  ctx: BindContext,
  header: HeaderRow,
  dataRows: number,
  skipped: number,
): boolean {
  if (skipped > 0 && dataRows > 0) {
    report(ctx, 'DATA_ROWS_SKIPPED', { count: skipped }, sheetLocation(ctx));
  }
  if (dataRows === 0) report(ctx, 'DATA_NO_DATA', {}, cellLocation(ctx, header.row.row, null));
  return dataRows > 0;
}
