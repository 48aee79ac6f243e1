import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/core/findings/catalogue/catalogue.js';
import { findingMessage } from '../../../src/core/findings/format-finding.js';

describe('an optional placeholder ({hint?})', () => {
  it('is filled like any other when it has a value', () => {
    const finding = { code: 'DATA_UNKNOWN_INDICATOR', args: { value: 'HT.9', hint: 'HT.01' } };
    expect(findingMessage(finding, 'vi')).toBe(
      'Không có chỉ số "HT.9" trong bộ chỉ số (mã gần nhất: HT.01).',
    );
    expect(findingMessage(finding, 'en')).toBe(
      'The indicator "HT.9" is not in the set (closest code: HT.01).',
    );
  });

  it('takes its parenthesised clause with it when there is nothing to suggest', () => {
    for (const hint of [null, undefined, '']) {
      const finding = { code: 'DATA_UNKNOWN_INDICATOR', args: { value: 'XYZ', hint } };
      expect(findingMessage(finding, 'vi')).toBe('Không có chỉ số "XYZ" trong bộ chỉ số.');
      expect(findingMessage(finding, 'en')).toBe('The indicator "XYZ" is not in the set.');
    }
    const province = { code: 'PROVINCE_UNKNOWN', args: { name: 'Atlantis', suggestions: null } };
    expect(findingMessage(province, 'en')).toBe('Unknown province "Atlantis".');
  });

  it('is what every parenthesised "closest" clause of the catalogue uses', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      for (const lang of ['vi', 'en'] as const) {
        for (const clause of entry[lang].match(/\((?:gần nhất|mã gần nhất|closest)[^()]*\)/g) ??
          []) {
          expect(clause, code).toMatch(/\{\w+\?\}/);
        }
      }
    }
  });
});
