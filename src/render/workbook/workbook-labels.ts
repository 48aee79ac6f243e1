import type { Lang } from '../../core/findings/finding.js';
import { shownTitle } from '../labels/shown-title.js';
import type { IndicatorType } from '../../core/set/indicator-set-schema.js';
import { type ColumnWords, columnWords } from '../labels/column-words.js';

/** Every fixed text of the report workbook in one language. Sheet names stay ≤ 31 characters. */
export interface WorkbookLabels extends ColumnWords {
  sheets: {
    cover: string;
    summary: string;
    groups: string;
    indicators: string;
    details: string;
    gaps: string;
    checks: string;
    rejected: string;
    method: string;
    ranking: string;
    heatMap: string;
  };
  item: string;
  value: string;
  provinceCode: string;
  province: string;
  setId: string;
  setVersion: string;
  setTitle: string;
  year: string;
  sourceFile: string;
  sourceSheet: string;
  maxPoints: string;
  /** Roll-up of pre-2025 data (spec §8.2): the column of former provinces, the summary row. */
  predecessors: string;
  rollup: string;
  rollupText: Record<'scores' | 'values', string>;
  /** The national rank on a per-unit report of a round (spec §7 `--split`). */
  nationalRank: string;
  errors: string;
  warnings: string;
  infos: string;
  entities: string;
  best: string;
  worst: string;
  meanIndex: string;
  level: string;
  band: string;
  domain: string;
  group: string;
  unit: string;
  type: string;
  target: string;
  achievement: string;
  lost: string;
  evidence: string;
  basis: string;
  status: string;
  severity: string;
  place: string;
  message: string;
  file: string;
  sheet: string;
  cell: string;
  line: string;
  indicator: string;
  inputValue: string;
  source: string;
  effective: string;
  scoringMethod: string;
  missingPolicy: string;
  bands: string;
  ratings: string;
  inputFile: string;
  sha256: string;
  toolVersion: string;
  generated: string;
  aggregation: string;
  ranks: string;
  none: string;
  indexOf: (group: string) => string;
  rankOf: (group: string) => string;
  /** Summary row of a big batch, whose gap sheet keeps each entity's biggest gaps only. */
  gapList: string;
  gapListTop: (count: number) => string;
  statusNames: Record<'reported' | 'missing' | 'info', string>;
  severityNames: Record<'error' | 'warning' | 'info', string>;
  bandNames: Record<string, string>;
  typeNames: Record<IndicatorType, string>;
  infoType: string;
  methodText: Record<'target' | 'steps' | 'boolean' | 'levels' | 'info', string>;
  missingText: Record<'zero' | 'exclude', string>;
  aggregationText: string;
  coverageText: string;
  ranksText: string;
  bandText: (name: string, min: string) => string;
  cover: CoverLabels;
}

/** Texts of the cover sheet (spec §9.1), its charts and the printed page. */
interface CoverLabels {
  /** "Báo cáo … — Đồng Nai — năm 2025"; scope null: the whole country (a batch). */
  title: (scope: string | null, years: readonly number[]) => string;
  setLine: (title: string, id: string, version: string) => string;
  dateLine: (date: string) => string;
  /** A calendar date as written in the language: 02/01/2026, 2026-01-02. */
  date: (year: number, month: number, day: number) => string;
  policyLine: (text: string) => string;
  keyFigures: string;
  pointsOfMax: string;
  /** Number format of the maximum beside the points ("/ 1000.00"). */
  maxFormat: string;
  groupsHeading: string;
  topFive: string;
  bottomFive: string;
  missingUnits: (count: number) => string;
  rejectedFiles: (count: number) => string;
  firstErrors: string;
  groupChart: string;
  gapChart: string;
  rankingChart: (shown: number, total: number) => string;
  groupsByEntityChart: (shown: number, total: number) => string;
  /** The word before "&P/&N" in the page footer. */
  page: string;
}

