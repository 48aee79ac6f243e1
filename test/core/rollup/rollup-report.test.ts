import { describe, expect, it } from 'vitest';
import { CannotRunError } from '../../../src/core/findings/cannot-run-error.js';
import { rollupReport } from '../../../src/core/rollup/rollup-report.js';
import { buildReport } from '../../../src/core/score/build-report.js';
import type { MissingPolicy } from '../../../src/core/set/indicator-set-schema.js';
import type { ResolvedSet } from '../../../src/core/set/resolved-set.js';
import type { EntityData } from '../../../src/core/table/dataset.js';
import { entity, group, indicator, makeSet } from '../../helpers/example-set.js';

/** A: A.1 percent target 100 (10 pts), A.2 boolean (10 pts); B: B.1 count target 10 (20 pts). */
function rollupSet(a2Rule: 'all' | 'any' = 'all'): ResolvedSet {
  return makeSet(
    [group('A', 20, { indicators: ['A.1', 'A.2'] }), group('B', 20, { indicators: ['B.1'] })],
    [
      indicator(
        'A.1',
        ['A'],
        { method: 'target', target: 100, worst: 0 },
        { type: 'percent', points: 10, rollup: 'mean' },
      ),
      indicator(
        'A.2',
        ['A'],
        { method: 'boolean' },
        { type: 'boolean', points: 10, rollup: a2Rule },
      ),
      indicator(
        'B.1',
        ['B'],
        { method: 'target', target: 10, worst: 0 },
        { type: 'count', points: 20, rollup: 'sum' },
      ),
    ],
  );
}

function province(
  code: string,
  name: string,
  values: Record<string, number | boolean | null>,
  year: number | null = 2024,
): EntityData {
  return entity(name, values, { province: { code, name }, year });
}

/**
 * 2024 data: Hồ Chí Minh, Bình Dương and Bà Rịa - Vũng Tàu merge into Hồ Chí Minh (79), Bình
 * Dương without B.1; Hà Nội continues; Bình Định is there without Gia Lai (64), both → Gia Lai (52).
 * Predecessor indexes: HCM (8+10+10)/40 = 0.7, BD (6+0+0)/40 = 0.15, BRVT (4+10+20)/40 = 0.85,
 * Hà Nội (10+0+4)/40 = 0.35, Bình Định (5+10+8)/40 = 0.575.
 */
function data2024(): EntityData[] {
  return [
    province('79', 'Hồ Chí Minh', { 'A.1': 80, 'A.2': true, 'B.1': 5 }),
    province('01', 'Hà Nội', { 'A.1': 100, 'A.2': false, 'B.1': 2 }),
    province('74', 'Bình Dương', { 'A.1': 60, 'A.2': false }),
    province('52', 'Bình Định', { 'A.1': 50, 'A.2': true, 'B.1': 4 }),
    province('77', 'Bà Rịa - Vũng Tàu', { 'A.1': 40, 'A.2': true, 'B.1': 10 }),
  ];
}

function report(set: ResolvedSet, data: EntityData[], missing: MissingPolicy) {
  return buildReport(set, [{ layout: 'wide', entities: data, findings: [] }], [], { missing });
}

