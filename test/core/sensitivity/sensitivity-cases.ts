import fc from 'fast-check';
import type { EntityData } from '../../../src/core/table/dataset.js';
import type { MissingPolicy } from '../../../src/core/set/indicator-set-schema.js';
import type { ResolvedIndicator, ResolvedSet } from '../../../src/core/set/resolved-set.js';
import { scoreEntities } from '../../../src/core/score/score-entities.js';
import type { Report } from '../../../src/core/score/report.js';
import { entity, group, indicator, makeSet } from '../../helpers/example-set.js';

/** A scored case for the sensitivity tests: a set, its entities' data, the policy. */
export interface Case {
  set: ResolvedSet;
  data: EntityData[];
  missing: MissingPolicy;
}

/** What sensitivityAnalysis reads from a report, scored by the real scorer. */
export function scored(c: Case): Pick<Report, 'set' | 'policy' | 'entities'> {
  return {
    set: c.set,
    policy: { missing: c.missing },
    entities: scoreEntities(c.set, c.data, { missing: c.missing }),
  };
}

/**
 * Two-level sets (top-level groups → groups → target indicators 0 → 100, plus an info indicator)
 * with whole-number points and values, so distinct indexes differ by far more than the 1e-9 of
 * ties, and values from a short list often enough to make exact ties. Values may be missing.
 */
export const sensitivityCase: fc.Arbitrary<Case> = fc
  .record({
    shape: fc.array(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 4,
    }),
    entityCount: fc.integer({ min: 2, max: 7 }),
    missing: fc.constantFrom<MissingPolicy>('zero', 'exclude'),
  })
  .chain(({ shape, entityCount, missing }) => {
    const codes: string[] = [];
    shape.forEach((subgroups, t) =>
      subgroups.forEach((count, g) => {
        for (let i = 0; i < count; i++) codes.push(`T${t}.G${g}.${i}`);
      }),
    );
    const value = fc.oneof(
      fc.constantFrom(0, 50, 100),
      fc.integer({ min: 0, max: 120 }),
      fc.constant(null),
    );
    return fc.record({
      shape: fc.constant(shape),
      codes: fc.constant(codes),
      points: fc.array(fc.integer({ min: 1, max: 100 }), {
        minLength: codes.length,
        maxLength: codes.length,
      }),
      rows: fc.array(fc.array(value, { minLength: codes.length, maxLength: codes.length }), {
        minLength: entityCount,
        maxLength: entityCount,
      }),
      missing: fc.constant(missing),
    });
  })
  .map(({ shape, codes, points, rows, missing }) => {
    const indicators: ResolvedIndicator[] = codes.map((code, k) => {
      const [top, sub] = code.split('.');
      return indicator(
        code,
        [top!, `${top}.${sub}`],
        { method: 'target', target: 100, worst: 0 },
        { points: points[k]! },
      );
    });
    indicators.push(indicator('INFO', ['T0', 'T0.G0'], { method: 'info' }));
    const groups = shape.flatMap((subgroups, t) => [
      group(`T${t}`, 0, { groups: subgroups.map((_, g) => `T${t}.G${g}`) }),
      ...subgroups.map((_, g) =>
        group(
          `T${t}.G${g}`,
          0,
          { indicators: codes.filter((code) => code.startsWith(`T${t}.G${g}.`)) },
          `T${t}`,
        ),
      ),
    ]);
    const data = rows.map((row, e) =>
      entity(
        `E${e}`,
        Object.fromEntries([
          ...row.flatMap((v, k) => (v === null ? [] : [[codes[k]!, v]])),
          ['INFO', e],
        ]),
      ),
    );
    return { set: makeSet(groups, indicators), data, missing };
  });

/** The set with every indicator under the top-level group `code` at 0 points. */
export function withoutGroup(set: ResolvedSet, code: string): ResolvedSet {
  return {
    ...set,
    indicators: set.indicators.map((i) => (i.path[0] === code ? { ...i, points: 0 } : i)),
  };
}

/** The set with indicator i's points multiplied by factors[i]. */
export function withFactors(set: ResolvedSet, factors: readonly number[]): ResolvedSet {
  return {
    ...set,
    indicators: set.indicators.map((i, k) => ({ ...i, points: i.points * (factors[k] ?? 1) })),
  };
}
