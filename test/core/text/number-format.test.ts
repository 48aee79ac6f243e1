import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../../src/core/text/number-format.js';

const vi = numberFormat('vi');
const en = numberFormat('en');

describe('numberFormat', () => {
  // The separators are localNumberText's (the terminal's and the workbook's): vi groups
  // thousands with dots and writes a decimal comma; en keeps the dot and no grouping.
  it.each([
    [0, 2, '0,00', '0.00'],
    [612.5, 2, '612,50', '612.50'],
    [1234.5, 2, '1.234,50', '1234.50'],
    [1234567.891, 1, '1.234.567,9', '1234567.9'],
    [999.996, 2, '1.000,00', '1000.00'],
    [42, 0, '42', '42'],
    [3321, 0, '3.321', '3321'],
    [-1234.5, 1, '-1.234,5', '-1234.5'],
    [-0.0001, 2, '0,00', '0.00'],
  ])('%d with %d decimals → vi %j, en %j', (x, decimals, viText, enText) => {
    expect(vi.number(x, decimals)).toBe(viText);
    expect(en.number(x, decimals)).toBe(enText);
  });

  it('writes shares as percentages with fixed decimals', () => {
    expect(vi.percent(0.6125)).toBe('61,3%');
    expect(en.percent(0.6125)).toBe('61.3%');
    expect(vi.percent(0.95, 1)).toBe('95,0%');
    expect(vi.percent(1, 0)).toBe('100%');
    expect(en.percent(12.345, 0)).toBe('1235%');
    expect(vi.percent(12.345, 0)).toBe('1.235%');
  });

  it('shows the sign of a difference, and none on zero', () => {
    expect(vi.signed(1.5, 1)).toBe('+1,5');
    expect(vi.signed(-1.5, 1)).toBe('-1,5');
    expect(en.signed(0.04, 1)).toBe('0.0');
    expect(en.signed(-0.04, 1)).toBe('0.0');
    expect(en.signed(3, 0)).toBe('+3');
  });

  it('writes a missing or non-finite number as a dash', () => {
    for (const f of [vi, en]) {
      expect(f.number(null)).toBe('—');
      expect(f.number(NaN)).toBe('—');
      expect(f.percent(Infinity)).toBe('—');
      expect(f.signed(null)).toBe('—');
    }
  });

  it('uses the default decimals: two for numbers, one for percentages', () => {
    expect(vi.number(1.5)).toBe('1,50');
    expect(en.percent(0.5)).toBe('50.0%');
  });
});
