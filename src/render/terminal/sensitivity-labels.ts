import type { Lang } from '../../core/findings/finding.js';
import type { MissingPolicy } from '../../core/set/indicator-set-schema.js';
import { type ColumnWords, columnWords } from '../labels/column-words.js';

/** Words of the `sensitivity` terminal summary in both languages. */
export interface SensitivityLabels extends ColumnWords {
  header: (entities: number, runs: number, seed: number) => string;
  weights: (low: string, high: string, perturb: 'indicators' | 'groups') => string;
  missing: (policy: MissingPolicy, alternate: boolean) => string;
  interval: string;
  change: string;
  legend: (entities: number) => string;
  more: (n: number) => string;
  meanShift: (shift: string) => string;
  leaveOneOut: string;
  leftOut: string;
  group: string;
  shift: string;
}

const vi: SensitivityLabels = {
  ...columnWords('vi'),
  header: (n, runs, seed) => `${n} đơn vị · ${runs} lượt mô phỏng · hạt giống (seed) ${seed}`,
  weights: (low, high, perturb) =>
    `Trọng số: điểm tối đa ${perturb === 'groups' ? 'của mỗi lĩnh vực (nhóm cấp 1)' : 'của mỗi chỉ số'} nhân với một hệ số ngẫu nhiên đều trong [${low}; ${high}]`,
  missing: (policy, alternate) =>
    alternate
      ? 'Chỉ số thiếu số liệu: mỗi lượt chọn ngẫu nhiên tính 0 điểm hoặc loại khỏi điểm tối đa (mỗi cách ½); hạng gốc theo cách ' +
        (policy === 'zero' ? 'tính 0 điểm' : 'loại khỏi điểm tối đa')
      : `Chỉ số thiếu số liệu: ${policy === 'zero' ? 'tính 0 điểm' : 'loại khỏi điểm tối đa'}`,
  interval: 'Khoảng 90%',
  change: 'P(đổi hạng)',
  legend: (n) =>
    `Thanh: thang hạng 1–${n}; ━ từ hạng ở mức 5% đến hạng ở mức 95% của các lượt, ● hạng gốc.`,
  more: (n) => `… còn ${n} đơn vị nữa (xem -o tên.json hoặc tên.xlsx)`,
  meanShift: (shift) => `Dịch chuyển hạng trung bình: ${shift} bậc`,
  leaveOneOut: 'Bỏ từng lĩnh vực (điểm của lĩnh vực = 0):',
  leftOut: 'Bỏ',
  group: 'Lĩnh vực',
  shift: 'Dịch chuyển TB',
};

const en: SensitivityLabels = {
  ...columnWords('en'),
  header: (n, runs, seed) => `${n} entities · ${runs} runs · seed ${seed}`,
  weights: (low, high, perturb) =>
    `Weights: the max points of ${perturb === 'groups' ? 'each top-level group' : 'each indicator'} multiplied by a random factor uniform in [${low}, ${high}]`,
  missing: (policy, alternate) =>
    alternate
      ? 'Missing indicators: each run picks scoring 0 or leaving them out of the maximum (½ each); base ranks ' +
        (policy === 'zero' ? 'score them 0' : 'leave them out')
      : `Missing indicators: ${policy === 'zero' ? 'scored 0' : 'left out of the maximum'}`,
  interval: '90% interval',
  change: 'P(change)',
  legend: (n) =>
    `Bar: ranks 1–${n}; ━ from the 5th to the 95th percentile of the runs' ranks, ● the base rank.`,
  more: (n) => `… ${n} more (see -o name.json or name.xlsx)`,
  meanShift: (shift) => `Mean absolute rank shift: ${shift}`,
  leaveOneOut: "Leave one out (a top-level group's points set to 0):",
  leftOut: 'Left out',
  group: 'Group',
  shift: 'Mean shift',
};

export function sensitivityLabels(lang: Lang): SensitivityLabels {
  return lang === 'en' ? en : vi;
}
