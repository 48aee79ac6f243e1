import { describe, expect, it } from 'vitest';
import type { IndicatorType } from '../../../src/core/set/indicator-set-schema.js';
import type { RawCell } from '../../../src/core/table/raw-table.js';
import { coerceValue } from '../../../src/core/values/coerce-value.js';
import type { DecimalMark } from '../../../src/core/values/parse-number.js';
import { catalogue } from '../../../src/core/findings/catalogue/catalogue.js';
import { cellOf, indicatorOf } from './indicator-fixture.js';

const levels = indicatorOf('level', [null, null], {
  method: 'levels',
  levels: [
    { label: { vi: 'Chưa triển khai', en: 'Not started' }, score: 0 },
    { label: { vi: 'Đang triển khai', en: 'In progress' }, score: 0.5 },
    { label: { vi: 'Hoàn thành', en: 'Done' }, score: 1 },
  ],
});

/** "value 85", "missing", "error DATA_X" */
function summary(
  value: RawCell['value'] | RawCell,
  type: IndicatorType,
  decimal: DecimalMark | null = null,
  range: [number | null, number | null] = [null, null],
): string {
  const cell = value !== null && typeof value === 'object' ? value : cellOf(value);
  const indicator = type === 'level' ? levels : indicatorOf(type, range);
  const result = coerceValue(cell, indicator, decimal);
  if (result.kind === 'value') return `value ${String(result.value)}`;
  if (result.kind === 'missing') return 'missing';
  return `error ${result.code}`;
}

describe('coerceValue: missing and unusable cells', () => {
  it.each<[RawCell['value'] | RawCell, string]>([
    [null, 'missing'],
    ['', 'missing'],
    ['   ', 'missing'],
    ['\u00a0', 'missing'],
    ['-', 'missing'],
    ['–', 'missing'],
    ['—', 'missing'],
    ['N/A', 'missing'],
    ['n/a', 'missing'],
    ['NA', 'missing'],
    ['NR', 'missing'],
    [' n.a. ', 'missing'],
    ['không có số liệu', 'missing'],
    ['Không có số liệu', 'missing'],
    ['KHONG CO SO LIEU', 'missing'],
    ['chưa có số liệu', 'missing'],
    ['Chưa có số liệu'.normalize('NFD'), 'missing'],
    ['x', 'error DATA_NOT_A_NUMBER'],
    ['0', 'value 0'],
    [cellOf(null, { problem: 'formula-no-result' }), 'error DATA_FORMULA_NO_VALUE'],
    [cellOf(null, { problem: 'error-value', errorText: '#DIV/0!' }), 'error DATA_CELL_ERROR'],
    [cellOf(45000, { problem: 'date' }), 'error DATA_DATE_NOT_A_VALUE'],
    ['#DIV/0!', 'error DATA_CELL_ERROR'],
    ['#N/A', 'error DATA_CELL_ERROR'],
    ['#VALUE!', 'error DATA_CELL_ERROR'],
    ['8\u00005', 'error DATA_CONTROL_CHARACTER'],
    ['85\u0000', 'error DATA_CONTROL_CHARACTER'],
    ['\u000785', 'error DATA_CONTROL_CHARACTER'],
    ['8\n5', 'error DATA_CONTROL_CHARACTER'],
    ['85\u007f', 'error DATA_CONTROL_CHARACTER'],
    ['85\n', 'value 85'],
    ['\t85\t', 'value 85'],
    [Number.NaN, 'error DATA_NOT_A_NUMBER'],
    [Number.POSITIVE_INFINITY, 'error DATA_NOT_A_NUMBER'],
  ])('%j → %s', (value, expected) => {
    expect(summary(value, 'number')).toBe(expected);
  });

  it('carries the error text and control character as arguments', () => {
    const errorCell = cellOf(null, { problem: 'error-value', errorText: '#REF!' });
    expect(coerceValue(errorCell, indicatorOf('number'), null)).toEqual({
      kind: 'error',
      code: 'DATA_CELL_ERROR',
      args: { value: '#REF!' },
    });
    expect(coerceValue(cellOf('8\u00005'), indicatorOf('number'), null)).toEqual({
      kind: 'error',
      code: 'DATA_CONTROL_CHARACTER',
      args: { value: '8\\u00005', character: 'U+0000' },
    });
  });
});

