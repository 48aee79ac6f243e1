import type { CatalogueSection } from './entry.js';

/**
 * Findings about the content of a data table: sheets, headers, rows, indicators (stage DATA_).
 * Value coercion codes live in value-codes.ts.
 */
export const dataCodes = {
  DATA_NOT_A_NUMBER: {
    severity: 'error',
    vi: 'Giá trị "{value}" không phải là số.',
    en: 'The value "{value}" is not a number.',
  },
  DATA_CELL_TOO_LONG: {
    severity: 'error',
    vi: 'Ô có {length} ký tự, nhiều hơn {max} ký tự mà một ô Excel chứa được; chỉ {max} ký tự đầu được đọc ({cut} ký tự bị cắt). Tệp không được gõ trong Excel: hãy kiểm tra ô này.',
    en: 'The cell holds {length} characters, more than the {max} an Excel cell can hold; only the first {max} were read ({cut} cut). The file was not typed in Excel: check this cell.',
  },
  DATA_NO_HEADER_ROW: {
    severity: 'error',
    vi: 'Không tìm thấy dòng tiêu đề trong 30 dòng đầu{where}: cần một cột chỉ số (Mã chỉ số, Chỉ số, Code) và một cột giá trị (Giá trị, Kết quả, Value), hoặc một cột tỉnh/đơn vị (Tỉnh, Province, Entity) và các cột mang mã chỉ số.',
    en: 'No header row in the first 30 rows{where}: expected an indicator column (Mã chỉ số, Chỉ số, Code) and a value column (Giá trị, Kết quả, Value), or a province/entity column (Tỉnh, Province, Entity) and columns headed by indicator codes.',
  },
  DATA_SHEET_NOT_FOUND: {
    severity: 'error',
    vi: 'Không có trang tính "{sheet}". Các trang tính: {sheets}.',
    en: 'There is no sheet "{sheet}". Sheets: {sheets}.',
  },
  DATA_NO_VISIBLE_SHEET: {
    severity: 'error',
    vi: 'Tệp chỉ có trang tính ẩn ({sheets}); chọn một trang bằng --sheet <tên>.',
    en: 'The workbook has only hidden sheets ({sheets}); choose one with --sheet <name>.',
  },
  DATA_RESERVED_HEADER: {
    severity: 'error',
    vi: 'Tiêu đề cột "{value}" không được phép.',
    en: 'The column header "{value}" is not allowed.',
  },
  DATA_DUPLICATE_HEADER: {
    severity: 'error',
    vi: 'Cột "{value}" bị trùng (cũng ở cột {other}).',
    en: 'The column "{value}" appears twice (also at column {other}).',
  },
  DATA_EMPTY_HEADER_WITH_DATA: {
    severity: 'error',
    vi: 'Cột không có tiêu đề nhưng có dữ liệu; đặt tiêu đề hoặc xóa dữ liệu.',
    en: 'A column without a header holds data; give it a header or clear it.',
  },
  DATA_UNKNOWN_COLUMN: {
    severity: 'info',
    vi: 'Bỏ qua cột không nhận ra "{value}".',
    en: 'Ignored the unrecognised column "{value}".',
  },
  DATA_UNIT_MISMATCH: {
    severity: 'warning',
    vi: 'Đơn vị "{value}" khác đơn vị của chỉ số {indicator} ("{unit}").',
    en: 'The unit "{value}" differs from the unit of {indicator} ("{unit}").',
  },
  DATA_NAME_MISMATCH: {
    severity: 'warning',
    vi: 'Tên "{value}" thuộc về chỉ số {other}, không phải {indicator}; dùng mã {indicator}.',
    en: 'The name "{value}" belongs to {other}, not {indicator}; the code {indicator} is used.',
  },
  DATA_SET_MISMATCH: {
    severity: 'error',
    vi: '{count} mã chỉ số trong tệp, {known} thuộc bộ {set} — tệp này dùng bộ chỉ số khác? Dùng --set (… và {more?} mã khác không liệt kê bên dưới).',
    en: '{count} indicator codes in the file, {known} of them in the set {set} — was the file made for another indicator set? Use --set (… and {more?} more codes not listed below).',
  },
  DATA_UNKNOWN_INDICATOR: {
    severity: 'error',
    vi: 'Không có chỉ số "{value}" trong bộ chỉ số (mã gần nhất: {hint?}).',
    en: 'The indicator "{value}" is not in the set (closest code: {hint?}).',
  },
  DATA_AMBIGUOUS_INDICATOR: {
    severity: 'error',
    vi: '"{value}" khớp với nhiều chỉ số ({candidates}); dùng mã chỉ số.',
    en: '"{value}" matches several indicators ({candidates}); use the indicator code.',
  },
  DATA_DUPLICATE_INDICATOR: {
    severity: 'error',
    vi: 'Chỉ số {indicator} xuất hiện hai lần (cũng ở {other}).',
    en: 'The indicator {indicator} appears twice (also at {other}).',
  },
  DATA_DUPLICATE_ENTITY: {
    severity: 'error',
    vi: '"{value}" xuất hiện hai lần (cũng ở {other}).',
    en: '"{value}" appears twice (also at {other}).',
  },
  DATA_RATIO_MISMATCH: {
    severity: 'warning',
    vi: 'Giá trị {value} khác tỷ lệ tử số/mẫu số ({ratio}) hơn 0,5 điểm; dùng tỷ lệ.',
    en: 'The value {value} differs from numerator/denominator ({ratio}) by more than 0.5 points; the ratio is used.',
  },
  DATA_RATIO_NOT_APPLICABLE: {
    severity: 'warning',
    vi: 'Chỉ số {indicator} không phải là tỷ lệ; bỏ qua tử số/mẫu số.',
    en: 'The indicator {indicator} is not a ratio; numerator/denominator ignored.',
  },
  DATA_ROWS_SKIPPED: {
    severity: 'info',
    vi: 'Đã bỏ qua các dòng không có chỉ số/đơn vị (ghi chú, chữ ký, dòng tiêu đề nhóm): {count}.',
    en: 'Rows without an indicator or entity skipped (notes, signatures, section titles): {count}.',
  },
  DATA_EVIDENCE_MISSING: {
    severity: 'warning',
    vi: 'Chỉ số {indicator} cần tài liệu kiểm chứng nhưng ô minh chứng trống.',
    en: 'The indicator {indicator} requires evidence but none is given.',
  },
  DATA_LOOKS_LIKE_FRACTION: {
    severity: 'warning',
    vi: 'Mọi giá trị của {indicator} nằm trong (0, 1] trong khi mục tiêu là {target}%: có thể đã nhập phân số thay vì phần trăm (giữ nguyên giá trị).',
    en: 'Every value of {indicator} lies in (0, 1] while the target is {target}%: they look like fractions, not percents (values kept).',
  },
  DATA_INVALID_YEAR: {
    severity: 'error',
    vi: 'Năm "{value}" không hợp lệ (cần một năm 1900–2100).',
    en: 'The year "{value}" is not valid (expected a year 1900–2100).',
  },
  DATA_CONFLICTING_YEAR: {
    severity: 'error',
    vi: 'Năm {value} khác năm {other} ở dòng trước; một tệp dạng dọc chỉ có một năm.',
    en: 'The year {value} differs from {other} on an earlier row; a long file holds one year.',
  },
  DATA_CONFLICTING_PROVINCE: {
    severity: 'error',
    vi: 'Tỉnh "{value}" khác tỉnh "{other}" đã nêu trước đó trong tệp.',
    en: 'The province "{value}" differs from "{other}" given earlier in the file.',
  },
  DATA_NO_DATA: {
    severity: 'error',
    vi: 'Bảng có dòng tiêu đề nhưng không có dòng dữ liệu nào.',
    en: 'The table has a header row but no data rows.',
  },
} as const satisfies CatalogueSection;
