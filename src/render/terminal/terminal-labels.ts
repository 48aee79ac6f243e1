import type { Lang } from '../../core/findings/finding.js';
import { type ColumnWords, columnWords } from '../labels/column-words.js';

/** Words of the terminal summaries (score, gaps) in both languages. */
export interface TerminalLabels extends ColumnWords {
  year: string;
  group: string;
  total: string;
  topGaps: (shown: number, all: number) => string;
  noGaps: string;
  /** Under `missing: exclude`: why the maximum is below the set's total. */
  excluded: (max: string, total: string, left: string) => string;
  lost: string;
  band: string;
  missing: string;
  province: string;
  more: (n: number) => string;
  findings: (errors: number, warnings: number, infos: number) => string;
  entities: (n: number) => string;
  /** The default bands in words; a set's own band ids are shown as they are. */
  bandName: (id: string | null) => string;
}

function bandNamer(names: Readonly<Record<string, string>>): (id: string | null) => string {
  return (id) => (id === null ? '' : Object.hasOwn(names, id) ? names[id]! : id);
}

const vi: TerminalLabels = {
  ...columnWords('vi'),
  year: 'năm',
  group: 'Nhóm',
  total: 'Tổng',
  topGaps: (shown, all) => `Khoảng cách ưu tiên (${shown}/${all})`,
  noGaps: 'Không có khoảng cách: mọi chỉ số đều đạt.',
  excluded: (max, total, left) =>
    `${max}/${total}: ${left} điểm không có số liệu được loại khỏi mẫu số (missing: exclude).`,
  lost: 'Điểm mất',
  band: 'Mức',
  missing: 'thiếu số liệu',
  province: 'Mã tỉnh',
  more: (n) => `… còn ${n} đơn vị nữa (xem báo cáo)`,
  findings: (e, w, i) => `Phát hiện: ${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
  entities: (n) => `${n} đơn vị`,
  bandName: bandNamer({
    achieved: 'đạt',
    near: 'gần đạt',
    far: 'còn xa',
    critical: 'rất xa',
    missing: 'thiếu số liệu',
  }),
};

const en: TerminalLabels = {
  ...columnWords('en'),
  year: 'year',
  group: 'Group',
  total: 'Total',
  topGaps: (shown, all) => `Priority gaps (${shown}/${all})`,
  noGaps: 'No gaps: every indicator is achieved.',
  excluded: (max, total, left) =>
    `${max}/${total}: ${left} points without data are left out of the maximum (missing: exclude).`,
  lost: 'Lost',
  band: 'Band',
  missing: 'missing',
  province: 'Province',
  more: (n) => `… ${n} more (see the report)`,
  findings: (e, w, i) => `Findings: ${e} errors, ${w} warnings, ${i} info`,
  entities: (n) => `${n} entities`,
  bandName: bandNamer({
    achieved: 'achieved',
    near: 'near',
    far: 'far',
    critical: 'critical',
    missing: 'missing',
  }),
};

export function terminalLabels(lang: Lang): TerminalLabels {
  return lang === 'en' ? en : vi;
}
