import type { ResolvedIndicator, ResolvedSet } from '../../src/core/set/resolved-set.js';
import { group, indicator, makeSet } from './example-set.js';

/**
 * Builders for ResolvedSet objects in tests, so a stage can be tested without YAML. Every field
 * has a plain default; pass only what the test is about.
 */
export type FakeIndicator = Partial<ResolvedIndicator> & { code: string };

export function fakeIndicator(input: FakeIndicator): ResolvedIndicator {
  const group = input.code.split('.')[0] ?? 'G';
  // Unlike indicator(), an info indicator here keeps 10 points unless the test says otherwise.
  return indicator(
    input.code,
    [group],
    { method: 'target', target: 100, worst: 0 },
    { points: 10, ...input },
  );
}

/** A one-level set: one group per code prefix ("HT.01" → group "HT"), indicators in order. */
function fakeSet(indicators: FakeIndicator[], overrides: Partial<ResolvedSet> = {}): ResolvedSet {
  const resolved = indicators.map(fakeIndicator);
  const groupCodes = [...new Set(resolved.map((i) => i.path[0]!))];
  const groups = groupCodes.map((code) => {
    const members = resolved.filter((i) => i.path[0] === code);
    const points = members.reduce((sum, i) => sum + i.points, 0);
    return group(code, points, { indicators: members.map((i) => i.code) });
  });
  return makeSet(groups, resolved, {
    id: 'fake-set',
    version: '1',
    title: { vi: 'Bộ giả lập', en: 'Fake set' },
    bands: [],
    ...overrides,
  });
}

/** The worked example's set (test/fixtures/data/example-set.yaml) plus a ratio and an evidence indicator. */
export function exampleSet(): ResolvedSet {
  return fakeSet([
    {
      code: 'HT.01',
      name: { vi: 'Tỷ lệ hộ gia đình có Internet cáp quang', en: 'Households with fibre Internet' },
      type: 'percent',
      unit: '%',
      range: [0, 100],
      scoring: { method: 'target', target: 80, worst: 0 },
      aliases: ['Internet cáp quang'],
    },
    {
      code: 'HT.02',
      name: { vi: 'Có trung tâm IOC cấp tỉnh', en: 'Provincial IOC in operation' },
      type: 'boolean',
      scoring: { method: 'boolean' },
    },
    {
      code: 'DV.01',
      name: { vi: 'Tỷ lệ thất thoát nước sạch', en: 'Non-revenue water' },
      type: 'percent',
      unit: '%',
      direction: 'lower',
      range: [0, 100],
      scoring: { method: 'target', target: 15, worst: 35 },
    },
    {
      code: 'DV.02',
      name: { vi: 'Số lần cập nhật dữ liệu mở trong năm', en: 'Open-data releases per year' },
      type: 'count',
      scoring: {
        method: 'steps',
        steps: [
          { min: 12, score: 1 },
          { min: 6, score: 0.5 },
        ],
      },
    },
    {
      code: 'DV.03',
      name: { vi: 'Mức độ số hóa hồ sơ y tế', en: 'Health-record digitisation level' },
      type: 'level',
      scoring: {
        method: 'levels',
        levels: [
          { label: { vi: 'Chưa có', en: 'None' }, score: 0 },
          { label: { vi: 'Một phần', en: 'Partial' }, score: 0.5 },
          { label: { vi: 'Toàn bộ', en: 'Complete' }, score: 1 },
        ],
      },
    },
    {
      code: 'DV.04',
      name: { vi: 'Dân số (nghìn người)', en: 'Population (thousands)' },
      type: 'number',
      scoring: { method: 'info' },
    },
    {
      code: 'DV.05',
      name: { vi: 'Tỷ lệ hồ sơ trực tuyến', en: 'Share of online applications' },
      type: 'percent',
      unit: '%',
      range: [0, 100],
      ratio: true,
      evidence: 'required',
      scoring: { method: 'target', target: 90, worst: 0 },
    },
  ]);
}
