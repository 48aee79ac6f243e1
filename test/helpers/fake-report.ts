import type { Finding } from '../../src/core/findings/finding.js';
import type {
  EntityScore,
  GroupScore,
  IndicatorScore,
  Report,
} from '../../src/core/score/report.js';
import {
  DEFAULT_BANDS,
  type ResolvedGroup,
  type ResolvedIndicator,
  type ResolvedSet,
} from '../../src/core/set/resolved-set.js';

/**
 * Hand-built sets and reports for renderer tests, independent of the scoring code: a small set
 * with every type and method, and entities whose scores are derived here from given
 * achievements with the plain arithmetic of spec §2.4.
 */
function fakeSet(): ResolvedSet {
  const group = (
    code: string,
    level: number,
    parent: string | null,
    vi: string,
    en: string,
    points: number,
    groups: string[],
    indicators: string[],
  ): ResolvedGroup => ({ code, level, parent, name: { vi, en }, points, groups, indicators });
  const indicator = (
    code: string,
    path: string[],
    vi: string,
    type: ResolvedIndicator['type'],
    points: number,
    scoring: ResolvedIndicator['scoring'],
    extra: Partial<ResolvedIndicator> = {},
  ): ResolvedIndicator => ({
    code,
    name: { vi, en: `${vi} (en)` },
    path,
    type,
    unit: type === 'percent' ? '%' : null,
    direction: 'higher',
    points,
    scoring,
    range: type === 'percent' ? [0, 100] : type === 'count' ? [0, null] : [null, null],
    ratio: false,
    evidence: 'optional',
    aliases: [],
    basis: `QĐ ${code}`,
    rollup:
      type === 'boolean' ? 'all' : type === 'level' ? 'min' : type === 'count' ? 'sum' : 'mean',
    ...extra,
  });
  return {
    id: 'fake-set',
    version: '1.0',
    title: { vi: 'Bộ chỉ số thử', en: 'Test set' },
    source: 'Nguồn thử nghiệm',
    effective: '2025-01-01',
    levels: null,
    missing: 'zero',
    total: 100,
    bands: DEFAULT_BANDS,
    ratings: [
      { min: 0.8, label: { vi: 'Tốt', en: 'Good' } },
      { min: 0, label: { vi: 'Cần cố gắng', en: 'Needs work' } },
    ],
    groups: [
      group('HT', 1, null, 'Hạ tầng', 'Infrastructure', 60, ['HT.BR'], ['HT.02']),
      group('HT.BR', 2, 'HT', 'Băng rộng', 'Broadband', 40, [], ['HT.BR.01', 'HT.BR.02']),
      group('CQ', 1, null, 'Chính quyền', 'Government', 40, [], ['CQ.01', 'CQ.02', 'CQ.03']),
    ],
    indicators: [
      indicator(
        'HT.BR.01',
        ['HT', 'HT.BR'],
        'Tỷ lệ hộ có cáp quang',
        'percent',
        20,
        {
          method: 'target',
          target: 80,
          worst: 0,
        },
        { ratio: true },
      ),
      indicator('HT.BR.02', ['HT', 'HT.BR'], 'Số trạm 5G', 'count', 20, {
        method: 'steps',
        steps: [
          { min: 100, score: 1 },
          { min: 50, score: 0.5 },
        ],
      }),
      indicator('HT.02', ['HT'], 'Có trung tâm dữ liệu', 'boolean', 20, { method: 'boolean' }),
      indicator('CQ.01', ['CQ'], 'Mức độ dịch vụ công', 'level', 20, {
        method: 'levels',
        levels: [
          { label: { vi: 'Thấp', en: 'Low' }, score: 0 },
          { label: { vi: 'Trung bình', en: 'Medium' }, score: 0.5 },
          { label: { vi: 'Cao', en: 'High' }, score: 1 },
        ],
      }),
      indicator('CQ.02', ['CQ'], 'Chi ngân sách CNTT', 'number', 20, {
        method: 'target',
        target: 10,
        worst: 0,
      }),
      indicator('CQ.03', ['CQ'], 'Dân số', 'number', 0, { method: 'info' }),
    ],
  };
}

/** Per indicator: [value, achievement] (null achievement = not reported). */
export type FakeValues = Record<string, [IndicatorScore['value'], number | null]>;

export const FULL_VALUES: FakeValues = {
  'HT.BR.01': [85, 1],
  'HT.BR.02': [120, 1],
  'HT.02': [true, 1],
  'CQ.01': [3, 1],
  'CQ.02': [12, 1],
  'CQ.03': [1_000_000, null],
};

export const PARTIAL_VALUES: FakeValues = {
  'HT.BR.01': [60, 0.75],
  'HT.BR.02': [60, 0.5],
  'HT.02': [false, 0],
  'CQ.01': [2, 0.5],
  'CQ.02': [null, null],
  'CQ.03': [500, null],
};

export interface FakeEntityOptions {
  label: string;
  province: { code: string; name: string } | null;
  values: FakeValues;
  evidence?: string | null;
}

