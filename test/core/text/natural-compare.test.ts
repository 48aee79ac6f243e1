import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../../src/core/text/natural-compare.js';

describe('naturalCompare', () => {
  it.each([
    ['1.1.9', '1.1.10', -1],
    ['1.2.10', '1.2.9', 1],
    ['HT.01', 'ht.1', -1], // equal by value and case; the raw-text fallback keeps the order total
    ['ht.01', 'HT.02', -1],
    ['DV.02', 'DV.03', -1],
    ['A2', 'A10', -1],
    ['A', 'A.1', -1],
    ['x9', 'x00010', -1],
    ['abc', 'ABC', 1],
    ['same', 'same', 0],
    ['1', 'a', -1],
    ['99999999999999999999', '100000000000000000000', -1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(Math.sign(naturalCompare(a, b)) + 0).toBe(expected);
    expect(Math.sign(naturalCompare(b, a)) + 0).toBe(-expected + 0);
  });

  it('sorts a mixed list', () => {
    const codes = ['1.10', '1.2', '1.1.10', '1.1.9', '1.1', 'B.1', 'a.2'];
    expect([...codes].sort(naturalCompare)).toEqual([
      '1.1',
      '1.1.9',
      '1.1.10',
      '1.2',
      '1.10',
      'a.2',
      'B.1',
    ]);
  });
});