describe('coerceValue: numbers, percents, counts', () => {
  it.each<[RawCell['value'] | RawCell, IndicatorType, DecimalMark | null, string]>([
    ['85', 'number', null, 'value 85'],
    ['85,5', 'number', null, 'value 85.5'],
    ['85.5', 'number', null, 'value 85.5'],
    ['1.234,5', 'number', null, 'value 1234.5'],
    ['1 234,5', 'number', null, 'value 1234.5'],
    ['-0,5', 'number', null, 'value -0.5'],
    ['1,234', 'number', null, 'error DATA_AMBIGUOUS_NUMBER'],
    ['1,234', 'number', 'comma', 'value 1.234'],
    ['1,234', 'number', 'dot', 'value 1234'],
    ['85,5', 'number', 'dot', 'error DATA_NOT_A_NUMBER'],
    ['abc', 'number', null, 'error DATA_NOT_A_NUMBER'],
    ['12abc', 'number', null, 'error DATA_NOT_A_NUMBER'],
    ['1e3', 'number', null, 'error DATA_NOT_A_NUMBER'],
    ['0x10', 'number', null, 'error DATA_NOT_A_NUMBER'],
    ['Infinity', 'number', null, 'error DATA_NOT_A_NUMBER'],
    [85.5, 'number', null, 'value 85.5'],
    [true, 'number', null, 'error DATA_NOT_A_NUMBER'],
    ['85%', 'number', null, 'error DATA_PERCENT_NOT_EXPECTED'],
    // Percent
    ['85%', 'percent', null, 'value 85'],
    ['85,5 %', 'percent', null, 'value 85.5'],
    ['85,5\u00a0%', 'percent', null, 'value 85.5'],
    ['85.5%', 'percent', null, 'value 85.5'],
    ['85', 'percent', null, 'value 85'],
    ['0,855', 'percent', null, 'value 0.855'],
    [cellOf(85.5, { percent: true }), 'percent', null, 'value 85.5'],
    [0.855, 'percent', null, 'value 0.855'],
    ['%', 'percent', null, 'error DATA_NOT_A_NUMBER'],
    ['85%%', 'percent', null, 'error DATA_NOT_A_NUMBER'],
    ['x', 'percent', null, 'error DATA_NOT_A_NUMBER'],
    // Count
    ['12', 'count', null, 'value 12'],
    ['1.234.567', 'count', null, 'value 1234567'],
    ['0', 'count', null, 'value 0'],
    ['12,5', 'count', null, 'error DATA_NOT_WHOLE'],
    ['-1', 'count', null, 'error DATA_NOT_WHOLE'],
    [3.5, 'count', null, 'error DATA_NOT_WHOLE'],
    [7, 'count', null, 'value 7'],
    ['7%', 'count', null, 'error DATA_PERCENT_NOT_EXPECTED'],
  ])('%j as %s (decimal %s) → %s', (value, type, decimal, expected) => {
    expect(summary(value, type, decimal)).toBe(expected);
  });

  it.each<[string, [number | null, number | null], string]>([
    ['50', [0, 100], 'value 50'],
    ['0', [0, 100], 'value 0'],
    ['100', [0, 100], 'value 100'],
    ['100,5', [0, 100], 'error DATA_OUT_OF_RANGE'],
    ['-1', [0, 100], 'error DATA_OUT_OF_RANGE'],
    ['-1', [null, 100], 'value -1'],
    ['1000', [0, null], 'value 1000'],
    ['-1', [0, null], 'error DATA_OUT_OF_RANGE'],
  ])('%j with range %j → %s', (value, range, expected) => {
    expect(summary(value, 'number', null, range)).toBe(expected);
  });

  it('gives the range in the arguments', () => {
    expect(coerceValue(cellOf('120%'), indicatorOf('percent', [0, 100]), null)).toEqual({
      kind: 'error',
      code: 'DATA_OUT_OF_RANGE',
      args: { value: '120%', min: 0, max: 100, range: '0 … 100' },
    });
  });
});

