import type { Lang } from '../../core/findings/finding.js';

/**
 * Fixed texts of the data-entry template. The data headers are exactly the spellings the readers
 * recognise (spec §3.2), so a filled template binds without any guessing.
 */
export interface TemplateLabels {
  sheets: { instructions: string; info: string; data: string; lists: string };
  headers: {
    code: string;
    domain: string;
    group: string;
    name: string;
    unit: string;
    type: string;
    target: string;
    value: string;
    numerator: string;
    denominator: string;
    evidence: string;
    note: string;
  };
  provinceLabel: string;
  yearLabel: string;
  setLabel: string;
  yes: string;
  no: string;
  title: string;
  instructions: (setText: string) => string[];
  typeTableHeaders: [string, string];
  typeHelp: { percent: string; number: string; count: string; boolean: string; level: string };
  infoSuffix: string;
  prompts: {
    title: string;
    errorTitle: string;
    percent: (range: string) => string;
    number: (range: string) => string;
    count: (range: string) => string;
    boolean: string;
    level: string;
    numerator: string;
    denominator: string;
    year: string;
    province: string;
    error: string;
  };
  range: (min: number | null, max: number | null) => string;
}

const vi: TemplateLabels = {
  sheets: { instructions: 'Hướng dẫn', info: 'Thông tin', data: 'Số liệu', lists: 'Danh mục' },
  headers: {
    code: 'Mã chỉ số',
    domain: 'Lĩnh vực',
    group: 'Nhóm chỉ số',
    name: 'Tên chỉ số',
    unit: 'Đơn vị tính',
    type: 'Loại',
    target: 'Chỉ tiêu',
    value: 'Giá trị',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    evidence: 'Tài liệu kiểm chứng',
    note: 'Ghi chú',
  },
  provinceLabel: 'Tỉnh/Thành phố:',
  yearLabel: 'Năm:',
  setLabel: 'Bộ chỉ số:',
  yes: 'Có',
  no: 'Không',
  title: 'Biểu mẫu nhập số liệu chỉ số đô thị thông minh',
  instructions: (setText) => [
    `Bộ chỉ số: ${setText}.`,
    'Bước 1. Trang "Thông tin": chọn tỉnh/thành phố và nhập năm báo cáo (nếu chưa điền sẵn).',
    'Bước 2. Trang "Số liệu": mỗi dòng là một chỉ số. Chỉ nhập vào các ô nền vàng: Giá trị, Tử số và Mẫu số (chỉ với chỉ số tính theo tỷ lệ), Tài liệu kiểm chứng, Ghi chú. Các ô khác đã khoá.',
    'Bước 3. Ghi số hiệu, ngày của văn bản hoặc đường dẫn tài liệu chứng minh số liệu vào cột "Tài liệu kiểm chứng".',
    'Chưa có số liệu: để trống ô Giá trị (không ghi 0 khi chưa có số liệu).',
    'Không thêm, xoá hay đổi tên cột; không sửa cột Mã chỉ số. Lưu tệp ở định dạng .xlsx, không đặt mật khẩu.',
    'Kiểm tra trước khi gửi: smartcity validate <tệp>.xlsx',
  ],
  typeTableHeaders: ['Kiểu chỉ số', 'Cách nhập'],
  typeHelp: {
    percent:
      'Số từ 0 đến 100, không kèm dấu % (ví dụ 85 hoặc 85,5). Với chỉ số có Tử số/Mẫu số, có thể nhập tử số và mẫu số thay cho giá trị.',
    number: 'Một số (ví dụ 12,5), trong khoảng ghi ở lời nhắc của ô.',
    count: 'Số nguyên không âm (ví dụ 120).',
    boolean: 'Chọn Có hoặc Không.',
    level: 'Chọn một mức trong danh sách.',
  },
  infoSuffix: 'thông tin, không chấm điểm',
  prompts: {
    title: 'Nhập số liệu',
    errorTitle: 'Giá trị không hợp lệ',
    percent: (range) => `Tỷ lệ phần trăm ${range}, không kèm dấu %. Để trống nếu chưa có số liệu.`,
    number: (range) => `Một số ${range}. Để trống nếu chưa có số liệu.`,
    count: (range) => `Số nguyên ${range}. Để trống nếu chưa có số liệu.`,
    boolean: 'Chọn Có hoặc Không. Để trống nếu chưa có số liệu.',
    level: 'Chọn một mức trong danh sách. Để trống nếu chưa có số liệu.',
    numerator: 'Tử số (số ≥ 0), nhập cùng Mẫu số thay cho Giá trị.',
    denominator: 'Mẫu số (số > 0), nhập cùng Tử số thay cho Giá trị.',
    year: 'Năm báo cáo, từ 2000 đến 2100.',
    province: 'Chọn tỉnh/thành phố trong danh sách.',
    error: 'Giá trị này không hợp lệ cho ô này. Xem lời nhắc của ô và trang Hướng dẫn.',
  },
  range: (min, max) =>
    min !== null && max !== null
      ? `từ ${min} đến ${max}`
      : min !== null
        ? `từ ${min} trở lên`
        : max !== null
          ? `không quá ${max}`
          : '',
};

