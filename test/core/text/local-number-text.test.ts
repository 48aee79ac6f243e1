import { describe, expect, it } from 'vitest';
import { localNumberText } from '../../../src/core/text/local-number-text.js';
import { findingMessage } from '../../../src/core/findings/format-finding.js';
import { percentText, shortNumber } from '../../../src/render/formats/round-number.js';

describe('numbers written for people', () => {
  it('use a decimal comma and dotted thousands in Vietnamese', () => {
    expect(localNumberText('796.59', 'vi')).toBe('796,59');
    expect(localNumberText('1000', 'vi')).toBe('1.000');
    expect(localNumberText('-1234567.5', 'vi')).toBe('-1.234.567,5');
    expect(localNumberText('12', 'vi')).toBe('12');
    expect(shortNumber(796.594, 'vi')).toBe('796,59');
    expect(percentText(0.797, 'vi')).toBe('79,7%');
  });

  it('keep the dot and no grouping in English', () => {
    expect(localNumberText('796.59', 'en')).toBe('796.59');
    expect(localNumberText('1000', 'en')).toBe('1000');
    expect(shortNumber(796.594, 'en')).toBe('796.59');
    expect(percentText(0.797, 'en')).toBe('79.7%');
  });

  it('leave anything that is not a plain number text alone', () => {
    expect(localNumberText('1e+21', 'vi')).toBe('1e+21');
    expect(localNumberText('—', 'vi')).toBe('—');
    expect(localNumberText('HT.01', 'vi')).toBe('HT.01');
  });

  it('do not group years and line numbers in finding messages', () => {
    const message = findingMessage(
      { code: 'DATA_UNKNOWN_INDICATOR', args: { value: 'x', hint: 2025.5 } },
      'vi',
    );
    expect(message).toContain('2025,5');
    expect(localNumberText('2025', 'vi', { group: false })).toBe('2025');
  });
});
