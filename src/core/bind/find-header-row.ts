import type { RawSheet } from '../table/raw-table.js';
import { cellText } from './cell-text.js';
import { detectLayout } from './detect-layout.js';
import type { HeaderColumn, HeaderRow } from './header-row.js';
import type { IndicatorIndex } from './indicator-index.js';
import { matchHeader } from './match-header.js';
import { matchIndicator } from './match-indicator.js';

/** Spec §3.2: the header row is looked for among the first 30 rows of the sheet. */
const HEADER_SEARCH_ROWS = 30;

/** What each non-empty cell of a row would mean if the row were the header. */
function headerColumns(cells: HeaderRow['row']['cells'], index: IndicatorIndex) {
  const columns: HeaderColumn[] = [];
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === null) continue;
    const field = matchHeader(text);
    let indicator = null;
    if (field === null) {
      const match = matchIndicator(index, text);
      if (match.kind === 'ok') indicator = match.indicator;
    }
    columns.push({ column: cell.column, text, cell, field, indicator });
  }
  return columns;
}

/**
 * The first row (of the first 30) that reads as a header; title rows, form numbers and merged
 * title cells above it are just rows that do not qualify.
 */
export function findHeaderRow(sheet: RawSheet, index: IndicatorIndex): HeaderRow | null {
  for (let rowIndex = 0; rowIndex < sheet.rows.length; rowIndex += 1) {
    const row = sheet.rows[rowIndex]!;
    if (row.row > HEADER_SEARCH_ROWS) break;
    const columns = headerColumns(row.cells, index);
    const layout = detectLayout(columns);
    if (layout !== null) return { row, rowIndex, columns, layout };
  }
  return null;
}