const en: TemplateLabels = {
  sheets: { instructions: 'Instructions', info: 'Info', data: 'Data', lists: 'Lists' },
  headers: {
    code: 'Code',
    domain: 'Domain',
    group: 'Group',
    name: 'Indicator name',
    unit: 'Unit',
    type: 'Type',
    target: 'Target',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    evidence: 'Evidence',
    note: 'Note',
  },
  provinceLabel: 'Province:',
  yearLabel: 'Year:',
  setLabel: 'Indicator set:',
  yes: 'Yes',
  no: 'No',
  title: 'Smart city indicator data-entry form',
  instructions: (setText) => [
    `Indicator set: ${setText}.`,
    'Step 1. On the "Info" sheet, choose the province and enter the reporting year (unless they are filled in).',
    'Step 2. On the "Data" sheet each row is one indicator. Type only into the yellow cells: Value, Numerator and Denominator (ratio indicators only), Evidence, Note. Other cells are locked.',
    'Step 3. Put the number and date of the supporting document, or a link to it, in the "Evidence" column.',
    'No data yet: leave the Value cell empty (do not type 0 for missing data).',
    'Do not add, delete or rename columns, and do not edit the codes. Save as .xlsx without a password.',
    'Check before sending: smartcity validate <file>.xlsx',
  ],
  typeTableHeaders: ['Indicator type', 'What to enter'],
  typeHelp: {
    percent:
      'A number from 0 to 100 without a % sign (e.g. 85 or 85.5). Where Numerator/Denominator cells are yellow, you may enter those instead of the value.',
    number: "A number (e.g. 12.5), within the range shown in the cell's prompt.",
    count: 'A whole number, 0 or more (e.g. 120).',
    boolean: 'Choose Yes or No.',
    level: 'Choose one of the levels in the list.',
  },
  infoSuffix: 'info, not scored',
  prompts: {
    title: 'Enter data',
    errorTitle: 'Invalid value',
    percent: (range) => `A percentage ${range}, without a % sign. Leave empty if not available.`,
    number: (range) => `A number ${range}. Leave empty if not available.`,
    count: (range) => `A whole number ${range}. Leave empty if not available.`,
    boolean: 'Choose Yes or No. Leave empty if not available.',
    level: 'Choose a level from the list. Leave empty if not available.',
    numerator: 'Numerator (≥ 0), with the denominator, instead of the value.',
    denominator: 'Denominator (> 0), with the numerator, instead of the value.',
    year: 'Reporting year, 2000 to 2100.',
    province: 'Choose the province from the list.',
    error: "This value is not valid here. See the cell's prompt and the Instructions sheet.",
  },
  range: (min, max) =>
    min !== null && max !== null
      ? `from ${min} to ${max}`
      : min !== null
        ? `of ${min} or more`
        : max !== null
          ? `up to ${max}`
          : '',
};

export function templateLabels(lang: Lang): TemplateLabels {
  return lang === 'en' ? en : vi;
}
