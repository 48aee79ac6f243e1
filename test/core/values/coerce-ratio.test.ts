import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/core/table/raw-table.js';
import { coerceRatio } from '../../../src/core/values/coerce-ratio.js';
import type { DecimalMark } from '../../../src/core/values/parse-number.js';
import { cellOf, indicatorOf } from './indicator-fixture.js';

function summary(
  numerator: RawCell['value'] | RawCell,
  denominator: RawCell['value'] | RawCell,
  decimal: DecimalMark | null = null,
  range: [number | null, number | null] = [0, 100],
): string {
  const cell = (v: RawCell['value'] | RawCell): RawCell =>
    v !== null && typeof v === 'object' ? v : cellOf(v);
  const result = coerceRatio(
    cell(numerator),
    cell(denominator),
    indicatorOf('percent', range),
    decimal,
  );
  if (result.kind === 'value') return `value ${String(result.value)}`;
  if (result.kind === 'missing') return 'missing';
  return `error ${result.code}`;
}

describe('coerceRatio', () => {
  it.each<[RawCell['value'] | RawCell, RawCell['value'] | RawCell, DecimalMark | null, string]>([
    ['7', '10', null, 'value 70'],
    [7, 10, null, 'value 70'],
    ['1', '3', null, `value ${100 / 3}`],
    ['0', '10', null, 'value 0'],
    ['10', '10', null, 'value 100'],
    ['1.234', '2.500', 'comma', 'value 49.36'],
    ['1.234', '2.500', null, 'error DATA_AMBIGUOUS_NUMBER'],
    ['1.234.567', '2.000.000', null, `value ${(1234567 * 100) / 2000000}`],
    ['1 200', '2 400', null, 'value 50'],
    ['0,5', '2', null, 'value 25'],
    ['', '10', null, 'missing'],
    ['7', '', null, 'missing'],
    ['-', 'N/A', null, 'missing'],
    [null, null, null, 'missing'],
    ['7', '0', null, 'error DATA_RATIO_ZERO_DENOMINATOR'],
    ['0', '0', null, 'error DATA_RATIO_ZERO_DENOMINATOR'],
    ['11', '10', null, 'error DATA_RATIO_NUMERATOR_EXCEEDS'],
    ['-1', '10', null, 'error DATA_RATIO_NEGATIVE'],
    ['1', '-10', null, 'error DATA_RATIO_NEGATIVE'],
    ['abc', '10', null, 'error DATA_NOT_A_NUMBER'],
    ['7', 'abc', null, 'error DATA_NOT_A_NUMBER'],
    ['abc', '', null, 'error DATA_NOT_A_NUMBER'],
    ['7%', '10', null, 'error DATA_PERCENT_NOT_EXPECTED'],
    [
      cellOf(null, { problem: 'error-value', errorText: '#DIV/0!' }),
      '10',
      null,
      'error DATA_CELL_ERROR',
    ],
    ['7\u0000', '10', null, 'error DATA_CONTROL_CHARACTER'],
  ])('%j / %j (decimal %s) → %s', (n, d, decimal, expected) => {
    expect(summary(n, d, decimal)).toBe(expected);
  });

  it('checks the result against the range', () => {
    expect(summary('7', '10', null, [80, 100])).toBe('error DATA_OUT_OF_RANGE');
  });

  it('names both parts in the arguments', () => {
    expect(coerceRatio(cellOf('7'), cellOf('0'), indicatorOf('percent'), null)).toEqual({
      kind: 'error',
      code: 'DATA_RATIO_ZERO_DENOMINATOR',
      args: { numerator: '7', denominator: '0', value: '7/0' },
    });
  });
});
