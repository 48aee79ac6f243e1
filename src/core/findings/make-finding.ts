import { catalogueEntry } from './catalogue/catalogue.js';
import { ECHO_MAX_CHARS, echoText } from './echo-text.js';
import type { CodedArgs, FindingArgsOf, FindingCode } from './finding-args.js';
import { cellAddress, columnLetter } from '../table/cell-address.js';
import type { Finding, FindingExtras, FindingLocation } from './finding.js';

/**
 * Builds a finding from a catalogue code. For a workbook location (sheet + row + letter column)
 * the cell address is derived, so every producer writes locations the same way.
 */
export function makeFinding<C extends FindingCode>(
  code: C,
  args: FindingArgsOf<C>,
  location: FindingLocation = {},
  extras: FindingExtras = {},
): Finding {
  return buildFinding(code, args, location, extras);
}

/** A finding from a code and its arguments carried as data (a coercion's error, a set issue). */
export function codedFinding(
  coded: CodedArgs,
  location: FindingLocation = {},
  extras: FindingExtras = {},
): Finding {
  return buildFinding(coded.code, coded.args, location, extras);
}

function buildFinding(
  code: FindingCode,
  args: Finding['args'],
  location: FindingLocation,
  extras: FindingExtras,
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
    args: echoArgs(args),
    file,
    sheet,
    cell,
    row,
    column: columnOut,
    line,
    indicator: extras.indicator ?? null,
    province: extras.province ?? null,
    // Every output (terminal, JSON, SARIF, JUnit, the report's findings sheet) renders from
    // here, so capping the echoed text once caps it everywhere.
    value: extras.value === undefined || extras.value === null ? null : echoText(extras.value),
  };
}

/** The arguments with every long string (user text interpolated into messages) capped. */
function echoArgs(args: Finding['args']): Finding['args'] {
  const long = Object.values(args).some((v) => typeof v === 'string' && v.length > ECHO_MAX_CHARS);
  if (!long) return args;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(args)) out[key] = typeof v === 'string' ? echoText(v) : v;
  return out as Finding['args'];
}
