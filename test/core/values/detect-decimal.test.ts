import { describe, expect, it } from 'vitest';
import { detectDecimal } from '../../../src/core/values/detect-decimal.js';

describe('detectDecimal', () => {
  it.each<[string[], string | null]>([
    [['85,5'], 'comma'],
    [['1.234,5'], 'comma'],
    [['85', '1,234', '85,5'], 'comma'],
    [['1.234.567', '2.500'], 'comma'],
    [['85,5 %'], 'comma'],
    [['85,5%'], 'comma'],
    [['85.5'], 'dot'],
    [['1,234.5'], 'dot'],
    [['1,234,567', '2,500'], 'dot'],
    [['85.5%', 'abc'], 'dot'],
    [['85,5', '85.5'], null],
    [['1.234,5', '1,234.5'], null],
    [['1,234'], null],
    [['2.500', '1,234'], null],
    [['85', '90', '1 234'], null],
    [[], null],
    [['abc', '', 'N/A'], null],
  ])('%j → %s', (texts, expected) => {
    expect(detectDecimal(texts)).toBe(expected);
  });
});