describe('rollupReport scores (DTI 2024 practice)', () => {
  it('zero: a merged unit is the mean of its predecessors’ achievements, missing as 0', () => {
    const rolled = rollupReport(report(rollupSet(), data2024(), 'zero'), 'scores', 'x');
    expect(rolled.policy).toEqual({ missing: 'zero', rollup: 'scores' });
    expect(rolled.entities.map((e) => [e.province?.code, e.label, e.year])).toEqual([
      ['01', 'Hà Nội', 2024],
      ['52', 'Gia Lai', 2024],
      ['79', 'Hồ Chí Minh', 2024],
    ]);
    const hcm = rolled.entities[2]!;
    // A.1: (0.8 + 0.6 + 0.4)/3 = 0.6; A.2: (1 + 0 + 1)/3; B.1: (0.5 + 0 + 1)/3 = 0.5.
    expect(hcm.indicators.map((i) => i.achievement)).toEqual([
      expect.closeTo(0.6, 12),
      expect.closeTo(2 / 3, 12),
      expect.closeTo(0.5, 12),
    ]);
    expect(hcm.points).toBeCloseTo(6 + 20 / 3 + 10, 12);
    // Under zero the unit's index is exactly the mean of its predecessors' indexes.
    expect(hcm.index).toBeCloseTo((0.7 + 0.15 + 0.85) / 3, 12);
    expect(hcm.groups.map((g) => g.index)).toEqual([
      expect.closeTo((6 + 20 / 3) / 20, 12),
      expect.closeTo(0.5, 12),
    ]);
    expect(hcm.indicators[0]).toMatchObject({
      value: null,
      gap: null,
      status: 'reported',
      band: 'far',
    });
    expect(hcm.predecessors).toEqual([
      { code: '74', name: 'Bình Dương', index: expect.closeTo(0.15, 12) },
      { code: '77', name: 'Bà Rịa - Vũng Tàu', index: expect.closeTo(0.85, 12) },
      { code: '79', name: 'Hồ Chí Minh', index: expect.closeTo(0.7, 12) },
    ]);
    expect(rolled.entities.map((e) => e.rank)).toEqual([3, 1, 2]);
  });

  it('exclude: a predecessor without the value is left out', () => {
    const rolled = rollupReport(report(rollupSet(), data2024(), 'exclude'), 'scores', 'x');
    const hcm = rolled.entities[2]!;
    // B.1: (0.5 + 1)/2 = 0.75 → 15 points; total (6 + 20/3 + 15)/40.
    expect(hcm.indicators[2]!.achievement).toBeCloseTo(0.75, 12);
    expect(hcm.index).toBeCloseTo((6 + 20 / 3 + 15) / 40, 12);
  });

  it('exclude: an indicator no predecessor reported is missing', () => {
    const data = [
      province('70', 'Bình Phước', { 'A.1': 50, 'A.2': true }),
      province('75', 'Đồng Nai', { 'A.1': 100, 'A.2': true }),
    ];
    const rolled = rollupReport(report(rollupSet(), data, 'exclude'), 'scores', 'x');
    const unit = rolled.entities[0]!;
    expect(unit.indicators[2]).toMatchObject({
      status: 'missing',
      achievement: null,
      points: null,
    });
    expect(unit.maxPoints).toBe(20);
    expect(unit.index).toBeCloseTo((7.5 + 10) / 20, 12);
    expect(unit.coverage).toBeCloseTo(0.5, 12);
  });

  it('a continuing unit keeps its own scores, value and gap', () => {
    const base = report(rollupSet(), data2024(), 'zero');
    const rolled = rollupReport(base, 'scores', 'x');
    const hanoi = rolled.entities[0]!;
    expect(hanoi.index).toBeCloseTo(0.35, 12);
    expect(hanoi.indicators).toEqual(base.entities[1]!.indicators);
    expect(hanoi.predecessors).toEqual([
      { code: '01', name: 'Hà Nội', index: expect.closeTo(0.35, 12) },
    ]);
  });

  it('a partial unit is rolled up from those present, with ROLLUP_PARTIAL naming the absent', () => {
    const rolled = rollupReport(report(rollupSet(), data2024(), 'zero'), 'scores', 'x');
    expect(rolled.entities[1]!.index).toBeCloseTo(0.575, 12);
    const partial = rolled.findings.filter((f) => f.code === 'ROLLUP_PARTIAL');
    expect(partial.map((f) => [f.province, f.args.absent])).toEqual([['52', 'Gia Lai (64)']]);
    expect(partial[0]!.severity).toBe('warning');
  });
});

describe('rollupReport values', () => {
  it('combines raw values by each indicator’s rule, then scores', () => {
    const rolled = rollupReport(report(rollupSet(), data2024(), 'zero'), 'values', 'x');
    const hcm = rolled.entities[2]!;
    // A.1 mean 60 → 0.6; A.2 all(true, false, true) = false → 0; B.1 sum 5 + 10 = 15 → 1.
    expect(hcm.indicators.map((i) => i.value)).toEqual([60, false, 15]);
    expect(hcm.index).toBeCloseTo((6 + 0 + 20) / 40, 12);
    expect(rolled.policy.rollup).toBe('values');
    expect(hcm.predecessors?.map((p) => p.code)).toEqual(['74', '77', '79']);
  });

  it('follows the set’s rollup field (any) and is the same under exclude when every unit has a value', () => {
    const zero = rollupReport(report(rollupSet('any'), data2024(), 'zero'), 'values', 'x');
    const exclude = rollupReport(report(rollupSet('any'), data2024(), 'exclude'), 'values', 'x');
    expect(zero.entities[2]!.index).toBeCloseTo(36 / 40, 12);
    expect(exclude.entities[2]!.index).toBeCloseTo(36 / 40, 12);
  });
});

describe('rollupReport refuses what is not pre-2025', () => {
  it('2025 data and free labels are returned as they are with an info finding', () => {
    const data = [province('52', 'Gia Lai', { 'A.1': 50 }, 2025), entity('Xã A', { 'A.1': 1 })];
    const base = report(rollupSet(), data, 'zero');
    const rolled = rollupReport(base, 'scores', 'x');
    expect(rolled.entities).toBe(base.entities);
    expect(rolled.policy.rollup).toBeUndefined();
    expect(rolled.findings.map((f) => f.code)).toEqual(['ROLLUP_NOT_APPLICABLE']);
  });

  it('data mixing both eras cannot be rolled up', () => {
    const data = [
      province('52', 'Gia Lai', { 'A.1': 50 }, 2025),
      province('70', 'Bình Phước', { 'A.1': 1 }),
    ];
    expect(() => rollupReport(report(rollupSet(), data, 'zero'), 'scores', 'x')).toThrow(
      CannotRunError,
    );
  });

  it('code 52 without a year is Bình Định before 2025 and Gia Lai after', () => {
    const before = rollupReport(
      report(rollupSet(), [province('52', 'Bình Định', { 'A.1': 50 }, null)], 'zero'),
      'scores',
      'x',
    );
    expect(before.entities[0]!.label).toBe('Gia Lai');
    const after = rollupReport(
      report(rollupSet(), [province('52', 'Gia Lai', { 'A.1': 50 }, null)], 'zero'),
      'scores',
      'x',
    );
    expect(after.findings.map((f) => f.code)).toEqual(['ROLLUP_NOT_APPLICABLE']);
  });
});
