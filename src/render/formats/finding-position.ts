import { columnNumber } from '../../core/table/cell-address.js';
import type { Finding } from '../../core/findings/finding.js';

/**
 * The line and column a CI tool should mark for a finding: the Excel row and column number for
 * a workbook, the physical line and field number for CSV. Either is null when unknown; a column
 * without a line is dropped, since no CI format can place it.
 */
export function findingPosition(finding: Finding): { line: number | null; column: number | null } {
  const line = finding.sheet !== null ? finding.row : (finding.line ?? finding.row);
  if (line === null) return { line: null, column: null };
  const column =
    typeof finding.column === 'number'
      ? finding.column
      : typeof finding.column === 'string' && /^[A-Z]+$/i.test(finding.column)
        ? columnNumber(finding.column)
        : null;
  return { line, column };
}
