import { columnNumber } from '../table/cell-address.js';
import type { Finding } from '../findings/finding.js';

/**
 * Findings in reading order: file- and sheet-level ones first (in the order they were made),
 * then by sheet, row (or CSV line) and column. Stable, so output is deterministic and a person
 * reads the file top to bottom.
 */
export function inPlaceOrder(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((finding, order) => {
    const row = finding.sheet !== null ? finding.row : (finding.line ?? finding.row);
    const column =
      typeof finding.column === 'number'
        ? finding.column
        : typeof finding.column === 'string'
          ? columnNumber(finding.column)
          : 0;
    return { finding, order, row: row ?? -1, column };
  });
  const sheets: Array<string | null> = [];
  for (const finding of findings) if (!sheets.includes(finding.sheet)) sheets.push(finding.sheet);
  const sheetRank = (finding: Finding): number =>
    finding.sheet === null ? -1 : sheets.indexOf(finding.sheet);
  keyed.sort(
    (a, b) =>
      sheetRank(a.finding) - sheetRank(b.finding) ||
      a.row - b.row ||
      a.column - b.column ||
      a.order - b.order,
  );
  return keyed.map(({ finding }) => finding);
}
