import type { Lang } from '../../core/findings/finding.js';
import { shownTitle } from '../labels/shown-title.js';

/** The sensitivity workbook's own words; the shared ones come from workbookLabels. */
export interface SensitivityWorkbookLabels {
  sheet: string;
  baseRank: string;
  medianRank: string;
  p05Rank: string;
  p95Rank: string;
  pRankChange: string;
  meanAbsShift: string;
  rankWithout: (group: string) => string;
  intervalWidth: string;
  intervalChart: (shown: number, total: number) => string;
  analysis: string;
  analysisText: string;
  runs: string;
  seed: string;
  weights: string;
  weightsText: (f: string, low: string, high: string) => string;
  perturb: string;
  perturbText: Record<'indicators' | 'groups', string>;
  missingAlt: string;
  missingAltText: (on: boolean) => string;
  random: string;
  randomText: string;
  intervals: string;
  intervalsText: string;
  definitions: string;
  definitionsText: string;
  leaveOneOut: string;
  leaveOneOutText: string;
  overallShift: string;
  groupShift: (code: string, name: string) => string;
  limits: string;
  limitsText: string;
}

const vi: SensitivityWorkbookLabels = {
  sheet: 'Độ nhạy',
  baseRank: 'Hạng gốc',
  medianRank: 'Hạng trung vị',
  p05Rank: 'Hạng mức 5%',
  p95Rank: 'Hạng mức 95%',
  pRankChange: 'Xác suất đổi hạng',
  meanAbsShift: 'Dịch chuyển hạng TB',
  rankWithout: (group) => `Hạng khi bỏ ${group}`,
  intervalWidth: 'Độ rộng khoảng hạng',
  intervalChart: (shown, total) =>
    shownTitle('Khoảng hạng 90% (từ hạng mức 5% đến mức 95%)', shown, total, 'vi'),
  analysis: 'Phân tích',
  analysisText:
    'Độ nhạy của xếp hạng với trọng số (Monte Carlo, theo thực hành của JRC/OECD và COINr): mỗi lượt nhân điểm tối đa với các hệ số ngẫu nhiên, tính lại chỉ số tổng hợp từ tỷ lệ đạt không đổi và xếp hạng lại.',
  runs: 'Số lượt mô phỏng',
  seed: 'Hạt giống (seed)',
  weights: 'Biên độ trọng số f',
  weightsText: (f, low, high) => `${f}: mỗi hệ số rút ngẫu nhiên đều trong [${low}; ${high}]`,
  perturb: 'Nhiễu theo',
  perturbText: {
    indicators: 'Từng chỉ số: mỗi chỉ số một hệ số riêng.',
    groups: 'Từng lĩnh vực (nhóm cấp 1): mọi chỉ số trong lĩnh vực dùng chung một hệ số.',
  },
  missingAlt: 'Đổi cách xử lý số liệu thiếu (--missing-alt)',
  missingAltText: (on) =>
    on
      ? 'Có: mỗi lượt chọn ngẫu nhiên tính 0 điểm hoặc loại khỏi điểm tối đa (mỗi cách ½).'
      : 'Không: mọi lượt dùng cách xử lý ở dòng trên.',
  random: 'Bộ sinh số ngẫu nhiên',
  randomText:
    'xoshiro128** 1.1, trạng thái khởi tạo bằng SplitMix64 từ hạt giống; mỗi số = số nguyên 32 bit / 2³². Mỗi lượt rút theo thứ tự: cách xử lý số liệu thiếu (chỉ khi --missing-alt: dưới ½ là tính 0), rồi một hệ số 1 − f + 2f·u cho mỗi chỉ số được chấm điểm (hoặc mỗi lĩnh vực) theo thứ tự trong bộ chỉ số. Cùng dữ liệu và hạt giống cho cùng kết quả trên mọi máy.',
  intervals: 'Khoảng hạng',
  intervalsText:
    'Hạng mức p% là hạng nhỏ thứ ⌈p·n/100⌉ trong n lượt (nearest-rank); khoảng 90% là từ hạng mức 5% đến hạng mức 95%, hạng trung vị là mức 50%.',
  definitions: 'Chỉ số đo',
  definitionsText:
    'Xác suất đổi hạng = tỷ lệ lượt có hạng khác hạng gốc; dịch chuyển hạng TB = trung bình |hạng của lượt − hạng gốc|.',
  leaveOneOut: 'Bỏ từng lĩnh vực',
  leaveOneOutText:
    'Tính chính xác, không rút ngẫu nhiên: điểm tối đa của mọi chỉ số trong lĩnh vực = 0, xếp hạng lại theo cách xử lý số liệu thiếu gốc.',
  overallShift: 'Dịch chuyển hạng TB (mọi đơn vị)',
  groupShift: (code, name) => `Dịch chuyển hạng TB khi bỏ ${code} (${name})`,
  limits: 'Phân tích không nói gì',
  limitsText:
    'Chỉ đo độ nhạy với trọng số (và cách xử lý số liệu thiếu nếu chọn); không đo sai số của số liệu, của chỉ tiêu hay của cách chấm điểm, và không cho biết trọng số nào là đúng.',
};

