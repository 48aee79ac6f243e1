import type { CatalogueSection } from './entry.js';

// The sources of spec §3.3, strongest first, as PROVINCE_CONFLICT / YEAR_CONFLICT name them.
const provinceSources = {
  option: { vi: 'tùy chọn --province', en: 'the --province option' },
  column: { vi: 'cột Tỉnh', en: 'the province column' },
  label: { vi: 'ô ghi tỉnh', en: 'the labelled cell' },
  'file-name': { vi: 'tên tệp', en: 'the file name' },
} as const;

const yearSources = {
  option: { vi: 'tùy chọn --year', en: 'the --year option' },
  column: { vi: 'cột Năm', en: 'the year column' },
  label: { vi: 'ô ghi năm', en: 'the labelled cell' },
  title: { vi: 'dòng tiêu đề', en: 'the title row' },
  'file-name': { vi: 'tên tệp', en: 'the file name' },
} as const;

/** Findings about who the entity is: provinces, years (stages PROVINCE_, YEAR_). */
export const provinceCodes = {
  PROVINCE_UNKNOWN: {
    severity: 'error',
    vi: 'Không nhận ra tỉnh/thành phố "{name}" (gần nhất: {suggestions?}).',
    en: 'Unknown province "{name}" (closest: {suggestions?}).',
  },
  PROVINCE_AMBIGUOUS: {
    severity: 'error',
    vi: '"{name}" khớp với nhiều đơn vị ({candidates}); dùng mã tỉnh.',
    en: '"{name}" matches several units ({candidates}); use the province code.',
  },
  PROVINCE_RETIRED: {
    severity: 'error',
    vi: '{name} đã sáp nhập vào {successor} từ {date}; dữ liệu năm {year} dùng {successor} ({successorCode}).',
    en: '{name} merged into {successor} on {date}; data for {year} uses {successor} ({successorCode}).',
  },
  PROVINCE_CONFLICT: {
    severity: 'warning',
    vi: 'Tỉnh {value} ({source}) khác tỉnh {other} ({otherSource}{otherPlace}); dùng {value}.',
    en: 'The province {value} ({source}) differs from {other} ({otherSource}{otherPlace}); {value} is used.',
    terms: { source: provinceSources, otherSource: provinceSources },
  },
  PROVINCE_FROM_FILE_NAME: {
    severity: 'warning',
    vi: 'Không xác định được tỉnh; dùng tên tệp "{name}" làm nhãn (dùng --province hoặc thêm cột Tỉnh).',
    en: 'No province found; the file name "{name}" is used as the label (use --province or add a Tỉnh column).',
  },
  PROVINCE_LEGACY_FONT: {
    severity: 'warning',
    vi: '"{name}" có vẻ được gõ bằng phông TCVN3 cũ; có lẽ là "{suggestion}".',
    en: '"{name}" looks like legacy TCVN3 font text; probably "{suggestion}".',
  },
  YEAR_CONFLICT: {
    severity: 'warning',
    vi: 'Năm {value} ({source}) khác năm {other} ({otherSource}{otherPlace}); dùng năm {value}.',
    en: 'The year {value} ({source}) differs from {other} ({otherSource}{otherPlace}); {value} is used.',
    terms: { source: yearSources, otherSource: yearSources },
  },
} as const satisfies CatalogueSection;
