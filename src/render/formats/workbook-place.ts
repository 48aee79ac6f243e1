import type { Finding } from '../../core/findings/finding.js';

/**
 * Where a workbook finding points inside its workbook, as Excel names it: `Sheet!D12` for a cell,
 * `Sheet!12:12` for a whole row, `Sheet` alone; null for a finding outside any sheet (CSV).
 */
export function workbookPlace(finding: Finding): string | null {
  if (finding.sheet === null) return null;
  if (finding.cell !== null) return `${finding.sheet}!${finding.cell}`;
  if (finding.row !== null) return `${finding.sheet}!${finding.row}:${finding.row}`;
  return finding.sheet;
}
