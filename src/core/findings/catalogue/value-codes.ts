import type { CatalogueSection } from './entry.js';

/**
 * Findings about one cell's value against its indicator (stage DATA_, value coercion). Every
 * entry gets `value` (the offending text) among its arguments. DATA_NOT_A_NUMBER lives in
 * data-codes.ts and is shared.
 */
export const valueCodes = {
  DATA_AMBIGUOUS_NUMBER: {
    severity: 'error',
    vi: 'Không rõ "{value}" dùng dấu phẩy hay dấu chấm làm dấu thập phân; dùng --decimal comma|dot.',
    en: 'Cannot tell whether "{value}" uses a decimal comma or point; use --decimal comma|dot.',
  },
  DATA_FORMULA_NO_VALUE: {
    severity: 'error',
    vi: 'Ô có công thức nhưng chưa có kết quả được lưu; hãy mở tệp bằng Excel rồi lưu lại.',
    en: 'The cell holds a formula without a saved result; open the file in Excel and save it again.',
  },
  DATA_CELL_ERROR: {
    severity: 'error',
    vi: 'Ô chứa lỗi "{value}" thay vì một giá trị.',
    en: 'The cell holds the error "{value}" instead of a value.',
  },
  DATA_DATE_NOT_A_VALUE: {
    severity: 'error',
    vi: 'Ô chứa ngày tháng, không phải giá trị của chỉ số.',
    en: 'The cell holds a date, not an indicator value.',
  },
  DATA_CONTROL_CHARACTER: {
    severity: 'error',
    vi: 'Giá trị "{value}" chứa ký tự điều khiển {character}.',
    en: 'The value "{value}" contains the control character {character}.',
  },
  DATA_PERCENT_NOT_EXPECTED: {
    severity: 'error',
    vi: 'Giá trị "{value}" có dấu %, nhưng chỉ số này không tính theo phần trăm.',
    en: 'The value "{value}" has a % sign, but this indicator is not a percentage.',
  },
  DATA_NOT_WHOLE: {
    severity: 'error',
    vi: 'Giá trị "{value}" phải là số nguyên không âm.',
    en: 'The value "{value}" must be a whole number ≥ 0.',
  },
  DATA_OUT_OF_RANGE: {
    severity: 'error',
    vi: 'Giá trị {value} nằm ngoài khoảng cho phép {range}.',
    en: 'The value {value} is outside the allowed range {range}.',
  },
  DATA_NOT_A_BOOLEAN: {
    severity: 'error',
    vi: 'Giá trị "{value}" không phải là có/không (dùng có/không, đạt/không đạt, x, 1/0).',
    en: 'The value "{value}" is not yes/no (use yes/no, có/không, x, 1/0).',
  },
  DATA_UNKNOWN_LEVEL: {
    severity: 'error',
    vi: 'Giá trị "{value}" không phải là một mức hợp lệ; các mức: {labelsVi}.',
    en: 'The value "{value}" is not a valid level; the levels are: {labelsEn}.',
  },
  DATA_RATIO_ZERO_DENOMINATOR: {
    severity: 'error',
    vi: 'Mẫu số bằng 0: không tính được tỷ lệ {numerator}/{denominator}.',
    en: 'The denominator is 0: the ratio {numerator}/{denominator} cannot be computed.',
  },
  DATA_RATIO_NUMERATOR_EXCEEDS: {
    severity: 'error',
    vi: 'Tử số {numerator} lớn hơn mẫu số {denominator}.',
    en: 'The numerator {numerator} is larger than the denominator {denominator}.',
  },
  DATA_RATIO_NEGATIVE: {
    severity: 'error',
    vi: 'Tử số và mẫu số không được âm ({numerator}/{denominator}).',
    en: 'The numerator and denominator must not be negative ({numerator}/{denominator}).',
  },
} as const satisfies CatalogueSection;
