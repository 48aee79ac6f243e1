import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundNumber } from '../../../src/render/formats/round-number.js';
import { roundedNumberText } from '../../../src/render/formats/rounded-number-text.js';
import { seededRandom } from '../../helpers/seeded-random.js';

const expected = (x: number): string => String(roundNumber(x));

describe('roundedNumberText', () => {
  it('is String(roundNumber(x)) for any double', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(roundedNumberText(x)).toBe(expected(x));
      }),
      { numRuns: 20_000 },
    );
  });

  it('is String(roundNumber(x)) for multiples of 10^-6 and the numbers just off and between them', () => {
    const random = seededRandom(7);
    const wrong: number[] = [];
    for (let k = 0; k < 200_000; k++) {
      // Small ones every one, then spread over the whole fast range (below 2^40 / 10^6).
      const n = k < 100_000 ? k : Math.floor(random() * 2 ** 40);
      for (const x of [n / 1e6, -n / 1e6, (n + 0.5) / 1e6, n / 1e6 + 3e-7, -(n / 1e6) - 2e-7]) {
        if (roundedNumberText(x) !== expected(x)) wrong.push(x);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('handles zeros, ties, integers, large and non-finite numbers as String(roundNumber(x))', () => {
    const cases = [0, -0, 1e-7, -1e-7, 5e-7, -5e-7, 0.0000015, 2.9999999, -2.9999999, 1 / 3, 2 / 3];
    cases.push(
      0.1 + 0.2,
      1e21,
      1.5e21,
      2 ** 40 / 1e6,
      2 ** 40 / 1e6 + 0.1,
      1e300,
      5e-324,
      123456.5,
    );
    cases.push(NaN, Infinity, -Infinity, 1.0000005, 12.3456785);
    for (const x of cases) expect(roundedNumberText(x)).toBe(expected(x));
    expect(roundedNumberText(-1e-7)).toBe('0');
    expect(roundedNumberText(0.1 + 0.2)).toBe('0.3');
    expect(roundedNumberText(-12.0000004)).toBe('-12');
    expect(roundedNumberText(0.000012)).toBe('0.000012');
  });
});
