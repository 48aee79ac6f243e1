import type { CatalogueSection } from './entry.js';

/**
 * The option parser's own complaints (spec §11: commander's "unknown option", "missing
 * argument" …) and the one line of an internal error, so nothing the CLI prints is left in
 * English under `--lang vi`. All exit 2, except RUN_INTERNAL_ERROR (exit 3).
 */
export const usageCodes = {
  RUN_UNKNOWN_OPTION: {
    severity: 'error',
    vi: 'Không có tuỳ chọn {option}; xem --help.',
    en: 'Unknown option {option}; see --help.',
  },
  RUN_UNKNOWN_OPTION_SUGGEST: {
    severity: 'error',
    vi: 'Không có tuỳ chọn {option}; có phải {suggestion}?',
    en: 'Unknown option {option}; did you mean {suggestion}?',
  },
  RUN_UNKNOWN_COMMAND: {
    severity: 'error',
    vi: 'Không có lệnh "{command}"; xem smartcity --help.',
    en: 'Unknown command "{command}"; see smartcity --help.',
  },
  RUN_UNKNOWN_COMMAND_SUGGEST: {
    severity: 'error',
    vi: 'Không có lệnh "{command}"; có phải {suggestion}?',
    en: 'Unknown command "{command}"; did you mean {suggestion}?',
  },
  RUN_MISSING_ARGUMENT: {
    severity: 'error',
    vi: 'Thiếu đối số <{argument}>; xem --help.',
    en: 'Missing argument <{argument}>; see --help.',
  },
  RUN_OPTION_MISSING_VALUE: {
    severity: 'error',
    vi: 'Tuỳ chọn {option} cần một giá trị.',
    en: 'The option {option} needs a value.',
  },
  RUN_TOO_MANY_ARGUMENTS: {
    severity: 'error',
    vi: 'Quá nhiều đối số: cần {expected}, nhận {count}; xem --help.',
    en: 'Too many arguments: {expected} expected, {count} given; see --help.',
  },
  RUN_OPTIONS_CONFLICT: {
    severity: 'error',
    vi: 'Không dùng được {option} cùng với {other}.',
    en: '{option} cannot be used with {other}.',
  },
  RUN_USAGE: {
    severity: 'error',
    vi: 'Dòng lệnh không hợp lệ; xem smartcity --help.',
    en: 'Invalid command line; see smartcity --help.',
  },
  RUN_INTERNAL_ERROR: {
    severity: 'error',
    vi: 'lỗi nội bộ: {message} (chạy lại với --debug để xem chi tiết)',
    en: 'internal error: {message} (run again with --debug for details)',
  },
  RUN_INTERNAL_ERROR_DEBUG: {
    severity: 'error',
    vi: 'lỗi nội bộ: {message}',
    en: 'internal error: {message}',
  },
} as const satisfies CatalogueSection;
