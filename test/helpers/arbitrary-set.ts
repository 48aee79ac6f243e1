import fc from 'fast-check';
import type { EntityData } from '../../src/core/table/dataset.js';
import {
  DEFAULT_BANDS,
  type ResolvedBand,
  type ResolvedGroup,
  type ResolvedIndicator,
  type ResolvedScoring,
  type ResolvedSet,
} from '../../src/core/set/resolved-set.js';
import { entity, group, indicator, loc, makeSet } from './example-set.js';

/**
 * Random resolved sets and entities for property tests of scoring: two layers of groups with
 * indicators under the second, every scoring method in either direction, points given or
 * fractional, custom bands and ratings. Scoring parameters go beyond what the set rules accept
 * (steps in any order, scores above 1, a target equal to nothing sensible) so the scorer's
 * clamping is exercised too; codes are unique, as the rules guarantee.
 */
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
      fc.array(fc.tuple(number, fc.constantFrom(0, 0.2, 0.5, 0.7, 1, 1.2)), { maxLength: 4 }),
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

export const arbitrarySet: fc.Arbitrary<ResolvedSet> = fc
  .record({
    domains: fc.array(
      fc.array(
        fc.array(
          fc.record({
            scoring,
            points,
            direction: fc.constantFrom('higher' as const, 'lower' as const),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    bands,
    ratings: fc.array(fc.constantFrom(0, 0.5, 0.8, 0.8), { maxLength: 3 }),
  })
  .map(({ domains, bands, ratings }) => {
    const groups: ResolvedGroup[] = [];
    const indicators: ResolvedIndicator[] = [];
    domains.forEach((domain, d) => {
      const domainCode = `D${d + 1}`;
      const groupCodes = domain.map((_, g) => `${domainCode}.${g + 1}`);
      groups.push(group(domainCode, 0, { groups: groupCodes }));
      domain.forEach((members, g) => {
        const groupCode = groupCodes[g]!;
        const codes = members.map((_, i) => `${groupCode}.${i + 1}`);
        groups.push(group(groupCode, 0, { indicators: codes }, domainCode));
        members.forEach((member, i) => {
          const info = member.scoring.method === 'info';
          indicators.push(
            indicator(codes[i]!, [domainCode, groupCode], member.scoring, {
              points: info ? 0 : member.points,
              direction: member.direction,
            }),
          );
        });
      });
    });
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

/** 1–6 entities reporting any of the set's indicators (null = marked missing, absent = blank). */
export function arbitraryEntities(set: ResolvedSet): fc.Arbitrary<EntityData[]> {
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
