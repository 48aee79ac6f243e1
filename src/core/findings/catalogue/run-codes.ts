import type { CatalogueSection } from './entry.js';

/**
 * "Cannot run" (stage RUN_, exit 2): bad flags, a missing input, an unusable indicator set, a
 * report that cannot be written. Thrown as CannotRunError and printed in the --lang language.
 * Paths and option values are arguments; system errors are given by their code (ENOENT), never
 * by Node's English sentence.
 */
export const runCodes = {
  RUN_OPTION_EMPTY: {
    severity: 'error',
    vi: '{option} cần một giá trị ({wanted}).',
    en: '{option} needs a value ({wanted}).',
  },
  RUN_OPTION_CHOICE: {
    severity: 'error',
    vi: 'Giá trị "{value}" không hợp lệ cho {option}; chọn một trong: {choices}.',
    en: 'Invalid value "{value}" for {option}; choose one of: {choices}.',
  },
  RUN_OPTION_YEAR: {
    severity: 'error',
    vi: '{option} cần một năm bốn chữ số từ {min} đến {max}, không phải "{value}".',
    en: '{option} needs a four-digit year from {min} to {max}, not "{value}".',
  },
  RUN_OPTION_MAX_SIZE: {
    severity: 'error',
    vi: '--max-size cần số megabyte lớn hơn 0 và không quá {max}, không phải "{value}".',
    en: '--max-size needs a number of megabytes above 0 and at most {max}, not "{value}".',
  },
  RUN_OPTION_MIN_COVERAGE: {
    severity: 'error',
    vi: '--min-coverage cần một tỷ lệ từ 0 đến 1 (0.65) hoặc phần trăm (65%), không phải "{value}".',
    en: '--min-coverage needs a share from 0 to 1 (0.65) or a percent (65%), not "{value}".',
  },
  RUN_OPTION_POSITIVE_INTEGER: {
    severity: 'error',
    vi: '{option} cần một số nguyên dương, không phải "{value}".',
    en: '{option} needs a positive whole number, not "{value}".',
  },
  RUN_SET_INVALID: {
    severity: 'error',
    vi: 'Bộ chỉ số {file} không hợp lệ (xem các lỗi ở trên).',
    en: 'The indicator set {file} is invalid (see the errors above).',
  },
  RUN_SET_UNKNOWN: {
    severity: 'error',
    vi: 'Không có bộ chỉ số "{ref}". Các bộ có sẵn: {bundled}; hoặc đưa đường dẫn tới một tệp .yaml.',
    en: 'There is no indicator set "{ref}". Bundled sets: {bundled}; or give the path of a .yaml file.',
  },
  RUN_SET_NOT_A_FILE: {
    severity: 'error',
    vi: 'Bộ chỉ số {file} không phải là một tệp.',
    en: 'The indicator set {file} is not a file.',
  },
  RUN_SET_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được bộ chỉ số {file} ({reason}).',
    en: 'Cannot read the indicator set {file} ({reason}).',
  },
  RUN_INPUT_NOT_FOUND: {
    severity: 'error',
    vi: 'Không tìm thấy tệp {path}.',
    en: 'Input file not found: {path}.',
  },
  RUN_INPUT_NOT_READABLE: {
    severity: 'error',
    vi: 'Không có quyền đọc tệp {path}.',
    en: 'The input file {path} is not readable (permission denied).',
  },
  RUN_INPUT_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được tệp {path} ({reason}).',
    en: 'Cannot read the input file {path} ({reason}).',
  },
  RUN_INPUT_IS_DIRECTORY: {
    severity: 'error',
    vi: '{path} là một thư mục, không phải tệp.',
    en: '{path} is a directory, not a file.',
  },
  RUN_INPUT_NOT_A_FILE: {
    severity: 'error',
    vi: '{path} không phải là một tệp thông thường.',
    en: '{path} is not a regular file.',
  },
  RUN_NO_MATCH: {
    severity: 'info',
    vi: 'Không có tệp dữ liệu nào khớp với {pattern}.',
    en: 'No data file matches {pattern}.',
  },
  RUN_NO_INPUT: {
    severity: 'error',
    vi: 'Không có tệp dữ liệu nào để đọc: {inputs} không khớp với tệp nào.',
    en: 'No data file to read: {inputs} matched no file.',
  },
  RUN_NO_SUCH_ENTITY: {
    severity: 'error',
    vi: '--province "{name}" không khớp đơn vị nào trong dữ liệu. Có phải: {suggestions}?',
    en: '--province "{name}" matches no entity of the input. Did you mean: {suggestions}?',
  },
  RUN_NO_SUCH_ENTITY_MERGED: {
    severity: 'error',
    vi: '--province "{name}": tỉnh này đã sáp nhập vào {successor} ({successorCode}) từ {date}; dữ liệu không có "{name}". Dùng --province "{successor}".',
    en: '--province "{name}": it merged into {successor} ({successorCode}) on {date}; the input has no "{name}". Use --province "{successor}".',
  },
  RUN_REPORT_FORMAT: {
    severity: 'error',
    vi: 'Không ghi được báo cáo dạng "{format}"; dùng -o tên.xlsx, tên.json, tên.csv hoặc tên.html.',
    en: 'Cannot write a report as "{format}"; use -o name.xlsx, name.json, name.csv or name.html.',
  },
  RUN_TEMPLATE_FORMAT: {
    severity: 'error',
    vi: 'Mẫu nhập liệu phải là tệp .xlsx, không phải "{name}"; dùng -o tên.xlsx.',
    en: 'The template must be an .xlsx file, not "{name}"; use -o name.xlsx.',
  },
  RUN_OUTPUT_DIR_MISSING: {
    severity: 'error',
    vi: 'Thư mục "{dir}" không tồn tại.',
    en: 'The directory "{dir}" does not exist.',
  },
  RUN_OUTPUT_DIR_NOT_WRITABLE: {
    severity: 'error',
    vi: 'Không ghi được vào thư mục "{dir}".',
    en: 'Cannot write to the directory "{dir}".',
  },
  RUN_OUTPUT_NAME_TOO_LONG: {
    severity: 'error',
    vi: 'Tên tệp báo cáo "{name}" quá dài (tối đa {max} byte); chọn tên ngắn hơn với -o.',
    en: 'The report name "{name}" is too long (at most {max} bytes); choose a shorter name with -o.',
  },
  RUN_OUTPUT_IS_DIRECTORY: {
    severity: 'error',
    vi: '"{path}" là một thư mục; chọn tên tệp với -o.',
    en: '"{path}" is a directory; choose a file name with -o.',
  },
  RUN_SPLIT_NOT_DIRECTORY: {
    severity: 'error',
    vi: '--split cần một thư mục, nhưng "{path}" là một tệp; chọn thư mục khác.',
    en: '--split needs a folder, but "{path}" is a file; choose another folder.',
  },
  RUN_OUTPUT_IS_INPUT: {
    severity: 'error',
    vi: 'Báo cáo "{path}" sẽ ghi đè lên tệp đầu vào "{input}"; chọn tên khác với -o.',
    en: 'The report "{path}" would overwrite the input "{input}"; choose another name with -o.',
  },
  RUN_WRITE_FAILED: {
    severity: 'error',
    vi: 'Không ghi được "{path}" ({reason}); đóng tệp nếu đang mở trong Excel, hoặc chọn chỗ khác với -o.',
    en: 'Cannot write "{path}" ({reason}); close the file if it is open in Excel, or choose another path with -o.',
  },
  RUN_PROVINCE_UNKNOWN: {
    severity: 'error',
    vi: 'Không nhận ra tỉnh/thành phố "{name}"; có phải: {suggestions}?',
    en: 'Unknown province "{name}"; did you mean: {suggestions}?',
  },
  RUN_PROVINCE_NOT_FOUND: {
    severity: 'error',
    vi: 'Không nhận ra tỉnh/thành phố "{name}"; xem danh sách: smartcity provinces.',
    en: 'Unknown province "{name}"; see the list: smartcity provinces.',
  },
  RUN_PROVINCE_AMBIGUOUS: {
    severity: 'error',
    vi: '"{name}" có thể là nhiều tỉnh/thành phố: {candidates}; dùng mã tỉnh.',
    en: '"{name}" could be several provinces: {candidates}; use the province code.',
  },
  RUN_PROVINCE_MERGED: {
    severity: 'error',
    vi: '{name} đã hợp nhất vào {successor} ({code}) từ {date}; dùng --province {code}.',
    en: '{name} merged into {successor} ({code}) on {date}; use --province {code}.',
  },
  RUN_INDICATOR_UNKNOWN: {
    severity: 'error',
    vi: 'Bộ {set} không có chỉ số "{code}"; có phải {suggestion}?',
    en: 'There is no indicator "{code}" in {set}; did you mean {suggestion}?',
  },
  RUN_INDICATOR_NOT_FOUND: {
    severity: 'error',
    vi: 'Bộ {set} không có chỉ số "{code}"; xem danh sách: smartcity indicators.',
    en: 'There is no indicator "{code}" in {set}; see the list: smartcity indicators.',
  },
  RUN_GAPS_ONE_ENTITY: {
    severity: 'error',
    vi: 'gaps cần đúng một đơn vị; tệp có {count} ({labels}). Chọn một đơn vị với --province <tên|mã>.',
    en: 'gaps needs exactly one entity; the file has {count} ({labels}). Pick one with --province <name|code>.',
  },
} as const satisfies CatalogueSection;
