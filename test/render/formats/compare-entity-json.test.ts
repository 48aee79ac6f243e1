import { describe, expect, it } from 'vitest';
import type { CompareEntity } from '../../../src/core/compare/compare-result.js';
import { codeQuoter, compareEntityJson } from '../../../src/render/formats/compare-entity-json.js';
import { roundNumber } from '../../../src/render/formats/round-number.js';
import { seededRandom } from '../../helpers/seeded-random.js';

/** The entity as an object with rounded numbers, the way compare's JSON was first written. */
function entityObject(entity: CompareEntity): Record<string, unknown> {
  const num = (x: number | null) => (x === null || !Number.isFinite(x) ? null : roundNumber(x));
  const snap = (s: CompareEntity['before']) => ({
    year: s.year,
    points: num(s.points),
    maxPoints: num(s.maxPoints),
    index: num(s.index),
    rank: s.rank,
    rating: s.rating,
    coverage: num(s.coverage),
  });
  return {
    label: entity.label,
    province: entity.province,
    before: snap(entity.before),
    after: snap(entity.after),
    delta: {
      index: num(entity.delta.index),
      points: num(entity.delta.points),
      rank: entity.delta.rank,
    },
    groups: entity.groups.map((g) => ({
      code: g.code,
      before: num(g.before),
      after: num(g.after),
      delta: num(g.delta),
    })),
    indicators: entity.indicators.map((i) => ({
      code: i.code,
      before: num(i.before),
      after: num(i.after),
      delta: num(i.delta),
      beforeValue: typeof i.beforeValue === 'number' ? num(i.beforeValue) : i.beforeValue,
      afterValue: typeof i.afterValue === 'number' ? num(i.afterValue) : i.afterValue,
    })),
    improved: entity.improved.map((g) => ({ code: g.code, points: num(g.points) })),
    declined: entity.declined.map((g) => ({ code: g.code, points: num(g.points) })),
  };
}

function randomEntity(random: () => number): CompareEntity {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const count = (most: number) => (random() < 0.2 ? 0 : Math.floor(random() * most) + 1);
  const number = (): number | null =>
    pick([null, 0, -0, 1, -3, random(), -random() * 100, random() * 1e7, NaN, Infinity, 1e-7]);
  const code = () => pick(['A', 'A.1', 'B.10', 'Đ.2', 'x"y', 'tab\there', '😀']);
  const snap = () => ({
    year: pick([null, 2024, 2025]),
    points: random() * 100,
    maxPoints: 100,
    index: number(),
    rank: pick([null, 1, 17]),
    rating: pick([null, 'Good', 'Khá', 'line\nbreak']),
    coverage: random(),
  });
  return {
    label: pick(['Phường Bến Nghé', 'Xã "An Bình"', 'a\\b', '\u{1F600} x', '']),
    province: pick([null, { code: '79', name: 'Hồ Chí Minh' }]),
    before: snap(),
    after: snap(),
    delta: { index: number(), points: random() - 0.5, rank: pick([null, 0, -2, 5]) },
    groups: Array.from({ length: count(4) }, () => ({
      code: code(),
      before: number(),
      after: number(),
      delta: number(),
    })),
    indicators: Array.from({ length: count(8) }, () => ({
      code: code(),
      before: number(),
      after: number(),
      delta: number(),
      beforeValue: pick([null, true, false, random() * 1000, 3, NaN]),
      afterValue: pick([null, true, false, random() * 1000, -0.0000004]),
    })),
    improved: Array.from({ length: count(5) }, () => ({ code: code(), points: random() * 5 })),
    declined: Array.from({ length: count(5) }, () => ({ code: code(), points: -random() * 5 })),
  };
}

describe('compareEntityJson', () => {
  it('writes what JSON.stringify writes of the rounded entity, re-indented', () => {
    const random = seededRandom(11);
    const quote = codeQuoter();
    for (let k = 0; k < 2_000; k++) {
      const entity = randomEntity(random);
      for (const indent of ['', '    ']) {
        const expected = JSON.stringify(entityObject(entity), null, 2).replaceAll(
          '\n',
          `\n${indent}`,
        );
        expect(compareEntityJson(entity, indent).join('')).toBe(expected);
        expect(compareEntityJson(entity, indent, quote).join('')).toBe(expected);
      }
    }
  });

  it('keeps the codes and numbers apart from the label, so they stay one-byte text', () => {
    const entity = randomEntity(seededRandom(3));
    entity.label = 'Phường Bến Nghé';
    const [head, rest] = compareEntityJson(entity, '');
    expect(head).toContain('Bến Nghé');
    expect(rest).not.toContain('Bến Nghé');
    expect(rest.startsWith('  "groups": ')).toBe(true);
  });
});