const vi: WorkbookLabels = {
  ...columnWords('vi'),
  sheets: {
    cover: 'Báo cáo',
    summary: 'Tổng hợp',
    groups: 'Nhóm chỉ số',
    indicators: 'Chỉ số',
    details: 'Chi tiết chỉ số',
    gaps: 'Khoảng cách',
    checks: 'Kiểm tra dữ liệu',
    rejected: 'Hồ sơ bị loại',
    method: 'Phương pháp',
    ranking: 'Xếp hạng',
    heatMap: 'Bản đồ nhiệt',
  },
  item: 'Mục',
  value: 'Giá trị',
  provinceCode: 'Mã tỉnh',
  province: 'Tỉnh/Thành phố',
  setId: 'Bộ chỉ số',
  setVersion: 'Phiên bản',
  setTitle: 'Tên bộ chỉ số',
  year: 'Năm',
  sourceFile: 'Tệp dữ liệu',
  sourceSheet: 'Trang dữ liệu',
  maxPoints: 'Điểm tối đa',
  predecessors: 'Gộp từ các tỉnh cũ (chỉ số)',
  rollup: 'Gộp về 34 đơn vị từ 2025',
  rollupText: {
    scores: 'scores: trung bình mức đạt của các tỉnh cũ theo từng chỉ số (cách DTI 2024 công bố)',
    values:
      'values: gộp số liệu gốc của các tỉnh cũ theo quy tắc rollup của từng chỉ số, rồi chấm điểm',
  },
  nationalRank: 'Xếp hạng toàn quốc',
  errors: 'Số lỗi',
  warnings: 'Số cảnh báo',
  infos: 'Số thông tin',
  entities: 'Số đơn vị',
  best: 'Cao nhất',
  worst: 'Thấp nhất',
  meanIndex: 'Chỉ số trung bình',
  level: 'Cấp',
  band: 'Mức đạt',
  domain: 'Lĩnh vực',
  group: 'Nhóm chỉ số',
  unit: 'Đơn vị tính',
  type: 'Loại',
  target: 'Chỉ tiêu',
  achievement: 'Tỷ lệ đạt',
  lost: 'Điểm mất',
  evidence: 'Tài liệu kiểm chứng',
  basis: 'Căn cứ',
  status: 'Trạng thái',
  severity: 'Mức độ',
  place: 'Vị trí',
  message: 'Nội dung',
  file: 'Tệp',
  sheet: 'Trang',
  cell: 'Ô',
  line: 'Dòng',
  indicator: 'Chỉ số',
  inputValue: 'Giá trị nhập',
  source: 'Nguồn',
  effective: 'Hiệu lực từ',
  scoringMethod: 'Cách chấm điểm',
  missingPolicy: 'Chỉ số không báo cáo',
  bands: 'Mức đạt',
  ratings: 'Xếp loại',
  inputFile: 'Tệp đầu vào',
  sha256: 'SHA-256',
  toolVersion: 'Phiên bản smartcity',
  generated: 'Thời điểm tạo (UTC)',
  aggregation: 'Cách cộng điểm',
  ranks: 'Xếp hạng',
  none: '—',
  indexOf: (group) => `${group} (chỉ số)`,
  rankOf: (group) => `${group} (hạng)`,
  gapList: 'Bảng Khoảng cách',
  gapListTop: (count) =>
    `${count} khoảng cách lớn nhất của mỗi đơn vị; danh sách đầy đủ: -o tệp.csv hoặc tệp.json`,
  statusNames: { reported: 'Có số liệu', missing: 'Thiếu số liệu', info: 'Thông tin' },
  severityNames: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  bandNames: {
    achieved: 'Đạt',
    near: 'Gần đạt',
    far: 'Còn xa',
    critical: 'Rất xa',
    missing: 'Thiếu số liệu',
  },
  typeNames: {
    percent: 'Tỷ lệ (%)',
    number: 'Số',
    count: 'Số đếm',
    boolean: 'Có/Không',
    level: 'Mức',
  },
  infoType: 'thông tin, không chấm điểm',
  methodText: {
    target:
      'Theo chỉ tiêu: tỷ lệ đạt = (giá trị − mức thấp nhất) / (chỉ tiêu − mức thấp nhất), giới hạn trong 0–100%; với chỉ số càng thấp càng tốt thì tính theo chiều ngược lại.',
    steps:
      'Theo bậc: tỷ lệ đạt là điểm của bậc cao nhất mà giá trị đạt tới; chưa tới bậc nào là 0%.',
    boolean: 'Có/Không: Có là 100%, Không là 0%.',
    levels: 'Theo mức: mỗi mức có tỷ lệ đạt riêng, mức cao nhất là 100%.',
    info: 'Chỉ số thông tin: được kiểm tra và hiển thị nhưng không chấm điểm.',
  },
  missingText: {
    zero: 'Tính 0 điểm và vẫn giữ điểm tối đa của chỉ số (cách làm của DTI).',
    exclude:
      'Loại khỏi cả điểm lẫn điểm tối đa của mọi nhóm chứa nó (cách làm của U4SSC); độ phủ số liệu cho biết phần điểm được báo cáo.',
  },
  aggregationText:
    'Điểm của chỉ số = tỷ lệ đạt × điểm tối đa. Điểm nhóm và tổng điểm là tổng điểm các chỉ số bên dưới; chỉ số tổng hợp = điểm / điểm tối đa.',
  coverageText: 'Độ phủ số liệu = tổng điểm tối đa của các chỉ số có số liệu / tổng điểm tối đa.',
  ranksText:
    'Xếp hạng theo chỉ số tổng hợp chưa làm tròn, từ cao xuống thấp; bằng nhau thì cùng hạng và hạng sau bị bỏ qua (1, 2, 2, 4).',
  bandText: (name, min) => `${name}: tỷ lệ đạt từ ${min}`,
  cover: {
    title: (scope, years) =>
      `Báo cáo đánh giá đô thị thông minh — ${scope ?? 'toàn quốc'}` +
      (years.length === 0 ? '' : ` — năm ${years.join(', ')}`),
    setLine: (title, id, version) => `Bộ chỉ số: ${title} (${id}, phiên bản ${version})`,
    dateLine: (date) => `Ngày lập báo cáo: ${date}`,
    date: (year, month, day) =>
      `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    policyLine: (text) => `Chỉ số không báo cáo: ${text}`,
    keyFigures: 'Kết quả chính',
    pointsOfMax: 'Điểm / điểm tối đa',
    maxFormat: '"/ "0.00',
    groupsHeading: 'Các lĩnh vực (nhóm chỉ số cấp 1)',
    topFive: '5 đơn vị dẫn đầu',
    bottomFive: '5 đơn vị cuối bảng',
    missingUnits: (count) => `Đơn vị chưa có hồ sơ (${count})`,
    rejectedFiles: (count) => `Hồ sơ bị loại (${count})`,
    firstErrors: 'Lỗi đầu tiên',
    groupChart: 'Chỉ số tổng hợp theo lĩnh vực',
    gapChart: '10 chỉ số mất nhiều điểm nhất (điểm mất)',
    rankingChart: (shown, total) => shownTitle('Xếp hạng theo chỉ số tổng hợp', shown, total, 'vi'),
    groupsByEntityChart: (shown, total) =>
      shownTitle('Chỉ số lĩnh vực theo đơn vị', shown, total, 'vi'),
    page: 'Trang',
  },
};

const en: WorkbookLabels = {
  ...columnWords('en'),
  sheets: {
    cover: 'Report',
    summary: 'Summary',
    groups: 'Groups',
    indicators: 'Indicators',
    details: 'Indicator details',
    gaps: 'Gaps',
    checks: 'Data checks',
    rejected: 'Rejected',
    method: 'Method',
    ranking: 'Ranking',
    heatMap: 'Heat map',
  },
  item: 'Item',
  value: 'Value',
  provinceCode: 'Province code',
  province: 'Province',
  setId: 'Indicator set',
  setVersion: 'Version',
  setTitle: 'Set title',
  year: 'Year',
  sourceFile: 'Data file',
  sourceSheet: 'Data sheet',
  maxPoints: 'Max points',
  predecessors: 'Rolled up from (index)',
  rollup: 'Rolled up to the 34 units of 2025',
  rollupText: {
    scores:
      'scores: mean of the former provinces’ achievements per indicator (as the DTI 2024 was published)',
    values:
      'values: the former provinces’ raw values combined by each indicator’s rollup rule, then scored',
  },
  nationalRank: 'National rank',
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Notes',
  entities: 'Entities',
  best: 'Best',
  worst: 'Worst',
  meanIndex: 'Mean index',
  level: 'Level',
  band: 'Band',
  domain: 'Domain',
  group: 'Group',
  unit: 'Unit',
  type: 'Type',
  target: 'Target',
  achievement: 'Achievement',
  lost: 'Points lost',
  evidence: 'Evidence',
  basis: 'Basis',
  status: 'Status',
  severity: 'Severity',
  place: 'Place',
  message: 'Message',
  file: 'File',
  sheet: 'Sheet',
  cell: 'Cell',
  line: 'Line',
  indicator: 'Indicator',
  inputValue: 'Input value',
  source: 'Source',
  effective: 'Effective from',
  scoringMethod: 'Scoring',
  missingPolicy: 'Not-reported indicators',
  bands: 'Bands',
  ratings: 'Ratings',
  inputFile: 'Input file',
  sha256: 'SHA-256',
  toolVersion: 'smartcity version',
  generated: 'Generated (UTC)',
  aggregation: 'Aggregation',
  ranks: 'Ranks',
  none: '—',
  indexOf: (group) => `${group} (index)`,
  rankOf: (group) => `${group} (rank)`,
  gapList: 'Gaps sheet',
  gapListTop: (count) =>
    `each entity's ${count} biggest gaps; the full lists: -o file.csv or file.json`,
  statusNames: { reported: 'Reported', missing: 'Missing', info: 'Info' },
  severityNames: { error: 'Error', warning: 'Warning', info: 'Info' },
  bandNames: {
    achieved: 'Achieved',
    near: 'Near',
    far: 'Far',
    critical: 'Critical',
    missing: 'Missing',
  },
  typeNames: {
    percent: 'Percent',
    number: 'Number',
    count: 'Count',
    boolean: 'Yes/No',
    level: 'Level',
  },
  infoType: 'info, not scored',
  methodText: {
    target:
      'Target: achievement = (value − worst) / (target − worst), clamped to 0–100%; reversed for indicators where lower is better.',
    steps:
      'Steps: achievement is the score of the best step the value reaches; 0% below every step.',
    boolean: 'Yes/No: yes is 100%, no is 0%.',
    levels: 'Levels: each level has its own achievement; the top level is 100%.',
    info: 'Info indicators are checked and shown but not scored.',
  },
  missingText: {
    zero: "Scored 0 and still counted in every maximum (the DTI's practice).",
    exclude:
      "Left out of the points and of every maximum above them (U4SSC's practice); coverage tells how much was reported.",
  },
  aggregationText:
    'Indicator points = achievement × max points. Group and total points are sums over the indicators below; index = points / max points.',
  coverageText: 'Coverage = max points of the reported indicators / max points of all scored ones.',
  ranksText:
    'Ranks order the unrounded index from high to low; equal indexes share a rank and the next rank skips (1, 2, 2, 4).',
  bandText: (name, min) => `${name}: achievement from ${min}`,
  cover: {
    title: (scope, years) =>
      `Smart city assessment report — ${scope ?? 'nationwide'}` +
      (years.length === 0 ? '' : ` — ${years.join(', ')}`),
    setLine: (title, id, version) => `Indicator set: ${title} (${id}, version ${version})`,
    dateLine: (date) => `Report date: ${date}`,
    date: (year, month, day) =>
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    policyLine: (text) => `Not-reported indicators: ${text}`,
    keyFigures: 'Key figures',
    pointsOfMax: 'Points / max points',
    maxFormat: '"/ "0.00',
    groupsHeading: 'Domains (top-level groups)',
    topFive: 'Top five',
    bottomFive: 'Bottom five',
    missingUnits: (count) => `Units with no submission (${count})`,
    rejectedFiles: (count) => `Rejected files (${count})`,
    firstErrors: 'First errors',
    groupChart: 'Index by domain',
    gapChart: 'The 10 indicators that lose the most points (points lost)',
    rankingChart: (shown, total) => shownTitle('Ranking by index', shown, total, 'en', 'top'),
    groupsByEntityChart: (shown, total) =>
      shownTitle('Domain index by entity', shown, total, 'en', 'top'),
    page: 'Page',
  },
};

export function workbookLabels(lang: Lang): WorkbookLabels {
  return lang === 'en' ? en : vi;
}
