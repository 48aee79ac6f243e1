import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  ResolvedIndicator,
  ResolvedScoring,
  ResolvedSet,
} from '../../../src/core/set/resolved-set.js';
import { achievement } from '../../../src/core/score/achievement.js';
import { scoreEntities } from '../../../src/core/score/score-entities.js';
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

const entityValues = (n: number) =>
  fc.array(fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: null }), {
    minLength: n,
    maxLength: n,
  });

const setAndEntities = fc
  .array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 })
  .chain((points) =>
    fc.tuple(
      fc.constant(points),
      fc.array(entityValues(points.length), { minLength: 1, maxLength: 6 }),
    ),
  );

function entitiesOf(rows: (number | null)[][]) {
  return rows.map((row, e) =>
    entity(
      `E${e}`,
      Object.fromEntries(
        row.flatMap((v, i) => (v === null && i % 2 === 0 ? [] : [[`I${i + 1}`, v]])),
      ),
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

  it('scaling every point value by k leaves every index unchanged', () => {
    fc.assert(
      fc.property(
        setAndEntities,
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.constantFrom('zero' as const, 'exclude' as const),
        ([points, rows], k, missing) => {
          const entities = entitiesOf(rows);
          const base = scoreEntities(flatSet(points), entities, { missing });
          const scaled = scoreEntities(flatSet(points.map((p) => p * k)), entities, { missing });
          base.forEach((s, i) => {
            const t = scaled[i]!;
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
    );
  });

  it('permuting the input entities changes no score or rank', () => {
    fc.assert(
      fc.property(
        setAndEntities.chain(([points, rows]) =>
          fc.tuple(
            fc.constant(points),
            fc.constant(rows),
            fc.shuffledSubarray(
              rows.map((_, i) => i),
              { minLength: rows.length },
            ),
          ),
        ),
        fc.constantFrom('zero' as const, 'exclude' as const),
        ([points, rows, order], missing) => {
          const set = flatSet(points);
          const entities = entitiesOf(rows);
          const base = scoreEntities(set, entities, { missing });
          const permuted = scoreEntities(
            set,
            order.map((i) => entities[i]!),
            { missing },
          );
          order.forEach((from, to) => {
            expect(permuted[to]).toEqual(base[from]);
          });
        },
      ),
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
