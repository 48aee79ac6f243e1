import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/text/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('dong nai', 'dong nai')).toBe(0);
    expect(editDistance('dong na', 'dong nai')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('pionts', 'points')).toBe(1);
    expect(editDistance('dogn nai', 'dong nai')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['ha noi', 'hanoi'],
      ['ca mau', 'cao bang'],
      ['abcdef', 'badcfe'],
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});
