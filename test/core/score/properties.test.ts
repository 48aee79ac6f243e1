import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  ResolvedIndicator,
  ResolvedScoring,
  ResolvedSet,
} from '../../../src/core/set/resolved-set.js';
import type { EntityData } from '../../../src/core/table/dataset.js';
import type { EntityScore } from '../../../src/core/score/report.js';
import { achievement } from '../../../src/core/score/achievement.js';
import { scoreEntities } from '../../../src/core/score/score-entities.js';
import { naturalCompare } from '../../../src/core/text/natural-compare.js';
import { arbitraryEntities, arbitrarySet } from '../../helpers/arbitrary-set.js';
import { entity, group, indicator, makeSet } from '../../helpers/example-set.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const direction = fc.constantFrom('higher' as const, 'lower' as const);

/** A target or steps indicator in either direction; steps scores rise as thresholds get better. */
const scoredIndicator: fc.Arbitrary<ResolvedIndicator> = fc
  .tuple(
    direction,
    fc.boolean(),
    fc.double({ min: -1000, max: 1000, noNaN: true }),
    fc.double({ min: 0.001, max: 1000, noNaN: true }),
    fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 5 }),
  )
  .map(([dir, useTarget, a, width, thresholds]) => {
    let scoring: ResolvedScoring;
    if (useTarget) {
      // lower: worst above target; higher: worst below target.
      scoring =
        dir === 'higher'
          ? { method: 'target', target: a + width, worst: a }
          : { method: 'target', target: a, worst: a + width };
    } else {
      const sorted = [...thresholds].sort((x, y) => x - y); // ascending
      const n = sorted.length;
      scoring =
        dir === 'higher'
          ? { method: 'steps', steps: sorted.map((t, i) => ({ min: t, score: (i + 1) / n })) }
          : { method: 'steps', steps: sorted.map((t, i) => ({ max: t, score: (n - i) / n })) };
    }
    return indicator('X', ['G'], scoring, { direction: dir });
  });

/** A one-group set of `n` target indicators (0 → 100) with the given points, and an entity. */
function flatSet(points: number[]): ResolvedSet {
  const codes = points.map((_, i) => `I${i + 1}`);
  return makeSet(
    [
      group(
        'G',
        points.reduce((a, b) => a + b, 0),
        { indicators: codes },
      ),
    ],
    codes.map((code, i) =>
      indicator(code, ['G'], { method: 'target', target: 100, worst: 0 }, { points: points[i]! }),
    ),
  );
}

describe('scoring properties', () => {
  it('achievement is always in [0, 1]', () => {
    fc.assert(
      fc.property(scoredIndicator, value, (ind, v) => {
        const a = achievement(ind, v)!;
        return a >= 0 && a <= 1;
      }),
    );
  });

  it('achievement is monotone in the value for each direction', () => {
    fc.assert(
      fc.property(scoredIndicator, value, value, (ind, v1, v2) => {
        const [lo, hi] = v1 <= v2 ? [v1, v2] : [v2, v1];
        const aLo = achievement(ind, lo)!;
        const aHi = achievement(ind, hi)!;
        return ind.direction === 'higher' ? aLo <= aHi + 1e-12 : aLo >= aHi - 1e-12;
      }),
    );
  });

  it('under exclude, the index is the points-weighted mean of reported achievements, so one more missing indicator whose achievement equals the index leaves it unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (points, extraPoints) => {
          // All but the extra indicator reported with arbitrary-but-derived values.
          const values = points.map((p, i) => (p * 37 + i * 11) % 100);
          const reported = Object.fromEntries(values.map((v, i) => [`I${i + 1}`, v]));
          const withExtra = flatSet([...points, extraPoints]);
          const extraCode = `I${points.length + 1}`;
          const [before] = scoreEntities(withExtra, [entity('E', reported)], {
            missing: 'exclude',
          });
          const index = before!.index!;
          // Weighted mean of reported achievements.
          const mean =
            values.reduce((s, v, i) => s + (v / 100) * points[i]!, 0) /
            points.reduce((a, b) => a + b, 0);
          expect(index).toBeCloseTo(mean, 9);
          // Reporting the extra indicator at exactly that achievement does not move the index …
          const [reportedAtIndex] = scoreEntities(
            withExtra,
            [entity('E', { ...reported, [extraCode]: index * 100 })],
            {
              missing: 'exclude',
            },
          );
          expect(reportedAtIndex!.index!).toBeCloseTo(index, 9);
          // … and neither does marking it missing again.
          const [markedMissing] = scoreEntities(
            withExtra,
            [entity('E', { ...reported, [extraCode]: null })],
            {
              missing: 'exclude',
            },
          );
          expect(markedMissing!.index!).toBeCloseTo(index, 9);
        },
      ),
    );
  });
});

