import type { Lang } from '../../core/findings/finding.js';
import { shownTitle } from '../labels/shown-title.js';

/**
 * The HTML report's own words. The words it shares with the workbook (section names such as
 * "Data checks", "Method", "Ranking", chart titles) come from workbookLabels.
 */
export interface HtmlLabels {
  overview: string;
  domains: string;
  domainRadar: string;
  largestGaps: string;
  gapChart: (count: number) => string;
  noGaps: string;
  indicatorTable: string;
  noFindings: string;
  rankingChart: (shown: number, total: number) => string;
  tileMap: (units: number) => string;
  tileLegend: { none: string };
  heatMap: (shown: number, total: number) => string;
  rankingTable: string;
  gauge: string;
  notRated: string;
  missingUnits: (count: number) => string;
  /** "2 lỗi, 0 cảnh báo" after a rejected file's name. */
  fileCounts: (errors: number, warnings: number) => string;
  pointsShort: string;
  sensitivityTitle: string;
  intervalChart: (shown: number, total: number) => string;
  intervalLegend: string;
  interval: string;
}

const vi: HtmlLabels = {
  overview: 'Tổng quan',
  domains: 'Các lĩnh vực',
  domainRadar: 'Các lĩnh vực trên biểu đồ mạng nhện',
  largestGaps: 'Khoảng cách lớn nhất',
  gapChart: (count) => `${count} chỉ số mất nhiều điểm nhất (điểm mất)`,
  noGaps: 'Không chỉ số nào mất điểm.',
  indicatorTable: 'Bảng chỉ số',
  noFindings: 'Không có phát hiện nào.',
  rankingChart: (shown, total) => shownTitle('Xếp hạng theo chỉ số tổng hợp', shown, total, 'vi'),
  tileMap: (units) => `Bản đồ ô ${units} đơn vị hành chính, tô màu theo chỉ số tổng hợp`,
  tileLegend: { none: 'Chưa có số liệu' },
  heatMap: (shown, total) =>
    shownTitle('Bản đồ nhiệt: chỉ số lĩnh vực theo đơn vị', shown, total, 'vi'),
  rankingTable: 'Bảng xếp hạng',
  gauge: 'Chỉ số tổng hợp và xếp loại',
  notRated: 'Chưa xếp loại',
  missingUnits: (count) => `Đơn vị chưa có hồ sơ (${count})`,
  fileCounts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
  pointsShort: 'điểm',
  sensitivityTitle: 'Độ nhạy của xếp hạng với trọng số',
  intervalChart: (shown, total) =>
    shown < total
      ? `Khoảng hạng 90% — ${shown} đơn vị đầu trong ${total}`
      : 'Khoảng hạng 90% theo đơn vị',
  intervalLegend:
    'Vạch xanh: từ hạng mức 5% đến hạng mức 95%; vạch đen: hạng trung vị; chấm cam: hạng gốc.',
  interval: 'Khoảng hạng',
};

const en: HtmlLabels = {
  overview: 'Overview',
  domains: 'Domains',
  domainRadar: 'The domains on a radar chart',
  largestGaps: 'Largest gaps',
  gapChart: (count) => `The ${count} indicators losing the most points (points lost)`,
  noGaps: 'No indicator loses points.',
  indicatorTable: 'Indicators',
  noFindings: 'No findings.',
  rankingChart: (shown, total) => shownTitle('Ranking by index', shown, total, 'en'),
  tileMap: (units) => `Tile map of the ${units} units, coloured by index`,
  tileLegend: { none: 'No data' },
  heatMap: (shown, total) => shownTitle('Heat map: domain index by entity', shown, total, 'en'),
  rankingTable: 'Ranking table',
  gauge: 'Index and rating',
  notRated: 'Not rated',
  missingUnits: (count) => `Units without a submission (${count})`,
  fileCounts: (errors, warnings) =>
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  pointsShort: 'points',
  sensitivityTitle: 'How robust the ranking is to the weights',
  intervalChart: (shown, total) =>
    shown < total
      ? `90% rank intervals — the first ${shown} of ${total}`
      : '90% rank intervals by entity',
  intervalLegend:
    'Blue line: from the 5% to the 95% rank; black tick: median rank; orange dot: base rank.',
  interval: 'Rank interval',
};

export function htmlLabels(lang: Lang): HtmlLabels {
  return lang === 'vi' ? vi : en;
}