function fakeEntity(set: ResolvedSet, options: FakeEntityOptions): EntityScore {
  const indicators: IndicatorScore[] = set.indicators.map((indicator) => {
    const [value, achievement] = options.values[indicator.code] ?? [null, null];
    if (indicator.scoring.method === 'info') {
      return {
        code: indicator.code,
        value,
        status: 'info',
        achievement: null,
        points: null,
        maxPoints: null,
        pointsLost: null,
        gap: null,
        band: null,
        evidence: options.evidence ?? null,
      };
    }
    if (achievement === null) {
      return {
        code: indicator.code,
        value: null,
        status: 'missing',
        achievement: 0,
        points: 0,
        maxPoints: indicator.points,
        pointsLost: indicator.points,
        gap: null,
        band: 'missing',
        evidence: null,
      };
    }
    const points = achievement * indicator.points;
    const band = DEFAULT_BANDS.find((b) => b.min <= achievement + 1e-9)?.id ?? 'critical';
    return {
      code: indicator.code,
      value,
      status: 'reported',
      achievement,
      points,
      maxPoints: indicator.points,
      pointsLost: indicator.points - points,
      gap: achievement >= 1 ? 0 : 1,
      band,
      evidence: options.evidence ?? null,
    };
  });
  const byCode = new Map(indicators.map((score) => [score.code, score]));
  const groups: GroupScore[] = set.groups.map((group) => {
    let points = 0;
    let maxPoints = 0;
    for (const indicator of set.indicators) {
      if (!indicator.path.includes(group.code)) continue;
      const score = byCode.get(indicator.code)!;
      points += score.points ?? 0;
      maxPoints += score.maxPoints ?? 0;
    }
    return {
      code: group.code,
      level: group.level,
      parent: group.parent,
      name: group.name,
      points,
      maxPoints,
      index: maxPoints === 0 ? null : points / maxPoints,
      rank: null,
    };
  });
  const points = indicators.reduce((sum, score) => sum + (score.points ?? 0), 0);
  const maxPoints = indicators.reduce((sum, score) => sum + (score.maxPoints ?? 0), 0);
  const reported = indicators
    .filter((score) => score.status === 'reported')
    .reduce((sum, score) => sum + (score.maxPoints ?? 0), 0);
  const index = maxPoints === 0 ? null : points / maxPoints;
  const gaps = indicators
    .filter((score) => (score.pointsLost ?? 0) > 1e-9)
    .sort((a, b) => (b.pointsLost ?? 0) - (a.pointsLost ?? 0) || a.code.localeCompare(b.code))
    .map((score) => ({
      code: score.code,
      pointsLost: score.pointsLost ?? 0,
      gap: score.gap,
      band: score.band,
    }));
  return {
    label: options.label,
    province: options.province,
    year: 2025,
    source: { file: `${options.label}.xlsx`, sheet: 'Số liệu' },
    points,
    maxPoints,
    index,
    coverage: maxPoints === 0 ? 0 : reported / maxPoints,
    rating: index === null ? null : (set.ratings.find((r) => r.min <= index)?.label ?? null),
    rank: null,
    groups,
    indicators,
    gaps,
  };
}

export function fakeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    code: 'DATA_NOT_A_NUMBER',
    severity: 'error',
    args: { value: '85,5,1' },
    file: 'dongnai.xlsx',
    sheet: 'Số liệu',
    cell: 'H12',
    row: 12,
    column: 'H',
    line: null,
    indicator: 'HT.BR.01',
    province: '75',
    value: '85,5,1',
    ...overrides,
  };
}

/** Ranks entities and groups the way §2.4 says (competition ranks on the index). */
function rankAll(entities: EntityScore[]): void {
  const rank = (values: (number | null)[]): (number | null)[] =>
    values.map((value) =>
      value === null
        ? null
        : 1 + values.filter((other) => other !== null && other - value > 1e-9).length,
    );
  rank(entities.map((e) => e.index)).forEach((r, i) => (entities[i]!.rank = r));
  const codes = entities[0]?.groups.map((g) => g.code) ?? [];
  codes.forEach((_, gi) => {
    rank(entities.map((e) => e.groups[gi]!.index)).forEach(
      (r, i) => (entities[i]!.groups[gi]!.rank = r),
    );
  });
}

export function fakeReport(entities: FakeEntityOptions[], findings: Finding[] = []): Report {
  const set = fakeSet();
  const scores = entities.map((options) => fakeEntity(set, options));
  if (scores.length > 1) rankAll(scores);
  return { set, policy: { missing: 'zero' }, entities: scores, findings, data: [] };
}

/** `count` entities with varied achievements, labelled "Đơn vị 1" …, codes "01" …. */
export function manyEntities(count: number): FakeEntityOptions[] {
  return Array.from({ length: count }, (_, i) => ({
    label: `Đơn vị ${i + 1}`,
    province: { code: String(i + 1).padStart(2, '0'), name: `Đơn vị ${i + 1}` },
    values: i % 2 === 0 ? FULL_VALUES : PARTIAL_VALUES,
  }));
}