/** Comparisons of achievements, losses and indexes use this tolerance (spec §2.4). */
const TOL = 1e-9;
const policy = fc.constantFrom('zero' as const, 'exclude' as const);
const setWithEntities = arbitrarySet.chain((set) =>
  fc.tuple(fc.constant(set), arbitraryEntities(set)),
);

/** Competition rank of `own` among `all` (spec §2.4): 1 + how many are greater by ≥ TOL; null last. */
function rankAmong(own: number | null, all: readonly (number | null)[]): number {
  const scored = all.filter((x): x is number => x !== null);
  return own === null ? scored.length + 1 : 1 + scored.filter((x) => x >= own + TOL).length;
}

/**
 * Everything spec §2.3–2.4 says about one run of scoreEntities, checked from the definitions:
 * each indicator's achievement, points and band; every sum and maximum after the policy; the
 * indexes, coverage, rating, gap list and competition ranks.
 */
function expectScoredAsSpecified(
  set: ResolvedSet,
  entities: readonly EntityData[],
  missing: 'zero' | 'exclude',
  scores: readonly EntityScore[],
): void {
  expect(scores).toHaveLength(entities.length);
  scores.forEach((score, e) => {
    let points = 0;
    let maxPoints = 0;
    let reported = 0;
    let scored = 0;
    const groupPoints = new Map(set.groups.map((g) => [g.code, { points: 0, max: 0 }]));
    set.indicators.forEach((ind, i) => {
      const s = score.indicators[i]!;
      expect(s.code).toBe(ind.code);
      if (ind.scoring.method === 'info') {
        expect(s).toMatchObject({ status: 'info', achievement: null, points: null, band: null });
        return;
      }
      scored += ind.points;
      const value = entities[e]!.values.get(ind.code)?.value ?? null;
      let earned: number | null;
      if (value === null) {
        expect(s).toMatchObject({ status: 'missing', band: 'missing', maxPoints: ind.points });
        // zero: a = 0 and P stays in every maximum; exclude: out of points and every maximum.
        earned = missing === 'zero' ? 0 : null;
        expect(s.achievement).toBe(earned);
        expect(s.points).toBe(earned);
        expect(s.pointsLost).toBe(missing === 'zero' ? ind.points : null);
      } else {
        reported += ind.points;
        const a = s.achievement!;
        expect(s.status).toBe('reported');
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        expect(s.points).toBe(a * ind.points);
        expect(s.pointsLost).toBe(ind.points - a * ind.points);
        // The highest band whose min ≤ a (the first listed among equal mins).
        const bands = set.bands.filter((b) => b.min <= a + TOL);
        const top = bands.reduce<(typeof bands)[number] | null>(
          (best, b) => (best === null || b.min > best.min ? b : best),
          null,
        );
        expect(s.band).toBe(top?.id ?? null);
        earned = s.points;
      }
      if (earned === null) return;
      points += earned;
      maxPoints += ind.points;
      for (const code of ind.path) {
        const sums = groupPoints.get(code)!;
        sums.points += earned;
        sums.max += ind.points;
      }
    });
    expect(score.points).toBeCloseTo(points, 9);
    expect(score.maxPoints).toBeCloseTo(maxPoints, 9);
    // Under zero, every scored indicator stays in the maximum: index = points / Σ P.
    if (missing === 'zero') expect(score.maxPoints).toBeCloseTo(scored, 9);
    if (maxPoints === 0) expect(score.index).toBeNull();
    else expect(score.index!).toBeCloseTo(points / maxPoints, 9);
    expect(score.coverage).toBeCloseTo(scored > 0 ? reported / scored : 0, 12);
    set.groups.forEach((g, k) => {
      const sums = groupPoints.get(g.code)!;
      const gs = score.groups[k]!;
      expect(gs.code).toBe(g.code);
      expect(gs.points).toBeCloseTo(sums.points, 9);
      expect(gs.maxPoints).toBeCloseTo(sums.max, 9);
      if (sums.max === 0) expect(gs.index).toBeNull();
      else expect(gs.index!).toBeCloseTo(sums.points / sums.max, 9);
    });
    const ratings =
      score.index === null ? [] : set.ratings.filter((r) => r.min <= score.index! + TOL);
    const rating = ratings.reduce<(typeof ratings)[number] | null>(
      (best, r) => (best === null || r.min > best.min ? r : best),
      null,
    );
    expect(score.rating).toEqual(rating?.label ?? null);
    // Gaps: exactly the indicators that lost points, most lost first, equal losses by code.
    const losing = score.indicators.filter((s) => s.pointsLost !== null && s.pointsLost > TOL);
    expect(score.gaps.map((g) => g.code).sort()).toEqual(losing.map((s) => s.code).sort());
    score.gaps.forEach((gap, k) => {
      const s = score.indicators.find((x) => x.code === gap.code)!;
      expect(gap).toEqual({ code: s.code, pointsLost: s.pointsLost, gap: s.gap, band: s.band });
      const next = score.gaps[k + 1];
      if (next === undefined) return;
      expect(gap.pointsLost).toBeGreaterThan(next.pointsLost - TOL);
      if (gap.pointsLost === next.pointsLost) {
        expect(naturalCompare(gap.code, next.code)).toBeLessThan(0);
      }
    });
  });
  // Ranks: competition ranks on the unrounded indexes, per group too; none for one entity.
  scores.forEach((score) => {
    if (scores.length < 2) {
      expect(score.rank).toBeNull();
      for (const g of score.groups) expect(g.rank).toBeNull();
      return;
    }
    expect(score.rank).toBe(
      rankAmong(
        score.index,
        scores.map((s) => s.index),
      ),
    );
    score.groups.forEach((g, k) => {
      expect(g.rank).toBe(
        rankAmong(
          g.index,
          scores.map((s) => s.groups[k]!.index),
        ),
      );
    });
  });
}

