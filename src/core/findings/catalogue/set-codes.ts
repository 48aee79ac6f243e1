import type { CatalogueSection } from './entry.js';

/**
 * Findings about indicator-set YAML files (stage SET_). Almost all are errors: a set is
 * configuration, and a wrong set would score every province wrongly. `{field}` is the key (or
 * `key[index]`) the finding is about; its line and column are in the finding's location.
 */
export const setCodes = {
  // --- The YAML text itself -------------------------------------------------------------------
  SET_YAML_SYNTAX: {
    severity: 'error',
    vi: 'Lỗi cú pháp YAML: {detail}',
    en: 'YAML syntax error: {detail}',
  },
  SET_YAML_DUPLICATE_KEY: {
    severity: 'error',
    vi: 'Khóa "{key}" xuất hiện hai lần trong cùng một bảng; mỗi khóa chỉ được viết một lần.',
    en: 'The key "{key}" appears twice in the same mapping; write each key once.',
  },
  SET_YAML_DIRECTIVE: {
    severity: 'error',
    vi: 'Không chấp nhận chỉ thị "{directive}": tệp luôn được đọc theo YAML 1.2; hãy xóa dòng này.',
    en: 'The directive "{directive}" is not allowed: sets are always read as YAML 1.2; remove the line.',
  },
  SET_YAML_ALIAS: {
    severity: 'error',
    vi: 'Không chấp nhận bí danh YAML "*{name}"; hãy viết đầy đủ giá trị.',
    en: 'YAML aliases ("*{name}") are not allowed; write the value out in full.',
  },
  SET_YAML_ANCHOR: {
    severity: 'error',
    vi: 'Không chấp nhận neo YAML "&{name}"; hãy viết đầy đủ giá trị ở mỗi chỗ.',
    en: 'YAML anchors ("&{name}") are not allowed; write the value out in full where it is used.',
  },
  SET_YAML_TAG: {
    severity: 'error',
    vi: 'Không chấp nhận thẻ YAML "{tag}"; hãy xóa thẻ và viết giá trị thông thường.',
    en: 'The YAML tag "{tag}" is not allowed; remove it and write a plain value.',
  },
  SET_YAML_MULTIPLE_DOCUMENTS: {
    severity: 'error',
    vi: 'Tệp có nhiều hơn một tài liệu YAML (dấu "---"); một tệp chỉ mô tả một bộ chỉ số.',
    en: 'The file holds more than one YAML document ("---"); one file describes one set.',
  },
  SET_YAML_TAB_INDENT: {
    severity: 'error',
    vi: 'Dùng ký tự tab để thụt lề; YAML chỉ cho phép dấu cách.',
    en: 'A tab is used for indentation; YAML allows only spaces.',
  },
  SET_YAML_TOO_DEEP: {
    severity: 'error',
    vi: 'Cấu trúc lồng nhau quá sâu (hơn {limit} cấp); đây không phải một bộ chỉ số hợp lệ.',
    en: 'The nesting is too deep (more than {limit} levels); this is not a plausible indicator set.',
  },
  SET_YAML_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp quá lớn ({size} byte, tối đa {limit} byte) để là một bộ chỉ số.',
    en: 'The file is too large ({size} bytes, at most {limit}) to be an indicator set.',
  },
  SET_YAML_NOT_UTF8: {
    severity: 'error',
    vi: 'Tệp không phải văn bản UTF-8 hợp lệ; hãy lưu lại với mã hóa UTF-8.',
    en: 'The file is not valid UTF-8 text; save it again as UTF-8.',
  },
  SET_YAML_EMPTY: {
    severity: 'error',
    vi: 'Tệp rỗng: không có bộ chỉ số nào.',
    en: 'The file is empty: there is no indicator set in it.',
  },
  SET_YAML_ROOT_NOT_MAPPING: {
    severity: 'error',
    vi: 'Gốc của tệp phải là một bảng khóa–giá trị (id, version, title, groups, …).',
    en: 'The top of the file must be a mapping of keys (id, version, title, groups, …).',
  },

  // --- The shape of the set (schema) ----------------------------------------------------------
  SET_UNKNOWN_KEY: {
    severity: 'error',
    vi: 'Khóa không hợp lệ "{key}"; các khóa được phép: {allowed}.',
    en: 'Unknown key "{key}"; allowed keys: {allowed}.',
  },
  SET_UNKNOWN_KEY_SUGGEST: {
    severity: 'error',
    vi: 'Khóa không hợp lệ "{key}" — có phải ý bạn là "{suggestion}"?',
    en: 'Unknown key "{key}" — did you mean "{suggestion}"?',
  },
  SET_MISSING_KEY: {
    severity: 'error',
    vi: 'Thiếu khóa bắt buộc "{key}".',
    en: 'The required key "{key}" is missing.',
  },
  SET_EXPECTED_TEXT: {
    severity: 'error',
    vi: '"{field}" phải là văn bản, nhưng YAML không đọc {value} là văn bản; hãy đặt trong dấu nháy: "{value}".',
    en: '"{field}" must be text, but YAML does not read {value} as text; put it in quotes: "{value}".',
  },
  SET_EXPECTED_NUMBER: {
    severity: 'error',
    vi: '"{field}" phải là một số, nhưng là {value}; số viết không có dấu nháy, dùng dấu chấm thập phân (0.5, không phải 0,5).',
    en: '"{field}" must be a number, but is {value}; write numbers without quotes and with a decimal point (0.5, not 0,5).',
  },
  SET_EXPECTED_BOOLEAN: {
    severity: 'error',
    vi: '"{field}" phải là true hoặc false, nhưng là {value}; YAML 1.2 đọc yes/no/on/off là văn bản.',
    en: '"{field}" must be true or false, but is {value}; YAML 1.2 reads yes/no/on/off as text.',
  },
  SET_EXPECTED_LIST: {
    severity: 'error',
    vi: '"{field}" phải là một danh sách (các dòng "- …" hoặc [ … ]), nhưng là {value}.',
    en: '"{field}" must be a list ("- …" lines or [ … ]), but is {value}.',
  },
  SET_EXPECTED_MAPPING: {
    severity: 'error',
    vi: '"{field}" phải là một bảng khóa–giá trị, nhưng là {value}.',
    en: '"{field}" must be a mapping of keys, but is {value}.',
  },
  SET_EXPECTED_LOCALIZED: {
    severity: 'error',
    vi: '"{field}" phải là văn bản hoặc { vi: "…", en: "…" }, nhưng là {value}.',
    en: '"{field}" must be text or { vi: "…", en: "…" }, but is {value}.',
  },
  SET_WRONG_TYPE: {
    severity: 'error',
    vi: '"{field}" có kiểu giá trị không đúng: {value}.',
    en: '"{field}" has the wrong kind of value: {value}.',
  },
  SET_INVALID_OPTION: {
    severity: 'error',
    vi: '"{field}" phải là một trong {allowed}, nhưng nhận được "{value}".',
    en: '"{field}" must be one of {allowed}, but got "{value}".',
  },
  SET_EMPTY_TEXT: {
    severity: 'error',
    vi: '"{field}" không được để trống.',
    en: '"{field}" must not be empty.',
  },
  SET_EMPTY_LIST: {
    severity: 'error',
    vi: 'Danh sách "{field}" phải có ít nhất {minimum} mục.',
    en: 'The list "{field}" needs at least {minimum} entries.',
  },
  SET_LIST_LENGTH: {
    severity: 'error',
    vi: '"{field}" phải có đúng {expected} mục.',
    en: '"{field}" must have exactly {expected} entries.',
  },
  SET_NOT_POSITIVE: {
    severity: 'error',
    vi: '"{field}" phải lớn hơn 0, nhưng là {value}.',
    en: '"{field}" must be greater than 0, but is {value}.',
  },
  SET_NUMBER_OUT_OF_RANGE: {
    severity: 'error',
    vi: '"{field}" phải nằm trong khoảng {min}–{max}, nhưng là {value}.',
    en: '"{field}" must be between {min} and {max}, but is {value}.',
  },
  SET_BAD_CODE: {
    severity: 'error',
    vi: 'Mã "{value}" chỉ được dùng chữ cái, chữ số và . _ -',
    en: 'The code "{value}" may only use letters, digits and . _ -',
  },
  SET_BAD_ID: {
    severity: 'error',
    vi: 'id "{value}" phải viết thường, nối bằng gạch ngang (ví dụ vn-smartcity).',
    en: 'The id "{value}" must be kebab-case (for example vn-smartcity).',
  },
  SET_BAD_DATE: {
    severity: 'error',
    vi: '"{field}" phải là ngày dạng YYYY-MM-DD, nhưng là "{value}".',
    en: '"{field}" must be a date written YYYY-MM-DD, but is "{value}".',
  },
  SET_BAD_BAND_ID: {
    severity: 'error',
    vi: 'id mức "{value}" phải là chữ thường (a-z, 0-9, _ -), bắt đầu bằng chữ cái.',
    en: 'The band id "{value}" must be lower case (a-z, 0-9, _ -) and start with a letter.',
  },
  SET_UNKNOWN_METHOD: {
    severity: 'error',
    vi: 'Phương pháp chấm "{value}" không tồn tại; dùng một trong {allowed}.',
    en: 'The scoring method "{value}" does not exist; use one of {allowed}.',
  },
  SET_STEP_BOUND: {
    severity: 'error',
    vi: 'Mỗi bậc phải có đúng một trong "min" (càng cao càng tốt) hoặc "max" (càng thấp càng tốt), cùng với "score".',
    en: 'Each step needs exactly one of "min" (higher is better) or "max" (lower is better), plus "score".',
  },
  SET_INVALID_VALUE: {
    severity: 'error',
    vi: 'Giá trị không hợp lệ ở "{field}".',
    en: 'Invalid value at "{field}".',
  },

  // --- Rules over the whole set (spec §2.1) ---------------------------------------------------
  SET_DUPLICATE_CODE: {
    severity: 'error',
    vi: 'Mã "{code}" trùng với "{other}" (không phân biệt hoa thường) đã dùng ở {otherPath}.',
    en: 'The code "{code}" duplicates "{other}" (ignoring case), already used at {otherPath}.',
  },
  SET_GROUP_BOTH: {
    severity: 'error',
    vi: 'Nhóm "{code}" có cả "groups" và "indicators"; một nhóm chỉ chứa nhóm con hoặc chỉ số, không cả hai.',
    en: 'The group "{code}" has both "groups" and "indicators"; a group holds sub-groups or indicators, never both.',
  },
  SET_GROUP_EMPTY: {
    severity: 'error',
    vi: 'Nhóm "{code}" cần "groups" (nhóm con) hoặc "indicators" (chỉ số).',
    en: 'The group "{code}" needs either "groups" (sub-groups) or "indicators".',
  },
  SET_TOO_DEEP: {
    severity: 'error',
    vi: 'Bộ chỉ số lồng nhau quá sâu (hơn {limit} cấp).',
    en: 'The set is nested too deeply (more than {limit} levels).',
  },
  SET_NO_SCORED_INDICATORS: {
    severity: 'error',
    vi: 'Bộ chỉ số không có chỉ số nào được chấm điểm (tất cả đều là "info").',
    en: 'The set has no scored indicator (all of them are "info").',
  },
  SET_METHOD_TYPE_MISMATCH: {
    severity: 'error',
    vi: 'Phương pháp chấm "{method}" không dùng được cho chỉ số kiểu "{type}" ({expected}).',
    en: 'The scoring method "{method}" does not fit an indicator of type "{type}" ({expected}).',
  },
  SET_ROLLUP_TYPE_MISMATCH: {
    severity: 'error',
    vi: 'Quy tắc gộp "{rule}" không dùng được cho chỉ số kiểu "{type}" ({expected}).',
    en: 'The roll-up rule "{rule}" does not fit an indicator of type "{type}" ({expected}).',
  },
  SET_WORST_REQUIRED: {
    severity: 'error',
    vi: 'Chỉ số "{code}" có direction: lower nên phương pháp target cần "worst" (giá trị cho 0 điểm).',
    en: 'The indicator "{code}" has direction: lower, so its target method needs "worst" (the value scoring 0).',
  },
  SET_TARGET_EQUALS_WORST: {
    severity: 'error',
    vi: '"target" và "worst" cùng bằng {target}; không thể tính mức đạt.',
    en: '"target" and "worst" are both {target}; achievement cannot be computed.',
  },
  SET_SPAN_NOT_FINITE: {
    severity: 'error',
    vi: 'Khoảng cách giữa "target" ({target}) và "worst" ({worst}) quá lớn để tính toán; hãy dùng các số nhỏ hơn.',
    en: 'The distance between "target" ({target}) and "worst" ({worst}) is too large to compute with; use smaller numbers.',
  },
  SET_WORST_WRONG_SIDE: {
    severity: 'error',
    vi: 'Với direction: {direction}, "worst" ({worst}) phải {side} "target" ({target}).',
    en: 'With direction: {direction}, "worst" ({worst}) must be {side} "target" ({target}).',
  },
  SET_STEPS_WRONG_BOUND: {
    severity: 'error',
    vi: 'Với direction: {direction}, các bậc phải dùng "{expected}", không phải "{actual}".',
    en: 'With direction: {direction}, steps must use "{expected}", not "{actual}".',
  },
  SET_STEPS_REPEATED_THRESHOLD: {
    severity: 'error',
    vi: 'Ngưỡng {threshold} xuất hiện ở nhiều bậc.',
    en: 'The threshold {threshold} is used by more than one step.',
  },
  SET_SCORE_OUT_OF_RANGE: {
    severity: 'error',
    vi: 'Điểm "score" phải nằm trong khoảng 0–1, nhưng là {score}.',
    en: 'A "score" must be between 0 and 1, but is {score}.',
  },
  SET_STEPS_NOT_MONOTONE: {
    severity: 'error',
    vi: 'Bậc có ngưỡng tốt hơn ({threshold}) lại có điểm thấp hơn ({score} < {previous}).',
    en: 'A step with a better threshold ({threshold}) has a lower score ({score} < {previous}).',
  },
  SET_STEPS_NO_FULL_SCORE: {
    severity: 'error',
    vi: 'Không có bậc nào đạt điểm 1; mức đạt tối đa phải là 1.',
    en: 'No step scores 1; the best step must score 1.',
  },
  SET_LEVELS_TOO_FEW: {
    severity: 'error',
    vi: 'Phương pháp levels cần ít nhất 2 mức, nhưng có {count}.',
    en: 'The levels method needs at least 2 levels, but has {count}.',
  },
  SET_LEVELS_DUPLICATE_LABEL: {
    severity: 'error',
    vi: 'Nhãn mức "{label}" bị trùng; không thể nhận ra giá trị theo nhãn.',
    en: 'The level label "{label}" is used twice; values could not be matched by label.',
  },
  SET_LEVELS_NOT_ASCENDING: {
    severity: 'warning',
    vi: 'Các mức nên xếp theo thứ tự tăng dần; mức "{label}" có điểm {score} thấp hơn mức trước ({previous}).',
    en: 'Levels should be listed in ascending order; level "{label}" scores {score}, below the one before ({previous}).',
  },
  SET_INFO_WITH_POINTS: {
    severity: 'error',
    vi: 'Chỉ số "info" không được chấm điểm nên không được có "points".',
    en: 'An "info" indicator is not scored, so it must not have "points".',
  },
  SET_RANGE_INVERTED: {
    severity: 'error',
    vi: '"range": giá trị nhỏ nhất ({min}) lớn hơn giá trị lớn nhất ({max}).',
    en: '"range": the minimum ({min}) is greater than the maximum ({max}).',
  },
  SET_TARGET_OUTSIDE_RANGE: {
    severity: 'warning',
    vi: '"{field}" ({value}) nằm ngoài khoảng giá trị hợp lệ của chỉ số [{min}, {max}].',
    en: '"{field}" ({value}) lies outside the indicator\'s valid range [{min}, {max}].',
  },
  SET_BANDS_NO_ZERO: {
    severity: 'error',
    vi: 'Danh sách "bands" cần một mức có min: 0 để mọi mức đạt đều có mức xếp loại.',
    en: 'The "bands" list needs an entry with min: 0, so every achievement falls in a band.',
  },
  SET_BANDS_DUPLICATE_ID: {
    severity: 'error',
    vi: 'id mức "{id}" bị trùng.',
    en: 'The band id "{id}" is used twice.',
  },
  SET_BANDS_DUPLICATE_MIN: {
    severity: 'error',
    vi: 'Hai mức cùng có min: {min}.',
    en: 'Two bands have the same min: {min}.',
  },
  SET_BAND_RESERVED: {
    severity: 'error',
    vi: 'id mức "missing" được dành cho chỉ số không báo cáo; hãy đặt tên khác.',
    en: 'The band id "missing" is reserved for indicators that are not reported; choose another id.',
  },
  SET_RATINGS_DUPLICATE_MIN: {
    severity: 'error',
    vi: 'Hai mức xếp hạng cùng có min: {min}.',
    en: 'Two ratings have the same min: {min}.',
  },
  SET_LEVEL_NAMES_MISMATCH: {
    severity: 'error',
    vi: '"levels.en" có {en} tên nhưng "levels.vi" có {vi}; hai danh sách phải dài bằng nhau.',
    en: '"levels.en" has {en} names but "levels.vi" has {vi}; both lists must be the same length.',
  },

  // --- Points (spec §2.2) ---------------------------------------------------------------------
  SET_POINTS_EXCEED: {
    severity: 'error',
    vi: 'Nhóm "{code}" có {points} điểm nhưng điểm đã ghi của các thành phần cộng lại là {assigned}.',
    en: 'The group "{code}" has {points} points, but the points given to its children add up to {assigned}.',
  },
  SET_POINTS_UNUSED: {
    severity: 'error',
    vi: 'Nhóm "{code}" có {points} điểm nhưng các thành phần chỉ cộng lại {assigned}; {unassigned} điểm không được phân cho ai.',
    en: 'The group "{code}" has {points} points, but its children add up to only {assigned}; {unassigned} points go to no one.',
  },
  SET_POINTS_MISSING: {
    severity: 'error',
    vi: 'Chỉ số "{code}" không có "points" và nhóm "{group}" không có điểm để chia; hãy ghi "points" cho chỉ số hoặc cho nhóm.',
    en: 'The indicator "{code}" has no "points" and its group "{group}" has none to share; give points to the indicator or to the group.',
  },
  SET_POINTS_NONE_LEFT: {
    severity: 'error',
    vi: 'Chỉ số "{code}" không có "points" nhưng nhóm "{group}" không còn điểm để chia ({points} điểm đã ghi hết cho các thành phần khác).',
    en: 'The indicator "{code}" has no "points", but its group "{group}" has none left to share (all {points} are given to other children).',
  },
  SET_TOTAL_MISMATCH: {
    severity: 'error',
    vi: '"total" là {total} nhưng điểm các chỉ số cộng lại là {sum}.',
    en: '"total" is {total}, but the indicator points add up to {sum}.',
  },
} as const satisfies CatalogueSection;
