import type { Lang } from '../../core/findings/finding.js';

/** Words of the terminal summaries (score, gaps) in both languages. */
export interface TerminalLabels {
  year: string;
  code: string;
  name: string;
  group: string;
  points: string;
  index: string;
  total: string;
  rating: string;
  coverage: string;
  topGaps: (shown: number, all: number) => string;
  noGaps: string;
  /** Under `missing: exclude`: why the maximum is below the set's total. */
  excluded: (max: string, total: string, left: string) => string;
  lost: string;
  gap: string;
  band: string;
  missing: string;
  rank: string;
  entity: string;
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
  year: 'năm',
  code: 'Mã',
  name: 'Tên',
  group: 'Nhóm',
  points: 'Điểm',
  index: 'Chỉ số tổng hợp',
  total: 'Tổng',
  rating: 'Xếp loại',
  coverage: 'Độ phủ số liệu',
  topGaps: (shown, all) => `Khoảng cách ưu tiên (${shown}/${all})`,
  noGaps: 'Không có khoảng cách: mọi chỉ số đều đạt.',
  excluded: (max, total, left) =>
    `${max}/${total}: ${left} điểm không có số liệu được loại khỏi mẫu số (missing: exclude).`,
  lost: 'Điểm mất',
  gap: 'Khoảng cách',
  band: 'Mức',
  missing: 'thiếu số liệu',
  rank: 'Hạng',
  entity: 'Đơn vị',
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
  year: 'year',
  code: 'Code',
  name: 'Name',
  group: 'Group',
  points: 'Points',
  index: 'Index',
  total: 'Total',
  rating: 'Rating',
  coverage: 'Coverage',
  topGaps: (shown, all) => `Priority gaps (${shown}/${all})`,
  noGaps: 'No gaps: every indicator is achieved.',
  excluded: (max, total, left) =>
    `${max}/${total}: ${left} points without data are left out of the maximum (missing: exclude).`,
  lost: 'Lost',
  gap: 'Gap',
  band: 'Band',
  missing: 'missing',
  rank: 'Rank',
  entity: 'Entity',
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