const en: SensitivityWorkbookLabels = {
  sheet: 'Sensitivity',
  baseRank: 'Base rank',
  medianRank: 'Median rank',
  p05Rank: '5th percentile rank',
  p95Rank: '95th percentile rank',
  pRankChange: 'P(rank change)',
  meanAbsShift: 'Mean abs. rank shift',
  rankWithout: (group) => `Rank without ${group}`,
  intervalWidth: 'Interval width',
  intervalChart: (shown, total) =>
    shownTitle('90% rank intervals (from the 5% to the 95% rank)', shown, total, 'en'),
  analysis: 'Analysis',
  analysisText:
    'How sensitive the ranking is to the weights (Monte Carlo, as JRC/OECD and COINr practice): each run multiplies the max points by random factors, recomputes every index from the unchanged achievements and ranks again.',
  runs: 'Runs',
  seed: 'Seed',
  weights: 'Weight range f',
  weightsText: (f, low, high) => `${f}: each factor drawn uniformly from [${low}, ${high}]`,
  perturb: 'Perturbed',
  perturbText: {
    indicators: 'Per indicator: each indicator has its own factor.',
    groups: 'Per top-level group: every indicator of a group shares its factor.',
  },
  missingAlt: 'Alternate missing policy (--missing-alt)',
  missingAltText: (on) =>
    on
      ? 'Yes: each run picks scoring 0 or leaving out of the maximum (½ each).'
      : 'No: every run uses the policy above.',
  random: 'Random numbers',
  randomText:
    "xoshiro128** 1.1, its state seeded by SplitMix64 from the seed; each number = a 32-bit integer / 2³². Each run draws, in order: the missing policy (only with --missing-alt: below ½ means scoring 0), then one factor 1 − f + 2f·u per scored indicator (or per top-level group) in the set's order. The same data and seed give the same result on every machine.",
  intervals: 'Rank intervals',
  intervalsText:
    'The p-th percentile rank is the ⌈p·n/100⌉-th smallest of the n runs (nearest rank); the 90% interval runs from the 5th to the 95th percentile, the median is the 50th.',
  definitions: 'Measures',
  definitionsText:
    'P(rank change) = share of runs whose rank differs from the base rank; mean abs. rank shift = mean of |run rank − base rank|.',
  leaveOneOut: 'Leave one out',
  leaveOneOutText:
    'Exact, no sampling: every indicator of the group gets 0 max points, and the entities are ranked again under the base missing policy.',
  overallShift: 'Mean abs. rank shift (all entities)',
  groupShift: (code, name) => `Mean abs. rank shift without ${code} (${name})`,
  limits: 'What it does not say',
  limitsText:
    'It measures sensitivity to the weights (and to the missing policy when chosen) only: not errors in the data, the targets or the scoring methods, and it does not say which weights are right.',
};

export function sensitivityWorkbookLabels(lang: Lang): SensitivityWorkbookLabels {
  return lang === 'en' ? en : vi;
}
