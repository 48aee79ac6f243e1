import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseNumber,
  type DecimalMark,
  type NumberParse,
} from '../../../src/core/values/parse-number.js';

const n = (value: number): Pick<NumberParse & { kind: 'number' }, 'kind' | 'value'> => ({
  kind: 'number',
  value,
});
const AMBIGUOUS = { kind: 'ambiguous' };
const INVALID = { kind: 'invalid' };

describe('parseNumber', () => {
  it.each<[string, DecimalMark | null, object]>([
    // Plain and unambiguous forms (decimal unknown)
    ['85', null, n(85)],
    ['0', null, n(0)],
    ['007', null, n(7)],
    ['85.5', null, n(85.5)],
    ['85,5', null, n(85.5)],
    ['1.234,5', null, n(1234.5)],
    ['1,234.5', null, n(1234.5)],
    ['1.234.567,89', null, n(1234567.89)],
    ['1,234,567.89', null, n(1234567.89)],
    ['-0,5', null, n(-0.5)],
    ['−5', null, n(-5)],
    ['+3', null, n(3)],
    ['-0', null, n(0)],
    ['1 234,5', null, n(1234.5)],
    ['1\u00a0234,5', null, n(1234.5)],
    ['1\u202f234,5', null, n(1234.5)],
    ['1\u2009234.5', null, n(1234.5)],
    ['1 234 567', null, n(1234567)],
    ['1 234,567', null, n(1234.567)],
    ['1.234.567', null, n(1234567)],
    ['1,234,567', null, n(1234567)],
    ['1,5', null, n(1.5)],
    ['1,2345', null, n(1.2345)],
    ['1234,567', null, n(1234.567)],
    ['0,500', null, n(0.5)],
    ['0.125', null, n(0.125)],
    ['12,34', null, n(12.34)],
    ['.5', null, n(0.5)],
    [',5', null, n(0.5)],
    ['-.5', null, n(-0.5)],
    ['  85,5  ', null, n(85.5)],
    ['\u00a085\u00a0', null, n(85)],
    // Ambiguous without a decimal mark
    ['1,234', null, AMBIGUOUS],
    ['2.500', null, AMBIGUOUS],
    ['-1,234', null, AMBIGUOUS],
    ['999.999', null, AMBIGUOUS],
    // The file's decimal mark settles them
    ['1.234', 'comma', n(1234)],
    ['1,234', 'comma', n(1.234)],
    ['1.234', 'dot', n(1.234)],
    ['1,234', 'dot', n(1234)],
    ['2.500', 'comma', n(2500)],
    ['85,5', 'comma', n(85.5)],
    ['85.5', 'dot', n(85.5)],
    ['1.234.567', 'comma', n(1234567)],
    ['1,234,567', 'dot', n(1234567)],
    ['1 234,5', 'comma', n(1234.5)],
    ['85', 'comma', n(85)],
    // …and reject what contradicts it
    ['85.5', 'comma', INVALID],
    ['85,5', 'dot', INVALID],
    ['1,234.5', 'comma', INVALID],
    ['1.234,5', 'dot', INVALID],
    ['1.234.567', 'dot', INVALID],
    ['1,234,567', 'comma', INVALID],
    ['.5', 'comma', INVALID],
    ['1 234.5', 'comma', INVALID],
    // Never numbers
    ['', null, INVALID],
    ['   ', null, INVALID],
    ['-', null, INVALID],
    ['+', null, INVALID],
    ['abc', null, INVALID],
    ['12abc', null, INVALID],
    ['0x10', null, INVALID],
    ['1e3', null, INVALID],
    ['1E-3', null, INVALID],
    ['Infinity', null, INVALID],
    ['-Infinity', null, INVALID],
    ['NaN', null, INVALID],
    ['1,2,3', null, INVALID],
    ['1,23,4', null, INVALID],
    ['12,34,567', null, INVALID],
    ['1.23.456', null, INVALID],
    ['1.234,5,6', null, INVALID],
    ['1,234.5.6', null, INVALID],
    ['1.2,3', null, INVALID],
    ['1,234.567,8', null, INVALID],
    ['85.', null, INVALID],
    ['85,', null, INVALID],
    ['.', null, INVALID],
    ['1..5', null, INVALID],
    ['1 23', null, INVALID],
    ['12 3456', null, INVALID],
    ['1 234 56', null, INVALID],
    ['1 234.567,5', null, INVALID],
    ['0 123', null, INVALID],
    ['--5', null, INVALID],
    ['- 5', null, INVALID],
    ['5-', null, INVALID],
    ['(5)', null, INVALID],
    ['85%', null, INVALID],
    ['٣', null, INVALID],
    ['１２', null, INVALID],
    ['1'.repeat(400), null, INVALID],
  ])('%j with decimal %s → %j', (text, decimal, expected) => {
    expect(parseNumber(text, decimal)).toMatchObject(expected);
  });

  it.each<[string, DecimalMark | undefined]>([
    ['85,5', 'comma'],
    ['1.234,5', 'comma'],
    ['1.234.567', 'comma'],
    [',5', 'comma'],
    ['85.5', 'dot'],
    ['1,234.5', 'dot'],
    ['1,234,567', 'dot'],
    ['85', undefined],
    ['1 234', undefined],
  ])('%j proves the decimal mark %s', (text, evidence) => {
    const parsed = parseNumber(text, null);
    expect(parsed.kind).toBe('number');
    expect(parsed.kind === 'number' ? parsed.evidence : 'x').toBe(evidence);
  });

  it('gives no evidence when the decimal mark decided an ambiguous text', () => {
    expect(parseNumber('1,234', 'comma')).toEqual({ kind: 'number', value: 1.234 });
  });

  /** Writes a number the way a locale would: grouped thousands, the locale's decimal mark. */
  function format(value: number, decimals: number, group: string, mark: string): string {
    const [integer = '', fraction = ''] = Math.abs(value).toFixed(decimals).split('.');
    const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    const trimmed = fraction.replace(/0+$/, '');
    return `${value < 0 ? '-' : ''}${grouped}${trimmed === '' ? '' : mark + trimmed}`;
  }

  const finite = fc
    .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
    .map(([units, decimals]) => ({ value: units / 10 ** decimals, decimals }));

  it('reads back Vietnamese-style numbers (1.234,5) with decimal comma', () => {
    fc.assert(
      fc.property(finite, ({ value, decimals }) => {
        const text = format(value, decimals, '.', ',');
        expect(parseNumber(text, 'comma')).toMatchObject({
          kind: 'number',
          value: Number(value.toFixed(decimals)),
        });
      }),
    );
  });

  it('reads back English-style numbers (1,234.5) with decimal dot', () => {
    fc.assert(
      fc.property(finite, ({ value, decimals }) => {
        const text = format(value, decimals, ',', '.');
        expect(parseNumber(text, 'dot')).toMatchObject({
          kind: 'number',
          value: Number(value.toFixed(decimals)),
        });
      }),
    );
  });

  it('reads back space-grouped numbers with either mark', () => {
    fc.assert(
      fc.property(
        finite,
        fc.constantFrom(' ', '\u00a0', '\u202f'),
        ({ value, decimals }, space) => {
          expect(parseNumber(format(value, decimals, space, ','), 'comma')).toMatchObject({
            value: Number(value.toFixed(decimals)),
          });
        },
      ),
    );
  });

  it('never throws and never returns a non-finite number for any text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom<DecimalMark | null>('comma', 'dot', null),
        (text, decimal) => {
          const parsed = parseNumber(text, decimal);
          if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
        },
      ),
    );
  });
});