describe('scoreEntities on any set (spec §2.3–2.4)', () => {
  it('scores every indicator, group, index, gap and rank as specified', () => {
    fc.assert(
      fc.property(setWithEntities, policy, ([set, entities], missing) => {
        expectScoredAsSpecified(set, entities, missing, scoreEntities(set, entities, { missing }));
      }),
      { numRuns: 400 },
    );
  });

  it('the order of the entities changes no score or rank', () => {
    fc.assert(
      fc.property(
        setWithEntities.chain(([set, entities]) =>
          fc.tuple(
            fc.constant(set),
            fc.constant(entities),
            fc.shuffledSubarray(
              entities.map((_, i) => i),
              { minLength: entities.length },
            ),
          ),
        ),
        policy,
        ([set, entities, order], missing) => {
          const base = scoreEntities(set, entities, { missing });
          const permuted = scoreEntities(
            set,
            order.map((i) => entities[i]!),
            { missing },
          );
          order.forEach((from, to) => expect(permuted[to]).toEqual(base[from]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scaling every point value by k leaves every index unchanged', () => {
    fc.assert(
      fc.property(
        setWithEntities,
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        policy,
        ([set, entities], k, missing) => {
          const scaled: ResolvedSet = {
            ...set,
            groups: set.groups.map((g) => ({ ...g, points: g.points * k })),
            indicators: set.indicators.map((i) => ({ ...i, points: i.points * k })),
          };
          const base = scoreEntities(set, entities, { missing });
          scoreEntities(scaled, entities, { missing }).forEach((t, e) => {
            const s = base[e]!;
            if (s.index === null) expect(t.index).toBeNull();
            else expect(t.index!).toBeCloseTo(s.index, 9);
            expect(t.coverage).toBeCloseTo(s.coverage, 9);
            s.groups.forEach((g, j) => {
              if (g.index === null) expect(t.groups[j]!.index).toBeNull();
              else expect(t.groups[j]!.index!).toBeCloseTo(g.index, 9);
            });
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('one more indicator nobody reports: exclude leaves every index unchanged, zero never raises one', () => {
    fc.assert(
      fc.property(
        setWithEntities,
        fc.nat(),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        ([set, entities], at, extraPoints) => {
          // Into one of the second-layer groups (those that hold indicators).
          const leaves = set.groups.filter((g) => g.indicators.length > 0);
          const host = leaves[at % leaves.length]!;
          const extra = indicator(
            `${host.code}.X`,
            [host.parent!, host.code],
            {
              method: 'target',
              target: 100,
              worst: 0,
            },
            { points: extraPoints },
          );
          const bigger: ResolvedSet = {
            ...set,
            groups: set.groups.map((g) =>
              g === host ? { ...g, indicators: [...g.indicators, extra.code] } : g,
            ),
            indicators: [...set.indicators, extra],
          };
          const before = scoreEntities(set, entities, { missing: 'exclude' });
          const after = scoreEntities(bigger, entities, { missing: 'exclude' });
          after.forEach((t, e) => {
            expect(t.index).toBe(before[e]!.index);
            expect(t.groups.map((g) => g.index)).toEqual(before[e]!.groups.map((g) => g.index));
          });
          const zeroBefore = scoreEntities(set, entities, { missing: 'zero' });
          scoreEntities(bigger, entities, { missing: 'zero' }).forEach((t, e) => {
            const s = zeroBefore[e]!;
            if (s.index !== null) expect(t.index!).toBeLessThanOrEqual(s.index + TOL);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
