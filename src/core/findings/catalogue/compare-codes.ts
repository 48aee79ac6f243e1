import type { CatalogueSection } from './entry.js';

/**
 * Codes of the roll-up of pre-2025 data to the 2025 units and of `smartcity compare` (spec §8):
 * what a roll-up left out, what a comparison could not match, and the "cannot run" cases (exit 2)
 * of a side that is no report or mixes eras.
 */
export const compareCodes = {
  ROLLUP_PARTIAL: {
    severity: 'warning',
    vi: '{unit} ({code}) được gộp khi thiếu số liệu của {absent}: kết quả chỉ tính từ các tỉnh cũ có trong dữ liệu.',
    en: '{unit} ({code}) is rolled up without data for {absent}: the result comes from the former provinces present only.',
  },
  ROLLUP_NOT_APPLICABLE: {
    severity: 'info',
    vi: 'Không có gì để gộp: dữ liệu đã theo 34 đơn vị từ 2025 hoặc không theo tỉnh; --rollup bị bỏ qua.',
    en: 'Nothing to roll up: the data is already in the 34 units of 2025 or not by province; --rollup is ignored.',
  },
  COMPARE_SET_CHANGED: {
    severity: 'warning',
    vi: 'Hai bên dùng bộ chỉ số khác nhau ({before} và {after}): chỉ so sánh tổng điểm và các lĩnh vực chung mã, không so sánh từng chỉ số.',
    en: 'The two sides use different indicator sets ({before} and {after}): only the total and the top-level groups with the same code are compared, not single indicators.',
  },
  COMPARE_ONLY_BEFORE: {
    severity: 'info',
    vi: '{count} đơn vị chỉ có ở bên trước, không so sánh được: {names}.',
    en: '{count} entities only in the before side, not compared: {names}.',
  },
  COMPARE_ONLY_AFTER: {
    severity: 'info',
    vi: '{count} đơn vị chỉ có ở bên sau, không so sánh được: {names}.',
    en: '{count} entities only in the after side, not compared: {names}.',
  },
  COMPARE_NOTHING_IN_COMMON: {
    severity: 'error',
    vi: 'Hai bên không có đơn vị nào chung (trước: {before} đơn vị, sau: {after} đơn vị); không có gì để so sánh.',
    en: 'The two sides have no entity in common (before: {before}, after: {after}); nothing to compare.',
  },
  RUN_COMPARE_NOT_A_REPORT: {
    severity: 'error',
    vi: '{path} không phải báo cáo JSON của smartcity (score -o x.json) với schemaVersion 1: {reason}.',
    en: '{path} is not a smartcity JSON report (score -o x.json) with schemaVersion 1: {reason}.',
  },
  RUN_COMPARE_MIXED_ERAS: {
    severity: 'error',
    vi: '{side} có cả đơn vị trước 2025 ({pre}) và đơn vị từ 2025 ({current}); tách thành hai lần chạy.',
    en: '{side} holds both pre-2025 units ({pre}) and 2025 units ({current}); split them into two runs.',
  },
  RUN_COMPARE_JSON_ROLLUP: {
    severity: 'error',
    vi: '{path} là báo cáo theo 63 tỉnh cũ nhưng bên kia theo 34 đơn vị: chạy lại score --rollup scores -o x.json, hoặc so sánh từ tệp số liệu.',
    en: '{path} is a report of the 63 former provinces but the other side is in the 34 units: re-run score --rollup scores -o x.json, or compare from the data files.',
  },
  RUN_COMPARE_FORMAT: {
    severity: 'error',
    vi: 'Không ghi được kết quả so sánh dạng "{format}"; dùng -o tên.json, tên.xlsx hoặc tên.html.',
    en: 'Cannot write the comparison as "{format}"; use -o name.json, name.xlsx or name.html.',
  },
} as const satisfies CatalogueSection;
