import { describe, expect, it } from 'vitest';
import { shownTitle } from '../../../src/render/labels/shown-title.js';

describe('shownTitle', () => {
  it('is the bare title when the chart shows every entity', () => {
    expect(shownTitle('Ranking by index', 34, 34, 'en')).toBe('Ranking by index');
  });

  it('says how many of how many the chart shows, in each language and wording', () => {
    expect(shownTitle('Xếp hạng', 40, 63, 'vi')).toBe('Xếp hạng — 40 đơn vị đầu trong 63');
    expect(shownTitle('Ranking', 40, 63, 'en')).toBe('Ranking — the first 40 of 63');
    expect(shownTitle('Ranking', 40, 63, 'en', 'top')).toBe('Ranking — top 40 of 63');
  });
});
