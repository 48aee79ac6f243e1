import { catalogueEntry, type FindingCode } from './catalogue/catalogue.js';
import { cellAddress, columnLetter } from '../table/cell-address.js';
import type { Finding, FindingArgs, FindingExtras, FindingLocation } from './finding.js';

/**
 * Builds a finding from a catalogue code. For a workbook location (sheet + row + letter column)
 * the cell address is derived, so every producer writes locations the same way.
 */
export function makeFinding(
  code: FindingCode,
  args: FindingArgs = {},
  location: FindingLocation = {},
  extras: FindingExtras = {},
): Finding {
  const entry = catalogueEntry(code);
  const { file = null, sheet = null, row = null, column = null, line = null } = location;
  let cell: string | null = null;
  if (sheet !== null && row !== null && column !== null) {
    cell = typeof column === 'number' ? cellAddress(row, column) : `${column}${row}`;
  }
  // Workbook columns are shown as letters; CSV and YAML columns stay numbers.
  const columnOut = sheet !== null && typeof column === 'number' ? columnLetter(column) : column;
  return {
    code,
    severity: extras.severity ?? entry.severity,
    args,
    file,
    sheet,
    cell,
    row,
    column: columnOut,
    line,
    indicator: extras.indicator ?? null,
    province: extras.province ?? null,
    value: extras.value ?? null,
  };
}
