import { describe, expect, it } from 'vitest';
import { bandFor } from '../../../src/core/score/band-for.js';
import { competitionRanks } from '../../../src/core/score/competition-ranks.js';
import { scoreEntities } from '../../../src/core/score/score-entities.js';
import { DEFAULT_BANDS } from '../../../src/core/set/resolved-set.js';
import {
  entity,
  exampleData,
  exampleSet,
  group,
  indicator,
  loc,
  makeSet,
} from '../../helpers/example-set.js';

const target100 = { method: 'target', target: 100, worst: 0 } as const;

/** Three layers: D1 → (D1.A → 1.1.9, 1.1.10), (D1.B → 1.2.1); D2 → 2.1 (+ an info indicator). */
function nestedSet() {
  return makeSet(
    [
      group('D1', 60, { groups: ['D1.A', 'D1.B'] }),
      group('D1.A', 40, { indicators: ['1.1.9', '1.1.10'] }, 'D1', 2),
      group('D1.B', 20, { indicators: ['1.2.1'] }, 'D1', 2),
      group('D2', 40, { indicators: ['2.1', '2.2'] }),
    ],
    [
      indicator('1.1.9', ['D1', 'D1.A'], target100, { points: 20 }),
      indicator('1.1.10', ['D1', 'D1.A'], target100, { points: 20 }),
      indicator('1.2.1', ['D1', 'D1.B'], target100, { points: 20 }),
      indicator('2.1', ['D2'], target100, { points: 40 }),
      indicator('2.2', ['D2'], { method: 'info' }),
    ],
    {
      ratings: [
        { min: 0.8, label: loc('Tốt', 'Good') },
        { min: 0.5, label: loc('Khá', 'Fair') },
      ],
    },
  );
}

