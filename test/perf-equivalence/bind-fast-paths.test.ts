// The binder's shortcuts must give exactly what the plain definitions give: memoised coercion,
// memoised decimal evidence, the Vietnamese-letter shortcut of foldText/tidyText.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecimalEvidence } from '../../src/core/bind/decide-decimal.js';
import { foldText, tidyText } from '../../src/core/text/fold-text.js';
import type { RawCell } from '../../src/core/table/raw-table.js';
import { cellCoercers } from '../../src/core/values/cell-coercers.js';
import { coerceValue } from '../../src/core/values/coerce-value.js';
import { detectDecimal } from '../../src/core/values/detect-decimal.js';
import { parseNumber } from '../../src/core/values/parse-number.js';
import { fakeIndicator } from '../helpers/fake-set.js';
import { foldSlow, tidySlow } from '../helpers/plain-text-folds.js';

const TEXTS = [
  '64,1',
  '64.1',
  '82',
  '1,234',
  '2.500',
  '1.234,5',
  ' 85 % ',
  '85%',
  '-3',
  'N/A',
  '-',
  'x',
  'có',
  'Mức 2',
  'abc',
  '#DIV/0!',
  'a\u0001b',
  '',
  ' ',
];

const INDICATORS = [
  fakeIndicator({ code: 'P.01', type: 'percent', range: [0, 100] }),
  fakeIndicator({ code: 'P.02', type: 'percent', range: [0, 100] }),
  fakeIndicator({ code: 'N.01', type: 'number', range: [0, 50] }),
  fakeIndicator({ code: 'C.01', type: 'count' }),
  fakeIndicator({ code: 'B.01', type: 'boolean' }),
  fakeIndicator({
    code: 'L.01',
    type: 'level',
    scoring: {
      method: 'levels',
      levels: [
        { label: { vi: 'Thấp', en: 'Low' }, score: 0 },
        { label: { vi: 'Cao', en: 'High' }, score: 1 },
      ],
    },
  }),
  fakeIndicator({
    code: 'L.02',
    type: 'level',
    scoring: {
      method: 'levels',
      levels: [{ label: { vi: 'Mức 2', en: 'Two' }, score: 1 }],
    },
  }),
];

const cellArb: fc.Arbitrary<RawCell | null> = fc.oneof(
  fc.constant(null),
  fc
    .tuple(fc.constantFrom(...TEXTS), fc.nat(3))
    .map(([text, column]): RawCell => ({ value: text === '' ? null : text, row: 2, column })),
  fc.constantFrom<RawCell>(
    { value: 85.5, row: 3, column: 1, percent: true },
    { value: true, row: 3, column: 1 },
    { value: '64,1', row: 3, column: 1, problem: 'formula-no-result' },
    { value: null, row: 3, column: 1, problem: 'error-value', errorText: '#N/A' },
  ),
);

describe('cellCoercers', () => {
  it('equal coerceValue cell after cell, repeats and shared memos included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(INDICATORS.length - 1), cellArb), { maxLength: 60 }),
        fc.constantFrom('comma' as const, 'dot' as const, null),
        (cells, decimal) => {
          const coercers = cellCoercers(INDICATORS, decimal);
          for (const [i, cell] of cells) {
            expect(coercers[i]!.coerce(cell)).toEqual(coerceValue(cell, INDICATORS[i]!, decimal));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('work errors out afresh: findings never share argument objects', () => {
    const [coerce] = cellCoercers([INDICATORS[2]!], 'comma');
    const cell: RawCell = { value: '99', row: 2, column: 2 };
    const first = coerce!.coerce(cell);
    const second = coerce!.coerce(cell);
    expect(first).toMatchObject({ kind: 'error', code: 'DATA_OUT_OF_RANGE' });
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });
});

describe('parseNumber: plain digits and one separator, without the full rules', () => {
  it('answers as the full rules do (a leading space takes the full rules)', () => {
    const plain = fc
      .array(fc.constantFrom(...'0123456789012345678901234.,'.split('')), { maxLength: 18 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(plain, fc.constantFrom('comma' as const, 'dot' as const, null), (text, d) => {
        expect(parseNumber(text, d)).toEqual(parseNumber(` ${text}`, d));
      }),
      { numRuns: 20000 },
    );
    for (const text of ['1,234', '012,345', '999.999', '1000,5', '0,5', '123456789012345'])
      for (const d of ['comma', 'dot', null] as const)
        expect(parseNumber(text, d)).toEqual(parseNumber(` ${text}`, d));
  });
});

describe('DecimalEvidence', () => {
  it('decides as detectDecimal does over the same texts, whatever repeats', () => {
    const texts = fc.array(fc.constantFrom(...TEXTS, '1.234.567', '1,234,567', ',5', '.5'), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(texts, (list) => {
        const evidence = new DecimalEvidence('auto');
        for (const text of list) evidence.add({ value: text, row: 1, column: 1 });
        const numericLooking = list.filter((t) =>
          /^[+\-\u2212]?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*\s*%?$/.test(t.trim()),
        );
        expect(evidence.decide()).toBe(detectDecimal(numericLooking));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Every letter the precomposed shortcut accepts beyond ASCII. */
const PRECOMPOSED: string[] = [];
const RANGES: Array<[number, number]> = [
  [0xc0, 0x17f],
  [0x1a0, 0x1a1],
  [0x1af, 0x1b0],
  [0x1ea0, 0x1ef9],
];
for (const [from, to] of RANGES) {
  for (let c = from; c <= to; c++) {
    // × and ÷ are not letters: the shortcut leaves them out.
    if (c !== 0xd7 && c !== 0xf7) PRECOMPOSED.push(String.fromCharCode(c));
  }
}

describe('foldText and tidyText: the precomposed-letter shortcut', () => {
  it('every pair of its letters (and ASCII) is NFC: no letter composes with a neighbour', () => {
    const letters = [...PRECOMPOSED, 'a', 'A', ' ', '.', '1'];
    for (const a of letters) {
      for (const b of letters) expect((a + b).normalize('NFC')).toBe(a + b);
    }
  });

  it('gives the documented steps on texts of such letters, ASCII and anything else', () => {
    const unit = fc.oneof(
      fc.constantFrom(...PRECOMPOSED),
      fc.constantFrom(..."aZ09 .,-_/():;'()\t\u00a0\u200b\u0301\u0303đĐİıΣσς×÷".split('')),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (text) => {
        expect(foldText(text)).toBe(foldSlow(text));
        expect(tidyText(text)).toBe(tidySlow(text));
        // The remembered last answer is the same answer.
        expect(foldText(text)).toBe(foldSlow(text));
        expect(tidyText(text)).toBe(tidySlow(text));
      }),
      { numRuns: 20000 },
    );
  });
});
