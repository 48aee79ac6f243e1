import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CannotRunError } from '../../../src/core/findings/cannot-run-error.js';
import { scoreEntities } from '../../../src/core/score/score-entities.js';
import {
  sensitivityAnalysis,
  type SensitivityOptions,
} from '../../../src/core/sensitivity/sensitivity-analysis.js';
import { sensitivityModel } from '../../../src/core/sensitivity/sensitivity-model.js';
import { indexScratch, weightedRanks } from '../../../src/core/sensitivity/weighted-ranks.js';
import { entity, group, indicator, makeSet } from '../../helpers/example-set.js';
import {
  scored,
  sensitivityCase,
  withFactors,
  withoutGroup,
  type Case,
} from './sensitivity-cases.js';

const options = (extra: Partial<SensitivityOptions> = {}): SensitivityOptions => ({
  runs: 200,
  seed: 1,
  weights: 0.25,
  perturb: 'indicators',
  missingAlt: false,
  ...extra,
});

const perturb = fc.constantFrom('indicators' as const, 'groups' as const);

describe('sensitivity analysis: properties', () => {
  it('--weights 0 collapses every interval to the base rank, with P(change) = 0', () => {
    fc.assert(
      fc.property(sensitivityCase, perturb, fc.nat(), (c, mode, seed) => {
        const result = sensitivityAnalysis(scored(c), options({ weights: 0, perturb: mode, seed }));
        for (const e of result.entities) {
          expect([e.p05Rank, e.medianRank, e.p95Rank]).toEqual([
            e.baseRank,
            e.baseRank,
            e.baseRank,
          ]);
          expect(e.pRankChange).toBe(0);
          expect(e.meanAbsShift).toBe(0);
        }
        expect(result.meanAbsShift).toBe(0);
      }),
    );
  });

  it("base ranks are score's ranks, and re-weighting with the set's own points ranks as the scorer does", () => {
    fc.assert(
      fc.property(sensitivityCase, (c) => {
        const report = scored(c);
        const result = sensitivityAnalysis(report, options({ runs: 1 }));
        const fresh = scoreEntities(c.set, c.data, { missing: c.missing });
        expect(result.entities.map((e) => e.baseRank)).toEqual(fresh.map((e) => e.rank));
        const model = sensitivityModel(c.set, report.entities);
        for (const policy of ['zero', 'exclude'] as const) {
          const byScorer = scoreEntities(c.set, c.data, { missing: policy }).map((e) => e.rank);
          const ranks = weightedRanks(model, model.points, policy, indexScratch(c.data.length));
          expect(Array.from(ranks)).toEqual(byScorer);
        }
      }),
    );
  });

  it('a run ranks as the scorer does on the set with the perturbed points', () => {
    fc.assert(
      fc.property(
        sensitivityCase,
        fc.array(fc.double({ min: 0.5, max: 1.5, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (c, drawn) => {
          const report = scored(c);
          const model = sensitivityModel(c.set, report.entities);
          // Factors for the scored indicators; the info indicator keeps 0 points either way.
          const factors = c.set.indicators.map((_, k) => drawn[k]!);
          const weights = Float64Array.from(model.points, (p, k) => p * factors[k]!);
          for (const policy of ['zero', 'exclude'] as const) {
            const byScorer = scoreEntities(withFactors(c.set, factors), c.data, {
              missing: policy,
            }).map((e) => e.rank);
            const ranks = weightedRanks(model, weights, policy, indexScratch(c.data.length));
            expect(Array.from(ranks)).toEqual(byScorer);
          }
        },
      ),
    );
  });

  it("leave-one-out ranks are the scorer's ranks with that group's points set to 0", () => {
    fc.assert(
      fc.property(sensitivityCase, (c) => {
        const result = sensitivityAnalysis(scored(c), options({ runs: 1 }));
        const top = c.set.groups.filter((g) => g.level === 1).map((g) => g.code);
        expect(result.leaveOneOut.map((left) => left.group)).toEqual(top);
        const base = result.entities.map((e) => e.baseRank);
        for (const left of result.leaveOneOut) {
          const ranks = scoreEntities(withoutGroup(c.set, left.group), c.data, {
            missing: c.missing,
          }).map((e) => e.rank);
          expect(left.ranks).toEqual(c.data.map((d, e) => ({ entity: d.label, rank: ranks[e] })));
          const shift = ranks.reduce<number>((sum, rank, e) => sum + Math.abs(rank! - base[e]!), 0);
          expect(left.meanAbsShift).toBeCloseTo(shift / c.data.length, 12);
        }
      }),
    );
  });

  it('per top-level group, a set with one top-level group never changes rank', () => {
    fc.assert(
      fc.property(sensitivityCase, fc.nat(), (c, seed) => {
        const single = c.set.groups.filter((g) => g.level === 1).length === 1;
        fc.pre(single);
        const result = sensitivityAnalysis(scored(c), options({ perturb: 'groups', seed }));
        for (const e of result.entities) expect(e.pRankChange).toBe(0);
      }),
    );
  });

  it('intervals are ordered and P(change) and the shifts agree with each other', () => {
    fc.assert(
      fc.property(sensitivityCase, perturb, fc.boolean(), (c, mode, alt) => {
        const result = sensitivityAnalysis(
          scored(c),
          options({ perturb: mode, missingAlt: alt, runs: 50, weights: 0.9 }),
        );
        const n = c.data.length;
        for (const e of result.entities) {
          expect(1 <= e.p05Rank && e.p05Rank <= e.medianRank).toBe(true);
          expect(e.medianRank <= e.p95Rank && e.p95Rank <= n).toBe(true);
          // Every changed run moves at least one rank, and never more than n − 1.
          expect(e.meanAbsShift).toBeGreaterThanOrEqual(e.pRankChange - 1e-12);
          expect(e.meanAbsShift).toBeLessThanOrEqual(e.pRankChange * (n - 1) + 1e-12);
        }
        const mean = result.entities.reduce((s, e) => s + e.meanAbsShift, 0) / n;
        expect(result.meanAbsShift).toBeCloseTo(mean, 12);
      }),
    );
  });

  it('the same seed gives the same result', () => {
    fc.assert(
      fc.property(sensitivityCase, fc.nat(), (c, seed) => {
        const report = scored(c);
        const a = sensitivityAnalysis(report, options({ seed, missingAlt: true }));
        const b = sensitivityAnalysis(report, options({ seed, missingAlt: true }));
        expect(a).toEqual(b);
      }),
    );
  });
});

/**
 * A and B on two indicators of equal points: A = (100 %, 0 %), B = (50 %, 60 %). Base: A 0.5,
 * B 0.55, so B is first. With factors f₁, f₂, A passes B exactly when f₁ > 1.2 f₂. For f₁, f₂
 * uniform on [lo, hi] (c = 1.2, c·lo < hi) that is the triangle of area (hi − c·lo)² / 2c over
 * the square's (hi − lo)².
 */
function twoByTwo(): Case {
  return {
    set: makeSet(
      [group('X', 10, { indicators: ['X.1'] }), group('Y', 10, { indicators: ['Y.1'] })],
      [
        indicator('X.1', ['X'], { method: 'target', target: 100, worst: 0 }),
        indicator('Y.1', ['Y'], { method: 'target', target: 100, worst: 0 }),
      ],
    ),
    data: [entity('A', { 'X.1': 100, 'Y.1': 0 }), entity('B', { 'X.1': 50, 'Y.1': 60 })],
    missing: 'zero',
  };
}

function passProbability(f: number, c: number): number {
  const lo = 1 - f;
  const hi = 1 + f;
  return Math.max(0, hi - c * lo) ** 2 / (2 * c) / (hi - lo) ** 2;
}

describe('sensitivity analysis: P(rank change) against derivations (fixed seeds)', () => {
  it.each([0.25, 0.5, 0.9])(
    'two entities, two indicators, f = %d: the area of the factor square where A passes B',
    (f) => {
      const runs = 100_000;
      const p = passProbability(f, 1.2);
      const tolerance = 4 * Math.sqrt((p * (1 - p)) / runs);
      for (const mode of ['indicators', 'groups'] as const) {
        const result = sensitivityAnalysis(
          scored(twoByTwo()),
          options({ runs, weights: f, perturb: mode }),
        );
        const [a, b] = result.entities;
        expect([a!.baseRank, b!.baseRank]).toEqual([2, 1]);
        expect(Math.abs(a!.pRankChange - p)).toBeLessThan(tolerance);
        expect(b!.pRankChange).toBe(a!.pRankChange);
        expect(a!.meanAbsShift).toBe(a!.pRankChange);
        // A is first in more than 5 % of the runs, so its 5 % rank is 1 and its median stays 2.
        expect([a!.p05Rank, a!.medianRank, a!.p95Rank]).toEqual([1, 2, 2]);
      }
    },
  );

  it('three entities with unequal points: P(change) of each matches a 200 × 200 grid over the factor square scored by the scorer', () => {
    const c: Case = {
      set: makeSet(
        [group('X', 30, { indicators: ['X.1'] }), group('Y', 20, { indicators: ['Y.1'] })],
        [
          indicator('X.1', ['X'], { method: 'target', target: 100, worst: 0 }, { points: 30 }),
          indicator('Y.1', ['Y'], { method: 'target', target: 100, worst: 0 }, { points: 20 }),
        ],
      ),
      data: [
        entity('A', { 'X.1': 90, 'Y.1': 20 }),
        entity('B', { 'X.1': 60, 'Y.1': 70 }),
        entity('C', { 'X.1': 70, 'Y.1': 50 }),
      ],
      missing: 'zero',
    };
    const f = 0.5;
    const base = scoreEntities(c.set, c.data, { missing: 'zero' }).map((e) => e.rank);
    const cells = 200;
    const changed = [0, 0, 0];
    for (let i = 0; i < cells; i++) {
      for (let j = 0; j < cells; j++) {
        const factors = [1 - f + (2 * f * (i + 0.5)) / cells, 1 - f + (2 * f * (j + 0.5)) / cells];
        scoreEntities(withFactors(c.set, factors), c.data, { missing: 'zero' }).forEach((e, k) => {
          if (e.rank !== base[k]) changed[k]!++;
        });
      }
    }
    const runs = 20_000;
    const result = sensitivityAnalysis(scored(c), options({ runs, weights: f, seed: 20251122 }));
    result.entities.forEach((e, k) => {
      const p = changed[k]! / (cells * cells);
      // Sampling error (4 SD) plus the grid's error along the boundary lines (< 1 % here).
      const tolerance = 4 * Math.sqrt((p * (1 - p)) / runs) + 0.01;
      expect(p).toBeGreaterThan(0.02);
      expect(Math.abs(e.pRankChange - p)).toBeLessThan(tolerance);
    });
  });

  it('--missing-alt draws zero or exclude with probability ½ each', () => {
    // A misses Y.1: scored 0 it is second (0.5 < 0.6), left out it is first (1 > 0.6).
    const c = twoByTwo();
    c.data = [entity('A', { 'X.1': 100 }), entity('B', { 'X.1': 60, 'Y.1': 60 })];
    const runs = 10_000;
    const off = sensitivityAnalysis(scored(c), options({ runs, weights: 0 }));
    expect(off.entities.map((e) => e.pRankChange)).toEqual([0, 0]);
    const on = sensitivityAnalysis(scored(c), options({ runs, weights: 0, missingAlt: true }));
    const [a] = on.entities;
    expect(a!.baseRank).toBe(2);
    expect(Math.abs(a!.pRankChange - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / runs));
  });
});

describe('sensitivity analysis: refusals', () => {
  it('needs at least two entities (exit 2)', () => {
    const c = twoByTwo();
    c.data = c.data.slice(0, 1);
    try {
      sensitivityAnalysis(scored(c), options());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CannotRunError);
      expect((error as CannotRunError).coded).toEqual({
        code: 'RUN_SENSITIVITY_TOO_FEW_ENTITIES',
        args: { count: 1 },
      });
    }
  });

  it.each([
    { runs: 0 },
    { runs: 1.5 },
    { seed: -1 },
    { weights: 1 },
    { weights: -0.1 },
    { weights: Number.NaN },
  ])('refuses options out of range: %o', (bad) => {
    expect(() => sensitivityAnalysis(scored(twoByTwo()), options(bad))).toThrow(RangeError);
  });
});
