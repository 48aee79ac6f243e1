import type { RawCell } from '../table/raw-table.js';
import type { ResolvedIndicator } from '../set/resolved-set.js';
import { cellNumber } from './cell-number.js';
import { checkRange, type Coerced } from './coerce-value.js';
import type { DecimalMark } from './parse-number.js';
import { readCell } from './read-cell.js';

type Part = { kind: 'value'; value: number; text: string } | Exclude<Coerced, { kind: 'value' }>;

function part(cell: RawCell | null, decimal: DecimalMark | null): Part {
  const read = readCell(cell);
  if (read.kind === 'missing' || read.kind === 'error') return read;
  // Numerator and denominator are counts or amounts, never percents themselves.
  const number = cellNumber(read, decimal, false);
  if (number.kind === 'error') return number;
  return {
    kind: 'value',
    value: number.value,
    text: read.kind === 'text' ? read.text : String(read.value),
  };
}

/**
 * A percent from its numerator and denominator (spec §3.4): `numerator / denominator × 100`,
 * then the indicator's range. Either part missing → missing; a bad part → that part's error
 * (the numerator's first); negative parts, a zero denominator and a numerator above the
 * denominator are errors.
 */
export function coerceRatio(
  numerator: RawCell | null,
  denominator: RawCell | null,
  indicator: ResolvedIndicator,
  decimal: DecimalMark | null,
): Coerced {
  const n = part(numerator, decimal);
  const d = part(denominator, decimal);
  if (n.kind === 'error') return n;
  if (d.kind === 'error') return d;
  if (n.kind === 'missing' || d.kind === 'missing') return { kind: 'missing' };
  const args = { numerator: n.text, denominator: d.text, value: `${n.text}/${d.text}` };
  if (n.value < 0 || d.value < 0) return { kind: 'error', code: 'DATA_RATIO_NEGATIVE', args };
  if (d.value === 0) return { kind: 'error', code: 'DATA_RATIO_ZERO_DENOMINATOR', args };
  if (n.value > d.value) return { kind: 'error', code: 'DATA_RATIO_NUMERATOR_EXCEEDS', args };
  // ×100 before dividing keeps exact cases exact: 7 × 100 / 10 = 70, not 70.00000000000001.
  const value = (n.value * 100) / d.value;
  return checkRange(value, indicator, String(value));
}
