// scoreEntities works from a per-set plan (natural-order ranks of codes, steps read once, typed
// sums and rank columns). It must give exactly what the plain scorer gave — every number to the
// bit, every order — on any set and any data: checked against that scorer kept as a reference.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityData } from '../../src/core/table/dataset.js';
import { naturalCompare } from '../../src/core/text/natural-compare.js';
import { naturalRanks } from '../../src/core/text/natural-ranks.js';
import type { IndicatorScore } from '../../src/core/score/report.js';
import {
  DEFAULT_BANDS,
  type ResolvedBand,
  type ResolvedGroup,
  type ResolvedIndicator,
  type ResolvedScoring,
  type ResolvedSet,
} from '../../src/core/set/resolved-set.js';
import { competitionRanks } from '../../src/core/score/competition-ranks.js';
import { gapList } from '../../src/core/score/gap-list.js';
import { scoreEntities } from '../../src/core/score/score-entities.js';
import { entity, group, indicator, loc, makeSet } from '../helpers/example-set.js';
import {
  referenceCompetitionRanks,
  referenceGapList,
  referenceScoreEntities,
} from '../helpers/reference-score.js';

/** Codes that exercise natural order: digit runs, leading zeros, case, prefixes. */
const code = fc
  .array(fc.constantFrom('A', 'a', 'B', '.', '1', '2', '9', '10', '01', '-', '_', 'x'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(''));

const number = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.double({ min: -10, max: 150, noNaN: true }),
  fc.constantFrom(0, -0, 0.1, 56.99999999999999, 57, 100, 1e-10),
);

const scoring: fc.Arbitrary<ResolvedScoring> = fc.oneof(
  fc
    .tuple(number, number)
    .filter(([t, w]) => t !== w)
    .map(([target, worst]) => ({ method: 'target' as const, target, worst })),
  fc
    .tuple(
      fc.boolean(),
      fc.array(fc.tuple(number, fc.constantFrom(0, 0.2, 0.5, 0.7, 1, 1.2)), {
        minLength: 0,
        maxLength: 4,
      }),
    )
    .map(([lower, steps]) => ({
      method: 'steps' as const,
      steps: steps.map(([threshold, score]) =>
        lower ? { max: threshold, score } : { min: threshold, score },
      ),
    })),
  fc.constant({ method: 'boolean' as const }),
  fc.array(fc.constantFrom(0, 0.25, 0.5, 1, 1.5), { minLength: 2, maxLength: 4 }).map((scores) => ({
    method: 'levels' as const,
    levels: scores.map((score, i) => ({ label: loc(`L${i}`), score })),
  })),
  fc.constant({ method: 'info' as const }),
);

const points = fc.oneof(
  fc.integer({ min: 1, max: 100 }),
  fc.double({ min: 0.01, max: 100, noNaN: true }),
);

const bands: fc.Arbitrary<ResolvedBand[]> = fc.oneof(
  fc.constant(DEFAULT_BANDS),
  fc.array(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      min: fc.constantFrom(0, 0.3, 0.5, 0.75, 0.999999999, 1),
    }),
    { minLength: 1, maxLength: 5 },
  ),
);

/** A set of two layers of groups (codes may repeat) with indicators under the second. */
const resolvedSet: fc.Arbitrary<ResolvedSet> = fc
  .record({
    domains: fc.array(
      fc.record({
        code,
        groups: fc.array(
          fc.record({
            code,
            indicators: fc.array(
              fc.record({
                code,
                scoring,
                points,
                direction: fc.constantFrom('higher' as const, 'lower' as const),
              }),
              { minLength: 1, maxLength: 5 },
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    bands,
    ratings: fc.array(fc.constantFrom(0, 0.5, 0.8, 0.8), { maxLength: 3 }),
  })
  .map(({ domains, bands, ratings }) => {
    const groups: ResolvedGroup[] = [];
    const indicators: ResolvedIndicator[] = [];
    for (const domain of domains) {
      groups.push(group(domain.code, 0, { groups: domain.groups.map((g) => g.code) }));
      for (const g of domain.groups) {
        groups.push(group(g.code, 0, { indicators: g.indicators.map((i) => i.code) }, domain.code));
        for (const i of g.indicators) {
          const info = i.scoring.method === 'info';
          indicators.push(
            indicator(i.code, [domain.code, g.code], i.scoring, {
              points: info ? 0 : i.points,
              direction: i.direction,
            }),
          );
        }
      }
    }
    return makeSet(groups, indicators, {
      bands,
      ratings: ratings.map((min, k) => ({ min, label: loc(`R${k}`) })),
    });
  });

const value = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

function entitiesFor(set: ResolvedSet): fc.Arbitrary<EntityData[]> {
  const codes = set.indicators.map((i) => i.code);
  return fc.array(
    fc
      .array(value, { minLength: codes.length, maxLength: codes.length })
      .map((values) =>
        entity(
          'E',
          Object.fromEntries(
            values.flatMap((v, k) => (v === undefined ? [] : [[codes[k]!, v] as const])),
          ),
        ),
      ),
    { minLength: 1, maxLength: 6 },
  );
}

describe('scoreEntities with its plan', () => {
  it('scores exactly as the plain scorer, on any set, data and policy', () => {
    fc.assert(
      fc.property(
        resolvedSet.chain((set) =>
          fc.tuple(fc.constant(set), entitiesFor(set), fc.constantFrom('zero', 'exclude')),
        ),
        ([set, entities, missing]) => {
          const policy = { missing: missing as 'zero' | 'exclude' };
          const fast = scoreEntities(set, entities, policy);
          const plain = referenceScoreEntities(set, entities, policy);
          expect(isDeepStrictEqual(fast, plain)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });
});

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
        expect(gapList(indicators, ranks)).toEqual(referenceGapList(indicators));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('competitionRanks on typed columns', () => {
  it('ranks exactly as the comparator sort and binary search did, NaN and nulls included', () => {
    const score = fc.oneof(
      fc.constant(null),
      fc.constantFrom(0, -0, 0.5, 0.5 + 5e-10, 0.5 - 5e-10, 1, Number.NaN, Infinity),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 40 }), (scores) => {
        expect(competitionRanks(scores)).toEqual(referenceCompetitionRanks(scores));
      }),
      { numRuns: 3000 },
    );
  });
});
