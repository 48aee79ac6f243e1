import type { CatalogueSection } from './entry.js';

/**
 * The project configuration file `smartcity.config.yaml` (spec §11). A bad file is "cannot run"
 * (exit 2): each problem is a finding with the file's line:column, then RUN_CONFIG_INVALID.
 */
export const configCodes = {
  RUN_CONFIG_INVALID: {
    severity: 'error',
    vi: 'Tệp cấu hình {file} không hợp lệ (xem các lỗi ở trên); sửa tệp, hoặc bỏ qua nó với --no-config.',
    en: 'The configuration file {file} is invalid (see the errors above); fix it, or ignore it with --no-config.',
  },
  RUN_CONFIG_NOT_FOUND: {
    severity: 'error',
    vi: 'Không tìm thấy tệp cấu hình {file} (--config).',
    en: 'Configuration file not found: {file} (--config).',
  },
  RUN_CONFIG_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được tệp cấu hình {file} ({reason}).',
    en: 'Cannot read the configuration file {file} ({reason}).',
  },
  RUN_CONFIG_SYNTAX: {
    severity: 'error',
    vi: 'Lỗi cú pháp YAML ({detail}).',
    en: 'YAML syntax error ({detail}).',
  },
  RUN_CONFIG_DUPLICATE_KEY: {
    severity: 'error',
    vi: 'Khoá "{key}" xuất hiện hai lần.',
    en: 'The key "{key}" appears twice.',
  },
  RUN_CONFIG_YAML_FEATURE: {
    severity: 'error',
    vi: 'Tệp cấu hình không được dùng {feature} của YAML.',
    en: 'The configuration file must not use YAML {feature}.',
  },
  RUN_CONFIG_NOT_MAPPING: {
    severity: 'error',
    vi: 'Tệp cấu hình phải là một bảng khoá: giá trị (ví dụ "lang: en").',
    en: 'The configuration file must be a mapping of keys to values (for example "lang: en").',
  },
  RUN_CONFIG_UNKNOWN_KEY: {
    severity: 'error',
    vi: 'Khoá "{key}" không có trong tệp cấu hình (có phải: {hint?}). Các khoá được dùng: {keys}.',
    en: 'Unknown key "{key}" in the configuration file (did you mean: {hint?}). The keys are: {keys}.',
  },
  RUN_CONFIG_CHOICE: {
    severity: 'error',
    vi: 'Giá trị {value} không hợp lệ cho {key}; chọn một trong: {choices}.',
    en: 'Invalid value {value} for {key}; choose one of: {choices}.',
  },
  RUN_CONFIG_BOOLEAN: {
    severity: 'error',
    vi: '{key} cần true hoặc false, không phải {value}.',
    en: '{key} needs true or false, not {value}.',
  },
  RUN_CONFIG_RANGE: {
    severity: 'error',
    vi: '{key} cần một số từ {min} đến {max}, không phải {value}.',
    en: '{key} needs a number from {min} to {max}, not {value}.',
  },
  RUN_CONFIG_TEXT: {
    severity: 'error',
    vi: '{key} cần một chuỗi không rỗng, không phải {value}.',
    en: '{key} needs a non-empty text, not {value}.',
  },
} as const satisfies CatalogueSection;
