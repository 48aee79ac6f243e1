import type { CatalogueSection } from './entry.js';

/** Findings about who the entity is: provinces, years (stage PROVINCE_). */
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
    severity: 'error',
    vi: 'Tỉnh "{value}" khác tỉnh "{other}" đã nêu trước đó trong tệp.',
    en: 'The province "{value}" differs from "{other}" given earlier in the file.',
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
} as const satisfies CatalogueSection;
