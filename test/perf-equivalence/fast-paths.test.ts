// The fast paths added for speed must give exactly what the plain definitions give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, tidyText } from '../../src/core/text/fold-text.js';
import { parseNumber } from '../../src/core/values/parse-number.js';
import { roundNumber } from '../../src/render/formats/round-number.js';
import { foldSlow, tidySlow } from '../helpers/plain-text-folds.js';

/** The definition roundNumber must match: toFixed, no negative zero. */
const roundByToFixed = (x: number, d: number): number => {
  if (!Number.isFinite(x)) return x;
  const r = Number(x.toFixed(d));
  return r === 0 ? 0 : r;
};

describe('roundNumber equals Number(x.toFixed(d))', () => {
  it('on any double', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 8 }), (x, d) => {
        expect(Object.is(roundNumber(x, d), roundByToFixed(x, d))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('on decimal ties and near-ties', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 8 }),
        (k, e, d) => {
          for (const x of [k / 10 ** e, (k + 0.5) / 10 ** e, k * 0.1 + 0.05, k * 1e-7 + 5e-7]) {
            expect(Object.is(roundNumber(x, d), roundByToFixed(x, d))).toBe(true);
          }
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('on known hard cases', () => {
    for (const x of [0.0000005, 1.0000005, 2.5e-7, -0.0000005, -1e-7, 1.0049999999999999, 1e21, -0])
      for (const d of [0, 1, 2, 6])
        expect(Object.is(roundNumber(x, d), roundByToFixed(x, d))).toBe(true);
  });
});

const textChars = fc.constantFrom(
  ..."0123456789.,- +aAzZĐđÀẠ\u2212\u00a0\u2009\u202f\t\n\u200b\u00ad\u0301:()/_'%#".split(''),
);
const texts = fc.array(textChars, { maxLength: 16 }).map((a) => a.join(''));

describe('foldText and tidyText shortcuts', () => {
  it('fold and tidy as their documented steps do', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ unit: 'binary', maxLength: 12 })), (text) => {
        expect(foldText(text)).toBe(foldSlow(text));
        expect(tidyText(text)).toBe(tidySlow(text));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('parseNumber memoisation', () => {
  it('gives the same answer first and second time, per decimal mark', () => {
    const numberish = fc
      .array(fc.constantFrom(...'0123456789., -\u2212+\u00a0'.split('')), { maxLength: 12 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(numberish, (text) => {
        const first = [null, 'comma', 'dot'].map((d) =>
          JSON.stringify(parseNumber(text, d as 'comma' | 'dot' | null)),
        );
        const second = [null, 'comma', 'dot'].map((d) =>
          JSON.stringify(parseNumber(text, d as 'comma' | 'dot' | null)),
        );
        expect(second).toEqual(first);
      }),
      { numRuns: 5000 },
    );
    expect(parseNumber('1,234', null)).toEqual({ kind: 'ambiguous' });
    expect(parseNumber('1,234', 'comma')).toEqual({ kind: 'number', value: 1.234 });
    expect(parseNumber('1,234', 'dot')).toEqual({ kind: 'number', value: 1234 });
    expect(parseNumber('1,234', null)).toEqual({ kind: 'ambiguous' });
  });
});
