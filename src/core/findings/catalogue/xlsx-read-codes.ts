import type { CatalogueSection } from './entry.js';

/**
 * Findings of the workbook reader and its zip pre-flight (stage FILE_): what the bytes of a cell
 * or a part say that no spreadsheet program writes, and the budgets that keep a hostile workbook
 * from exhausting time or memory.
 */
export const xlsxReadCodes = {
  FILE_XLSX_BAD_NUMBER: {
    severity: 'error',
    vi: 'Ô số chứa "{value}", không phải một số (tệp bị sửa hoặc hỏng). Hãy nhập lại giá trị trong Excel và lưu lại.',
    en: 'The number cell holds "{value}", which is not a number (the file was altered or damaged). Re-enter the value in Excel and save again.',
  },
  FILE_XLSX_BAD_SHARED_STRING: {
    severity: 'error',
    vi: 'Ô trỏ tới chuỗi dùng chung số {index} nhưng tệp chỉ có {count} chuỗi (tệp bị hỏng). Hãy mở bằng Excel và lưu lại.',
    en: 'The cell points to shared text number {index}, but the file holds only {count} (the file is damaged). Open it in Excel and save it again.',
  },
  FILE_XLSX_INFLATE_RATIO: {
    severity: 'error',
    vi: 'Phần {entry} của tệp .xlsx giải nén ra gấp {ratio} lần (tối đa {maxRatio} lần): đây là dấu hiệu của "bom nén"; tệp không được đọc.',
    en: 'The part {entry} of the .xlsx file expands {ratio} times when unpacked (at most {maxRatio} times): the sign of a zip bomb; the file is not read.',
  },
  FILE_XLSX_TOO_SLOW: {
    severity: 'error',
    vi: 'Đọc sổ tính mất quá {seconds} giây nên đã dừng. Hãy chỉ giữ trang dữ liệu, bỏ định dạng thừa và lưu lại.',
    en: 'Reading the workbook took more than {seconds} seconds and was stopped. Keep only the data sheet, drop extra formatting and save it again.',
  },
} as const satisfies CatalogueSection;