describe('coerceValue: booleans', () => {
  it.each<[RawCell['value'], string]>([
    ['có', 'value true'],
    ['Có', 'value true'],
    ['CÓ', 'value true'],
    ['co', 'value true'],
    [' có ', 'value true'],
    ['yes', 'value true'],
    ['Yes', 'value true'],
    ['true', 'value true'],
    ['TRUE', 'value true'],
    ['x', 'value true'],
    ['X', 'value true'],
    ['đạt', 'value true'],
    ['Đạt', 'value true'],
    ['1', 'value true'],
    ['✓', 'value true'],
    [true, 'value true'],
    [1, 'value true'],
    ['không', 'value false'],
    ['Không', 'value false'],
    ['khong', 'value false'],
    ['no', 'value false'],
    ['false', 'value false'],
    ['không đạt', 'value false'],
    ['Không  Đạt', 'value false'],
    ['chưa đạt', 'value false'],
    ['0', 'value false'],
    [false, 'value false'],
    [0, 'value false'],
    ['', 'missing'],
    ['-', 'missing'],
    ['N/A', 'missing'],
    ['maybe', 'error DATA_NOT_A_BOOLEAN'],
    ['2', 'error DATA_NOT_A_BOOLEAN'],
    [0.5, 'error DATA_NOT_A_BOOLEAN'],
    ['có không', 'error DATA_NOT_A_BOOLEAN'],
  ])('%j → %s', (value, expected) => {
    expect(summary(value, 'boolean')).toBe(expected);
  });
});

describe('coerceValue: levels', () => {
  it.each<[RawCell['value'], string]>([
    ['Chưa triển khai', 'value 1'],
    ['chua trien khai', 'value 1'],
    ['ĐANG TRIỂN KHAI', 'value 2'],
    ['In progress', 'value 2'],
    ['done', 'value 3'],
    ['1', 'value 1'],
    ['3', 'value 3'],
    [2, 'value 2'],
    ['Mức 2', 'value 2'],
    ['Level 3', 'value 3'],
    ['0', 'error DATA_UNKNOWN_LEVEL'],
    ['4', 'error DATA_UNKNOWN_LEVEL'],
    [2.5, 'error DATA_UNKNOWN_LEVEL'],
    ['x', 'error DATA_UNKNOWN_LEVEL'],
    ['Xong', 'error DATA_UNKNOWN_LEVEL'],
    [true, 'error DATA_UNKNOWN_LEVEL'],
    ['', 'missing'],
  ])('%j → %s', (value, expected) => {
    expect(summary(value, 'level')).toBe(expected);
  });

  it('lists the labels in both languages', () => {
    expect(coerceValue(cellOf('Xong'), levels, null)).toEqual({
      kind: 'error',
      code: 'DATA_UNKNOWN_LEVEL',
      args: {
        value: 'Xong',
        labelsVi: '1 = Chưa triển khai; 2 = Đang triển khai; 3 = Hoàn thành',
        labelsEn: '1 = Not started; 2 = In progress; 3 = Done',
      },
    });
  });
});

describe('value codes', () => {
  it.each(
    Object.entries(catalogue).filter(([code]) =>
      /^DATA_(AMBIGUOUS_NUMBER|FORMULA|CELL_ERROR|DATE|CONTROL|PERCENT|NOT_WHOLE|OUT_OF|NOT_A_BOOLEAN|UNKNOWN_LEVEL|RATIO_(ZERO|NUMERATOR|NEGATIVE))/.test(
        code,
      ),
    ),
  )('%s has the same placeholders in vi and en', (_code, entry) => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1]!)
        .filter((p) => !/^labels/.test(p))
        .sort();
    expect(placeholders(entry.vi)).toEqual(placeholders(entry.en));
  });
});
