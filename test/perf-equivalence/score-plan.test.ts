// The scorer's plan (score-plan.ts) orders codes by precomputed natural ranks and sorts losses and
// indexes in typed arrays. Each of those must give exactly what the plain definition gives,
// written here as the definition reads (spec §2.4) — a comparator sort with naturalCompare,
// a pairwise count — which is the oracle: short enough to check by eye, and independent of the
// optimised code. scoreEntities itself is checked against the spec's invariants
// (test/core/score/properties.test.ts), not against a copy of an older scorer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../src/core/text/natural-compare.js';
import { naturalRanks } from '../../src/core/text/natural-ranks.js';
import type { GapEntry, IndicatorScore } from '../../src/core/score/report.js';
import { competitionRanks } from '../../src/core/score/competition-ranks.js';
import { gapList } from '../../src/core/score/gap-list.js';
import { TOLERANCE } from '../../src/core/score/tolerance.js';

/** Codes that exercise natural order: digit runs, leading zeros, case, prefixes. */
const code = fc
  .array(fc.constantFrom('A', 'a', 'B', '.', '1', '2', '9', '10', '01', '-', '_', 'x'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(''));

/**
 * The gap list by its definition: losses above the tolerance, largest first; a run of losses
 * within the tolerance of the largest in it ties, and ties go by code in natural order. (Runs
 * start at the largest remaining loss so the tolerance never makes the comparator inconsistent.)
 */
function gapListByDefinition(indicators: readonly IndicatorScore[]): GapEntry[] {
  const sorted = indicators
    .filter((i): i is IndicatorScore & { pointsLost: number } => (i.pointsLost ?? 0) > TOLERANCE)
    .sort((a, b) => b.pointsLost - a.pointsLost);
  const runOf = new Map<IndicatorScore, number>();
  let run = 0;
  let runStart: number | null = null;
  for (const entry of sorted) {
    if (runStart === null || runStart - entry.pointsLost >= TOLERANCE) {
      run++;
      runStart = entry.pointsLost;
    }
    runOf.set(entry, run);
  }
  return sorted
    .sort((a, b) => runOf.get(a)! - runOf.get(b)! || naturalCompare(a.code, b.code))
    .map((i) => ({ code: i.code, pointsLost: i.pointsLost, gap: i.gap, band: i.band }));
}

/**
 * Competition ranks by their definition: one more than the number of scores greater by at
 * least the tolerance (NaN is greater than nothing and nothing is greater than it); null
 * scores after every number.
 */
function competitionRanksByDefinition(scores: readonly (number | null)[]): number[] {
  const numbers = scores.filter((s): s is number => s !== null);
  return scores.map((score) =>
    score === null
      ? numbers.length + 1
      : 1 + numbers.filter((other) => other >= score + TOLERANCE).length,
  );
}

describe('naturalRanks', () => {
  it('orders codes exactly as naturalCompare does', () => {
    fc.assert(
      fc.property(fc.array(code, { maxLength: 30 }), (codes) => {
        const ranks = naturalRanks(codes);
        for (let a = 0; a < codes.length; a++) {
          for (let b = 0; b < codes.length; b++) {
            const byRank = Math.sign(ranks[a]! - ranks[b]!);
            expect(byRank).toBe(Math.sign(naturalCompare(codes[a]!, codes[b]!)));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('gapList with natural ranks', () => {
  const lost = fc.oneof(
    fc.constant(null),
    fc.constantFrom(0, 1e-10, 5, 5 + 5e-10, 5 - 5e-10, 10),
    fc.double({ min: 0, max: 20, noNaN: true }),
  );

  it('orders gaps exactly as sorting with naturalCompare does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, lost), { maxLength: 90 }), (rows) => {
        const indicators: IndicatorScore[] = rows.map(([c, pointsLost]) => ({
          code: c,
          value: 1,
          evidence: null,
          status: 'reported',
          achievement: 0,
          points: 0,
          maxPoints: 20,
          pointsLost,
          gap: 1,
          band: 'far',
        }));
        const ranks = naturalRanks(indicators.map((i) => i.code));
        expect(gapList(indicators, ranks)).toEqual(gapListByDefinition(indicators));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('competitionRanks on typed columns', () => {
  it('ranks exactly as the definition counts, NaN and nulls included', () => {
    const score = fc.oneof(
      fc.constant(null),
      fc.constantFrom(0, -0, 0.5, 0.5 + 5e-10, 0.5 - 5e-10, 1, Number.NaN, Infinity),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 40 }), (scores) => {
        expect(competitionRanks(scores)).toEqual(competitionRanksByDefinition(scores));
      }),
      { numRuns: 3000 },
    );
  });
});