describe('scoreEntities', () => {
  it('scores the worked example', () => {
    const [s] = scoreEntities(exampleSet(), [exampleData()], { missing: 'zero' });
    expect(s!.points).toBeCloseTo(135, 12);
    expect(s!.maxPoints).toBe(200);
    expect(s!.index).toBeCloseTo(0.675, 12);
    expect(s!.coverage).toBe(1);
    expect(s!.rank).toBeNull();
    expect(s!.groups.map((g) => [g.code, g.points, g.maxPoints, g.rank])).toEqual([
      ['HT', 65, 80, null],
      ['DV', 70, 120, null],
    ]);
    expect(s!.gaps.map((g) => g.code)).toEqual(['DV.02', 'DV.03', 'HT.01', 'DV.01']);
  });

  it('sums nested groups at every level and ignores info indicators', () => {
    const [s] = scoreEntities(
      nestedSet(),
      [entity('E', { '1.1.9': 50, '1.1.10': 100, '1.2.1': 0, '2.1': 75, '2.2': 7 })],
      {
        missing: 'zero',
      },
    );
    const byCode = new Map(s!.groups.map((g) => [g.code, g]));
    expect(byCode.get('D1.A')).toMatchObject({
      points: 30,
      maxPoints: 40,
      index: 0.75,
      level: 2,
      parent: 'D1',
    });
    expect(byCode.get('D1.B')).toMatchObject({ points: 0, maxPoints: 20, index: 0 });
    expect(byCode.get('D1')).toMatchObject({ points: 30, maxPoints: 60, index: 0.5 });
    expect(byCode.get('D2')).toMatchObject({ points: 30, maxPoints: 40, index: 0.75 });
    expect(s!).toMatchObject({ points: 60, maxPoints: 100, index: 0.6, coverage: 1 });
    expect(s!.rating).toEqual(loc('Khá', 'Fair'));
    expect(s!.indicators.find((i) => i.code === '2.2')).toMatchObject({
      status: 'info',
      value: 7,
      points: null,
      band: null,
    });
  });

  it('orders gaps by points lost, ties by natural code order (1.1.9 before 1.1.10)', () => {
    const [s] = scoreEntities(
      nestedSet(),
      [entity('E', { '1.1.10': 50, '1.1.9': 50, '1.2.1': 50, '2.1': 50 })],
      {
        missing: 'zero',
      },
    );
    expect(s!.gaps.map((g) => [g.code, g.pointsLost])).toEqual([
      ['2.1', 20],
      ['1.1.9', 10],
      ['1.1.10', 10],
      ['1.2.1', 10],
    ]);
  });

  it('treats losses within 1e-9 as a tie and drops losses below 1e-9', () => {
    const [s] = scoreEntities(
      nestedSet(),
      [entity('E', { '1.1.10': 50, '1.1.9': 50 + 1e-9, '1.2.1': 100 - 1e-12, '2.1': 100 })],
      { missing: 'zero' },
    );
    expect(s!.gaps.map((g) => g.code)).toEqual(['1.1.9', '1.1.10']);
  });

  describe('missing policies (spec §2.4)', () => {
    const data = entity('E', { '1.1.9': 100, '1.1.10': null, '2.1': 50 }); // 1.2.1 absent, 1.1.10 marked missing

    it('zero keeps the max points and scores 0', () => {
      const [s] = scoreEntities(nestedSet(), [data], { missing: 'zero' });
      expect(s!).toMatchObject({ points: 40, maxPoints: 100, index: 0.4, coverage: 0.6 });
      expect(s!.indicators.find((i) => i.code === '1.1.10')).toMatchObject({
        status: 'missing',
        value: null,
        achievement: 0,
        points: 0,
        maxPoints: 20,
        pointsLost: 20,
        gap: null,
        band: 'missing',
      });
      expect(s!.groups.find((g) => g.code === 'D1.B')).toMatchObject({
        points: 0,
        maxPoints: 20,
        index: 0,
      });
      expect(s!.gaps.map((g) => g.code)).toEqual(['1.1.10', '1.2.1', '2.1']);
    });

    it('exclude leaves them out of points and every maximum', () => {
      const [s] = scoreEntities(nestedSet(), [data], { missing: 'exclude' });
      expect(s!).toMatchObject({ points: 40, maxPoints: 60, coverage: 0.6 });
      expect(s!.index).toBeCloseTo(40 / 60, 12);
      expect(s!.indicators.find((i) => i.code === '1.2.1')).toMatchObject({
        status: 'missing',
        achievement: null,
        points: null,
        maxPoints: 20,
        pointsLost: null,
        gap: null,
        band: 'missing',
      });
      expect(s!.groups.find((g) => g.code === 'D1.A')).toMatchObject({
        points: 20,
        maxPoints: 20,
        index: 1,
      });
      expect(s!.groups.find((g) => g.code === 'D1.B')).toMatchObject({
        points: 0,
        maxPoints: 0,
        index: null,
      });
      expect(s!.groups.find((g) => g.code === 'D1')).toMatchObject({
        points: 20,
        maxPoints: 20,
        index: 1,
      });
      expect(s!.gaps.map((g) => g.code)).toEqual(['2.1']);
    });

    it('exclude with nothing reported gives a null index and no rating', () => {
      const [s] = scoreEntities(nestedSet(), [entity('E', {})], { missing: 'exclude' });
      expect(s!).toMatchObject({ points: 0, maxPoints: 0, index: null, coverage: 0, rating: null });
    });
  });

  it('uses shared (distributed) points as resolved', () => {
    const set = exampleSet();
    const [s] = scoreEntities(set, [exampleData()], { missing: 'zero' });
    expect(s!.indicators.map((i) => i.maxPoints)).toEqual([60, 20, 40, 40, 40, null]);
  });

  describe('ranks (competition, 1,2,2,4)', () => {
    const values = [
      ['A', 80],
      ['B', 60],
      ['C', 90],
      ['D', 60],
    ] as const;

    it('ranks entities and every group, ties share and the next skips', () => {
      const entities = values.map(([label, v]) =>
        entity(label, { '1.1.9': v, '1.1.10': v, '1.2.1': v, '2.1': label === 'D' ? 100 : 0 }),
      );
      const scores = scoreEntities(nestedSet(), entities, { missing: 'zero' });
      // totals: A 48, B 36, C 54, D 76
      expect(scores.map((s) => s.rank)).toEqual([3, 4, 2, 1]);
      const d1 = scores.map((s) => s.groups.find((g) => g.code === 'D1')!.rank);
      expect(d1).toEqual([2, 3, 1, 3]);
      const d2 = scores.map((s) => s.groups.find((g) => g.code === 'D2')!.rank);
      expect(d2).toEqual([2, 2, 2, 1]);
    });

    it('ranks tied totals 1, 2, 2, 4 whatever the input order', () => {
      const entities = [
        entity('P', { '2.1': 50 }),
        entity('Q', { '2.1': 100 }),
        entity('R', { '1.1.9': 100 }), // 20 points, like P
        entity('S', { '2.1': 10 }),
      ];
      expect(scoreEntities(nestedSet(), entities, { missing: 'zero' }).map((s) => s.rank)).toEqual([
        2, 1, 2, 4,
      ]);
      const reversed = scoreEntities(nestedSet(), [...entities].reverse(), { missing: 'zero' });
      expect(reversed.map((s) => [s.label, s.rank])).toEqual([
        ['S', 4],
        ['R', 2],
        ['Q', 1],
        ['P', 2],
      ]);
    });

    it('gives null ranks to a single entity', () => {
      const [s] = scoreEntities(nestedSet(), [entity('A', { '1.1.9': 1 })], { missing: 'zero' });
      expect(s!.rank).toBeNull();
      expect(s!.groups.every((g) => g.rank === null)).toBe(true);
    });

    it.each([
      [
        [0.5, 0.7, 0.7, 0.1],
        [3, 1, 1, 4],
      ],
      [
        [0.7, 0.7 + 1e-12, 0.5, 0.5],
        [1, 1, 3, 3],
      ],
      [
        [0.6, null, 0.9, null],
        [2, 3, 1, 3],
      ],
      [
        [null, null],
        [1, 1],
      ],
    ])('competitionRanks(%j) = %j', (scores, ranks) => {
      expect(competitionRanks(scores)).toEqual(ranks);
    });
  });

  it.each([
    [1, 'achieved'],
    [1 - 1e-12, 'achieved'],
    [1 - 1e-6, 'near'],
    [0.75 + 1e-12, 'near'],
    [0.75 - 1e-12, 'near'],
    [0.75 - 1e-6, 'far'],
    [0.4 - 1e-12, 'far'],
    [0.4 - 1e-6, 'critical'],
    [0, 'critical'],
  ])('band of %d is %s', (a, band) => {
    expect(bandFor(DEFAULT_BANDS, a)).toBe(band);
  });

  it('returns null band when custom bands do not reach down', () => {
    expect(bandFor([{ id: 'ok', min: 0.5 }], 0.2)).toBeNull();
  });

  it('rating picks the largest min ≤ index', () => {
    const set = nestedSet();
    const rate = (v: number) =>
      scoreEntities(set, [entity('E', { '1.1.9': v, '1.1.10': v, '1.2.1': v, '2.1': v })], {
        missing: 'zero',
      })[0]!.rating;
    expect(rate(80)).toEqual(loc('Tốt', 'Good'));
    expect(rate(79)).toEqual(loc('Khá', 'Fair'));
    expect(rate(49)).toBeNull();
  });
});
