import type { RawRow } from '../table/raw-table.js';
import { rowValues } from '../table/value-row.js';
import { cellLocation, report, type BindContext } from './bind-context.js';
import { cellAt, cellText } from './cell-text.js';
import type { HeaderRow } from './header-row.js';

/**
 * A column with an empty header but data in the table's rows is an error (spec §3.2); one with
 * no data (the trailing `;;;` of Excel exports) is dropped silently. Only data rows count, so a
 * signature block beside the table is not "data". Rows are checked one at a time, in order.
 */
export class EmptyHeaderCheck {
  private readonly named: Set<number>;
  private readonly reported = new Set<number>();
  /** Columns 1 … this all have a header: a row no wider needs no look (most rows). */
  private readonly namedPrefix: number;

  constructor(
    private readonly ctx: BindContext,
    private readonly header: HeaderRow,
  ) {
    this.named = new Set(header.columns.map((column) => column.column));
    let prefix = 0;
    while (this.named.has(prefix + 1)) prefix++;
    this.namedPrefix = prefix;
  }

  check(row: RawRow): void {
    // A value row's last cell is at its width (valueRow); its cells are built only past it.
    const last = rowValues(row)?.length ?? row.cells.at(-1)?.column ?? 0;
    if (last <= this.namedPrefix) return;
    for (const cell of row.cells) {
      if (this.named.has(cell.column) || this.reported.has(cell.column)) continue;
      if (cellText(cell) === null) continue;
      this.reported.add(cell.column);
      const headerCell = cellAt(this.header.row, cell.column);
      report(
        this.ctx,
        'DATA_EMPTY_HEADER_WITH_DATA',
        {},
        cellLocation(this.ctx, this.header.row.row, cell.column, headerCell),
        { value: cellText(cell) },
      );
    }
  }
}

/** The check over all of a table's data rows at once. */
export function checkEmptyHeaders(
  ctx: BindContext,
  header: HeaderRow,
  dataRows: readonly RawRow[],
): void {
  const check = new EmptyHeaderCheck(ctx, header);
  for (const row of dataRows) check.check(row);
}
