import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankTally } from '../../../src/core/sensitivity/rank-tally.js';

/** The definitions of spec §10, computed the plain way from the list of one entity's ranks. */
function reference(ranks: number[], base: number) {
  const sorted = [...ranks].sort((a, b) => a - b);
  const n = sorted.length;
  const kth = (p: number) => sorted[Math.max(1, Math.ceil(p * n - 1e-9)) - 1];
  return {
    medianRank: kth(0.5),
    p05Rank: kth(0.05),
    p95Rank: kth(0.95),
    pRankChange: ranks.filter((r) => r !== base).length / n,
    meanAbsShift: ranks.reduce((s, r) => s + Math.abs(r - base), 0) / n,
  };
}

describe('rankTally', () => {
  it('gives the nearest-rank percentiles, P(change) and mean shift, whether it keeps the ranks (runs ≤ entities) or counts them (runs > entities)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            // Up to 150 runs: enough to cross the 64-run blocks the stored tally copies in.
            fc.array(fc.array(fc.integer({ min: 1, max: n }), { minLength: n, maxLength: n }), {
              minLength: 1,
              maxLength: 150,
            }),
            fc.array(fc.integer({ min: 1, max: n }), { minLength: n, maxLength: n }),
          ),
        ),
        ([n, runs, base]) => {
          const tally = rankTally(n, runs.length);
          for (const run of runs) tally.add(Int32Array.from(run));
          for (let e = 0; e < n; e++) {
            const own = runs.map((run) => run[e]!);
            const got = tally.summary(e, base[e]!);
            const want = reference(own, base[e]!);
            expect({ ...got, meanAbsShift: 0 }).toEqual({ ...want, meanAbsShift: 0 });
            expect(got.meanAbsShift).toBeCloseTo(want.meanAbsShift, 12);
          }
        },
      ),
    );
  });

  it('takes the ⌈p·n⌉-th smallest: ranks 1..20 once each or twice each give 1, 10 and 19', () => {
    // 30 entities, 20 runs: the ranks are kept; 20 entities, 40 runs: they are counted.
    for (const [entities, repeat] of [
      [30, 1],
      [20, 2],
    ] as const) {
      const tally = rankTally(entities, 20 * repeat);
      for (let r = 1; r <= 20; r++) {
        for (let k = 0; k < repeat; k++) tally.add(new Int32Array(entities).fill(r));
      }
      expect(tally.summary(0, 10)).toMatchObject({ p05Rank: 1, medianRank: 10, p95Rank: 19 });
    }
  });
});
