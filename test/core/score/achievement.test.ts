import { describe, expect, it } from 'vitest';
import type { ResolvedIndicator, ResolvedScoring } from '../../../src/core/set/resolved-set.js';
import { achievement } from '../../../src/core/score/achievement.js';
import { indicatorGap } from '../../../src/core/score/indicator-gap.js';
import { indicator, loc } from '../../helpers/example-set.js';

function ind(
  scoring: ResolvedScoring,
  direction: 'higher' | 'lower' = 'higher',
): ResolvedIndicator {
  return indicator('X', ['G'], scoring, { direction });
}

const targetHigher = ind({ method: 'target', target: 80, worst: 0 });
const targetHigherWorst = ind({ method: 'target', target: 80, worst: 20 });
const targetLower = ind({ method: 'target', target: 15, worst: 35 }, 'lower');
const stepsHigher = ind({
  method: 'steps',
  steps: [
    { min: 6, score: 0.5 },
    { min: 12, score: 1 },
    { min: 2, score: 0.2 },
  ],
});
const stepsLower = ind(
  {
    method: 'steps',
    steps: [
      { max: 30, score: 0.4 },
      { max: 10, score: 1 },
      { max: 20, score: 0.7 },
    ],
  },
  'lower',
);
const bool = ind({ method: 'boolean' });
const levels = ind({
  method: 'levels',
  levels: [
    { label: loc('Chưa có'), score: 0 },
    { label: loc('Một phần'), score: 0.5 },
    { label: loc('Toàn bộ'), score: 1 },
  ],
});
const info = ind({ method: 'info' });

describe('achievement and gap per method (spec §2.3, §2.4)', () => {
  it.each([
    ['target higher, below', targetHigher, 60, 0.75, 20],
    ['target higher, exactly at target', targetHigher, 80, 1, 0],
    ['target higher, beyond target', targetHigher, 95, 1, 0],
    ['target higher, zero', targetHigher, 0, 0, 80],
    ['target higher, worst bound', targetHigherWorst, 20, 0, 60],
    ['target higher, below worst clamps to 0', targetHigherWorst, 10, 0, 70],
    ['target higher, between worst and target', targetHigherWorst, 50, 0.5, 30],
    ['target lower, between', targetLower, 20, 0.75, 5],
    ['target lower, exactly at target', targetLower, 15, 1, 0],
    ['target lower, better than target', targetLower, 5, 1, 0],
    ['target lower, at worst', targetLower, 35, 0, 20],
    ['target lower, beyond worst', targetLower, 50, 0, 35],
    ['steps higher, below all', stepsHigher, 1, 0, 11],
    ['steps higher, exactly at lowest', stepsHigher, 2, 0.2, 10],
    ['steps higher, between', stepsHigher, 8, 0.5, 4],
    ['steps higher, exactly at middle', stepsHigher, 6, 0.5, 6],
    ['steps higher, exactly at best', stepsHigher, 12, 1, 0],
    ['steps higher, above all', stepsHigher, 100, 1, 0],
    [
      'steps higher, ratio noise just under a threshold',
      stepsHigher,
      11.999999999999998,
      1,
      1.7763568394002505e-15,
    ],
    ['steps lower, above all maxes', stepsLower, 31, 0, 21],
    ['steps lower, exactly at the loosest', stepsLower, 30, 0.4, 20],
    ['steps lower, between', stepsLower, 15, 0.7, 5],
    ['steps lower, exactly at best', stepsLower, 10, 1, 0],
    ['steps lower, below all', stepsLower, 0, 1, 0],
    ['boolean true', bool, true, 1, 0],
    ['boolean false', bool, false, 0, 1],
    ['levels 1', levels, 1, 0, 1],
    ['levels 2', levels, 2, 0.5, 1],
    ['levels 3', levels, 3, 1, 0],
    ['levels out of range', levels, 4, 0, 1],
  ] as const)('%s', (_name, indicator, value, a, gap) => {
    const got = achievement(indicator, value);
    expect(got).toBeCloseTo(a, 12);
    expect(indicatorGap(indicator, value, got)).toBeCloseTo(gap, 12);
  });

  it('info is not scored', () => {
    expect(achievement(info, 1362.9)).toBeNull();
    expect(indicatorGap(info, 1362.9, null)).toBeNull();
  });

  it('levels with default scores i/(n-1) as resolved', () => {
    const four = ind({
      method: 'levels',
      levels: [0, 1, 2, 3].map((i) => ({ label: loc(`L${i}`), score: i / 3 })),
    });
    expect(achievement(four, 2)).toBeCloseTo(1 / 3, 12);
    expect(achievement(four, 4)).toBe(1);
  });
});
