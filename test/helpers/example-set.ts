import type { EntityData, ObservedValue } from '../../src/core/table/dataset.js';
import type {
  Localized,
  ResolvedGroup,
  ResolvedIndicator,
  ResolvedScoring,
  ResolvedSet,
} from '../../src/core/set/resolved-set.js';
import { DEFAULT_BANDS } from '../../src/core/set/resolved-set.js';

/** Builders for hand-made resolved sets and entity data, so scoring tests need no YAML. */
export function loc(vi: string, en: string = vi): Localized {
  return { vi, en };
}

export function indicator(
  code: string,
  path: string[],
  scoring: ResolvedScoring,
  extra: Partial<ResolvedIndicator> = {},
): ResolvedIndicator {
  return {
    code,
    name: loc(`Chỉ số ${code}`, `Indicator ${code}`),
    path,
    type: 'number',
    unit: null,
    direction: 'higher',
    points: scoring.method === 'info' ? 0 : 10,
    scoring,
    range: [null, null],
    ratio: false,
    evidence: 'optional',
    aliases: [],
    basis: null,
    rollup: 'mean',
    ...extra,
  };
}

export function group(
  code: string,
  points: number,
  children: { groups?: string[]; indicators?: string[] },
  parent: string | null = null,
  level = parent === null ? 1 : 2,
): ResolvedGroup {
  return {
    code,
    level,
    parent,
    name: loc(`Nhóm ${code}`, `Group ${code}`),
    points,
    groups: children.groups ?? [],
    indicators: children.indicators ?? [],
  };
}

export function makeSet(
  groups: ResolvedGroup[],
  indicators: ResolvedIndicator[],
  extra: Partial<ResolvedSet> = {},
): ResolvedSet {
  return {
    id: 'test-set',
    version: '1.0',
    title: loc('Bộ thử', 'Test set'),
    source: null,
    effective: null,
    levels: null,
    missing: 'zero',
    total: null,
    bands: DEFAULT_BANDS,
    ratings: [],
    groups,
    indicators,
    ...extra,
  };
}

export function entity(
  label: string,
  values: Record<string, number | boolean | null>,
  extra: Partial<EntityData> = {},
): EntityData {
  const map = new Map<string, ObservedValue>();
  for (const [code, value] of Object.entries(values)) {
    map.set(code, { value, evidence: null, note: null });
  }
  return {
    label,
    province: null,
    year: null,
    source: { file: `${label}.csv`, sheet: null },
    values: map,
    ...extra,
  };
}

/** test/fixtures/data/example-set.yaml, resolved by hand (spec §2.2 points distributed). */
export function exampleSet(): ResolvedSet {
  return makeSet(
    [
      {
        ...group('HT', 80, { indicators: ['HT.01', 'HT.02'] }),
        name: loc('Hạ tầng', 'Infrastructure'),
      },
      {
        ...group('DV', 120, { indicators: ['DV.01', 'DV.02', 'DV.03', 'DV.04'] }),
        name: loc('Dịch vụ', 'Services'),
      },
    ],
    [
      indicator(
        'HT.01',
        ['HT'],
        { method: 'target', target: 80, worst: 0 },
        {
          name: loc('Tỷ lệ hộ gia đình có Internet cáp quang', 'Households with fibre Internet'),
          type: 'percent',
          unit: '%',
          points: 60,
          range: [0, 100],
        },
      ),
      indicator(
        'HT.02',
        ['HT'],
        { method: 'boolean' },
        {
          name: loc('Có trung tâm IOC cấp tỉnh', 'Provincial IOC in operation'),
          type: 'boolean',
          points: 20,
        },
      ),
      indicator(
        'DV.01',
        ['DV'],
        { method: 'target', target: 15, worst: 35 },
        {
          name: loc('Tỷ lệ thất thoát nước sạch', 'Non-revenue water'),
          type: 'percent',
          unit: '%',
          direction: 'lower',
          points: 40,
          range: [0, 100],
        },
      ),
      indicator(
        'DV.02',
        ['DV'],
        {
          method: 'steps',
          steps: [
            { min: 12, score: 1 },
            { min: 6, score: 0.5 },
          ],
        },
        {
          name: loc('Số lần cập nhật dữ liệu mở trong năm', 'Open-data releases per year'),
          type: 'count',
          points: 40,
          range: [0, null],
        },
      ),
      indicator(
        'DV.03',
        ['DV'],
        {
          method: 'levels',
          levels: [
            { label: loc('Chưa có', 'None'), score: 0 },
            { label: loc('Một phần', 'Partial'), score: 0.5 },
            { label: loc('Toàn bộ', 'Complete'), score: 1 },
          ],
        },
        {
          name: loc('Mức độ số hóa hồ sơ y tế', 'Health-record digitisation level'),
          type: 'level',
          points: 40,
        },
      ),
      indicator(
        'DV.04',
        ['DV'],
        { method: 'info' },
        { name: loc('Dân số (nghìn người)', 'Population (thousands)'), points: 0 },
      ),
    ],
    {
      id: 'worked-example',
      title: loc('Bộ chỉ số ví dụ', 'Worked example'),
      source: 'Worked example for the spec',
      effective: '2025-07-01',
      total: 200,
    },
  );
}

/** The bound data of test/fixtures/data/quang-ninh.csv. */
export function exampleData(): EntityData {
  return entity(
    'Quảng Ninh',
    { 'HT.01': 60, 'HT.02': true, 'DV.01': 20, 'DV.02': 8, 'DV.03': 2, 'DV.04': 1362.9 },
    {
      province: { code: '22', name: 'Quảng Ninh' },
      source: { file: 'quang-ninh.csv', sheet: null },
    },
  );
}
