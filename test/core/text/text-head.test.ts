import { describe, expect, it } from 'vitest';
import { textHead } from '../../../src/core/text/text-head.js';

describe('textHead', () => {
  it.each([
    ['Hà Nội', 10, 'Hà Nội'],
    ['Hà Nội', 6, 'Hà Nội'],
    ['Hà Nội', 2, 'Hà'],
    // 😀 is two code units: a cut between them keeps neither half.
    ['ab😀cd', 3, 'ab'],
    ['ab😀cd', 4, 'ab😀'],
    ['😀', 1, ''],
  ])('%j cut to %i → %j', (text, max, expected) => {
    expect(textHead(text, max)).toBe(expected);
  });
});
