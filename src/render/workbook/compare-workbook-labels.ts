import type { Lang } from '../../core/findings/finding.js';

/** Sheet names and headers of the comparison workbook (spec §8.1), ≤ 31 characters each. */
const LABELS = {
  vi: {
    compare: 'So sánh',
    groups: 'So sánh nhóm',
    indicators: 'So sánh chỉ số',
    yearBefore: 'Năm trước',
    yearAfter: 'Năm sau',
    rankBefore: 'Hạng trước',
    rankAfter: 'Hạng sau',
    rankMove: 'Thay đổi hạng',
    indexBefore: 'Chỉ số trước',
    indexAfter: 'Chỉ số sau',
    indexDelta: 'Δ chỉ số',
    pointsDelta: 'Δ điểm',
    ratingBefore: 'Xếp loại trước',
    ratingAfter: 'Xếp loại sau',
    improved: 'Tiến bộ nhất',
    declined: 'Giảm nhiều nhất',
    chartTitle: 'Thay đổi chỉ số tổng hợp (điểm %)',
    setBefore: 'Bộ chỉ số (trước)',
    setAfter: 'Bộ chỉ số (sau)',
    side: { before: 'trước', after: 'sau' },
    policyOf: (side: string) => `Cách tính thiếu số liệu (${side})`,
    rollupOf: (side: string) => `Gộp về 34 đơn vị (${side})`,
    rollupText: {
      none: 'Không gộp',
      scores: 'scores: trung bình mức đạt của các tỉnh cũ theo từng chỉ số (cách DTI 2024 công bố)',
      values: 'values: gộp số liệu gốc theo quy tắc rollup của từng chỉ số, rồi chấm điểm',
    },
    matching: 'Ghép đơn vị',
    matchingText:
      'Theo mã tỉnh sau khi hai bên cùng một thời kỳ (bên trước 2025 được gộp về 34 đơn vị); đơn vị không có mã ghép theo tên. Δ = sau − trước; thay đổi hạng = hạng trước − hạng sau (dương là tăng hạng).',
    onlyBefore: 'Chỉ có ở bên trước',
    onlyAfter: 'Chỉ có ở bên sau',
  },
  en: {
    compare: 'Comparison',
    groups: 'Group changes',
    indicators: 'Indicator changes',
    yearBefore: 'Year before',
    yearAfter: 'Year after',
    rankBefore: 'Rank before',
    rankAfter: 'Rank after',
    rankMove: 'Rank move',
    indexBefore: 'Index before',
    indexAfter: 'Index after',
    indexDelta: 'Δ index',
    pointsDelta: 'Δ points',
    ratingBefore: 'Rating before',
    ratingAfter: 'Rating after',
    improved: 'Most improved',
    declined: 'Most declined',
    chartTitle: 'Change of the index (percentage points)',
    setBefore: 'Indicator set (before)',
    setAfter: 'Indicator set (after)',
    side: { before: 'before', after: 'after' },
    policyOf: (side: string) => `Missing values (${side})`,
    rollupOf: (side: string) => `Rolled up to the 34 units (${side})`,
    rollupText: {
      none: 'Not rolled up',
      scores:
        'scores: mean of the former provinces’ achievements per indicator (as the DTI 2024 was published)',
      values: 'values: raw values combined by each indicator’s rollup rule, then scored',
    },
    matching: 'Matching',
    matchingText:
      'By province code once both sides are in one era (a pre-2025 side is rolled up to the 34 units); entities without a code by name. Δ = after − before; rank move = rank before − rank after (positive: moved up).',
    onlyBefore: 'Only before',
    onlyAfter: 'Only after',
  },
} as const;

export type CompareWorkbookLabels = (typeof LABELS)[Lang];

export function compareWorkbookLabels(lang: Lang): CompareWorkbookLabels {
  return LABELS[lang];
}
