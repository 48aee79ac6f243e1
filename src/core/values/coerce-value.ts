import type { FindingCode } from '../catalogue/catalogue.js';
import type { FindingArgs } from '../finding.js';
import type { RawCell } from '../raw-table.js';
import type { ResolvedIndicator } from '../resolved-set.js';
import type { DecimalMark } from './parse-number.js';

export type Coerced =
  /** number for percent/number/count (percent in 0–100), boolean, or the 1-based level number. */
  | { kind: 'value'; value: number | boolean }
  /** Empty, or a missing marker (`-`, `N/A`, `không có số liệu` …). */
  | { kind: 'missing' }
  | { kind: 'error'; code: FindingCode; args: FindingArgs };

/**
 * Coerces one cell to the indicator's type (spec §3.4): strict numbers, percents, booleans,
 * levels by label or number, whole counts, the indicator's range. `decimal` is the file's
 * decimal mark when known (null = not decided: ambiguous cells are errors).
 */
export function coerceValue(
  _cell: RawCell | null,
  _indicator: ResolvedIndicator,
  _decimal: DecimalMark | null,
): Coerced {
  throw new Error('coerceValue: not implemented yet');
}
