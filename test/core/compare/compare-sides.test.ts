import { describe, expect, it } from 'vitest';
import type { CompareSide, SideEntity } from '../../../src/core/compare/compare-side.js';
import { compareSides } from '../../../src/core/compare/compare-sides.js';
import { NotAReport, sideOfJson } from '../../../src/core/compare/side-of-json.js';

const codes = ['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.10'];

function side(entities: SideEntity[], version = '1'): CompareSide {
  return {
    set: {
      id: 's',
      version,
      title: 'S',
      groups: [
        { code: 'A', level: 1, name: 'A' },
        { code: 'A.X', level: 2, name: 'AX' },
      ],
      indicators: codes.map((code) => ({ code, name: code })),
    },
    policy: { missing: 'zero', rollup: null },
    entities,
  };
}

/** An entity with points per indicator (max 10 each) in `codes` order. */
function ent(
  label: string,
  code: string | null,
  points: (number | null)[],
  rank: number | null = null,
): SideEntity {
  const total = points.reduce<number>((s, p) => s + (p ?? 0), 0);
  return {
    label,
    province: code === null ? null : { code, name: label },
    year: 2025,
    points: total,
    maxPoints: 70,
    index: total / 70,
    rank,
    rating: null,
    coverage: 1,
    groups: [
      { code: 'A', index: total / 70 },
      { code: 'A.X', index: null },
    ],
    indicators: codes.map((c, i) => ({
      code: c,
      value: points[i] ?? null,
      achievement: points[i] === null ? null : points[i]! / 10,
      points: points[i] ?? null,
    })),
  };
}

describe('compareSides', () => {
  it('matches by code, rank delta positive when moving up, improved/declined top five by points', () => {
    const before = side([
      ent('P', '01', [0, 0, 0, 0, 0, 0, 5], 2),
      ent('Q', '02', [9, 9, 9, 9, 9, 9, 9], 1),
    ]);
    const after = side([
      ent('Q', '02', [1, 9, 9, 9, 9, 9, 9], 2),
      ent('P', '01', [2, 2, 3, 1, 2, 2, 0], 1),
    ]);
    const result = compareSides(before, after);
    expect(result.entities.map((e) => e.label)).toEqual(['Q', 'P']);
    const p = result.entities[1]!;
    expect(p.delta).toEqual({ index: expect.closeTo(7 / 70, 12), points: 7, rank: 1 });
    // Gains: A.3 +3; A.1, A.2, A.5, A.6 +2 (natural order); A.4 +1 is sixth; A.10 −5 declined.
    expect(p.improved).toEqual([
      { code: 'A.3', points: 3 },
      { code: 'A.1', points: 2 },
      { code: 'A.2', points: 2 },
      { code: 'A.5', points: 2 },
      { code: 'A.6', points: 2 },
    ]);
    expect(p.declined).toEqual([{ code: 'A.10', points: -5 }]);
    expect(result.entities[0]!.delta.rank).toBe(-1);
    expect(p.groups).toEqual([
      {
        code: 'A',
        before: expect.closeTo(5 / 70, 12),
        after: expect.closeTo(12 / 70, 12),
        delta: expect.closeTo(7 / 70, 12),
      },
      { code: 'A.X', before: null, after: null, delta: null },
    ]);
    expect(result.findings).toEqual([]);
  });

  it('matches free labels by their folded form and lists the unmatched', () => {
    const before = side([ent('Xã An Bình', null, [1]), ent('Xã Cũ', null, [1])]);
    const after = side([ent('xa an  binh', null, [2]), ent('Phường Mới', null, [1])]);
    const result = compareSides(before, after);
    expect(result.entities.map((e) => e.label)).toEqual(['xa an  binh']);
    expect(result.onlyBefore).toEqual([{ label: 'Xã Cũ', province: null }]);
    expect(result.onlyAfter).toEqual([{ label: 'Phường Mới', province: null }]);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['COMPARE_ONLY_BEFORE', 'info'],
      ['COMPARE_ONLY_AFTER', 'info'],
    ]);
  });

  it('another set version: top-level groups and the total only, with a warning', () => {
    const result = compareSides(side([ent('P', '01', [1])]), side([ent('P', '01', [2])], '2'));
    expect(result.setChanged).toBe(true);
    expect(result.entities[0]!.groups.map((g) => g.code)).toEqual(['A']);
    expect(result.entities[0]!.indicators).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['COMPARE_SET_CHANGED']);
  });

  it('nothing in common is an error finding', () => {
    const result = compareSides(side([ent('P', '01', [1])]), side([ent('Q', '02', [1])]));
    expect(result.entities).toEqual([]);
    expect(result.findings.at(-1)).toMatchObject({
      code: 'COMPARE_NOTHING_IN_COMMON',
      severity: 'error',
    });
  });
});

describe('sideOfJson', () => {
  const good = {
    schemaVersion: 1,
    tool: { name: 'smartcity', version: 'x' },
    indicatorSet: { id: 's', version: '1', title: 'S' },
    policy: { missing: 'zero' },
    entities: [
      {
        label: 'P',
        province: { code: '01', name: 'P' },
        year: 2025,
        source: { file: 'p.csv', sheet: null },
        points: 5,
        maxPoints: 10,
        index: 0.5,
        coverage: 1,
        rating: null,
        rank: null,
        groups: [
          {
            code: 'A',
            level: 1,
            parent: null,
            name: 'Nhóm A',
            points: 5,
            maxPoints: 10,
            index: 0.5,
            rank: null,
          },
        ],
        indicators: [{ code: 'A.1', value: 50, status: 'reported', achievement: 0.5, points: 5 }],
        gaps: [],
      },
    ],
    findings: [],
  };

  it('reads a score report', () => {
    const s = sideOfJson(good);
    expect(s.set).toEqual({
      id: 's',
      version: '1',
      title: 'S',
      groups: [{ code: 'A', level: 1, name: 'Nhóm A' }],
      indicators: [{ code: 'A.1', name: 'A.1' }],
    });
    expect(s.policy).toEqual({ missing: 'zero', rollup: null });
    expect(s.entities[0]!.indicators).toEqual([
      { code: 'A.1', value: 50, achievement: 0.5, points: 5 },
    ]);
  });

  it.each([
    ['an array', []],
    ['another tool', { ...good, tool: { name: 'other' } }],
    ['a compare result', { ...good, kind: 'compare' }],
    ['another schemaVersion', { ...good, schemaVersion: 2 }],
    ['an entity without points', { ...good, entities: [{ ...good.entities[0], points: 'x' }] }],
  ])('refuses %s', (_name, doc) => {
    expect(() => sideOfJson(doc)).toThrow(NotAReport);
  });
});
