import type { CatalogueSection } from './entry.js';

/** Findings about a data file as a container: format, encoding, zip, CSV structure (stage FILE_). */
export const fileCodes = {
  FILE_EMPTY: {
    severity: 'error',
    vi: 'Tệp rỗng, không có dữ liệu.',
    en: 'The file is empty.',
  },
  // --- Text encoding and CSV structure (decode-text, read-csv) ---
  FILE_ENCODING_NOT_UTF8: {
    severity: 'error',
    vi: 'Tệp không phải văn bản UTF-8 (byte lỗi đầu tiên ở dòng {line}). Tệp cũ (Excel, Windows) thường dùng bảng mã Windows-1258: hãy chạy lại với --encoding windows-1258, hoặc lưu lại thành "CSV UTF-8".',
    en: 'The file is not UTF-8 text (first bad byte on line {line}). Older files (Excel, Windows) often use Windows-1258: run again with --encoding windows-1258, or save the file as "CSV UTF-8".',
  },
  FILE_ENCODING_LOOKS_UTF16: {
    severity: 'error',
    vi: 'Tệp có vẻ là văn bản UTF-16 không có BOM. Hãy chạy lại với --encoding {encoding}, hoặc lưu lại thành "CSV UTF-8".',
    en: 'The file looks like UTF-16 text without a BOM. Run again with --encoding {encoding}, or save it as "CSV UTF-8".',
  },
  FILE_ENCODING_INVALID: {
    severity: 'error',
    vi: 'Tệp không phải văn bản {encoding} hợp lệ (byte lỗi đầu tiên ở dòng {line}). Hãy kiểm tra --encoding hoặc lưu lại thành "CSV UTF-8".',
    en: 'The file is not valid {encoding} text (first bad byte on line {line}). Check --encoding, or save the file as "CSV UTF-8".',
  },
  FILE_CSV_FIELD_COUNT: {
    severity: 'error',
    vi: 'Dòng có {found} trường nhưng dòng tiêu đề (dòng {headerLine}) có {expected}. Kiểm tra dấu phân cách ("{delimiter}") và dấu ngoặc kép trong dòng này.',
    en: 'The row has {found} fields but the header row (line {headerLine}) has {expected}. Check the delimiter ("{delimiter}") and the quotes on this row.',
  },
  FILE_CSV_QUOTE: {
    severity: 'error',
    vi: 'Dấu ngoặc kép mở ở dòng {line} không bao giờ được đóng; phần còn lại của tệp không đọc được.',
    en: 'The quote opened on line {line} is never closed; the rest of the file cannot be read.',
  },
  FILE_CSV_RECORD_TOO_LARGE: {
    severity: 'error',
    vi: 'Một dòng dữ liệu dài quá {limitMb} MB (thường do thiếu dấu ngoặc kép đóng hoặc sai dấu phân cách); phần còn lại của tệp không được đọc.',
    en: 'A record is longer than {limitMb} MB (usually a missing closing quote or a wrong delimiter); the rest of the file is not read.',
  },
  FILE_CSV_TOO_MANY_FIELDS: {
    severity: 'error',
    vi: 'Dòng này có hơn {limit} trường (thường do sai dấu phân cách); từ dòng này trở đi tệp không được đọc.',
    en: 'This record has more than {limit} fields (usually a wrong delimiter); the file is not read from this line on.',
  },
  FILE_CSV_TOO_MANY_CELLS: {
    severity: 'error',
    vi: 'Tệp CSV có quá nhiều ô (quá {limit}); phần sau dòng này không được đọc.',
    en: 'The CSV file has too many cells (over {limit}); nothing after this line is read.',
  },
  FILE_CSV_MALFORMED: {
    severity: 'error',
    vi: 'Không đọc tiếp được tệp CSV từ dòng này ({reason}).',
    en: 'The CSV file cannot be read from this line on ({reason}).',
  },
  // --- Workbook and container findings (read-source, zip pre-flight, xlsx reader) ---
  FILE_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp quá lớn ({sizeMb} MB, tối đa {maxMb} MB). Hãy tách tệp hoặc dùng --max-size.',
    en: 'The file is too large ({sizeMb} MB, at most {maxMb} MB). Split it or use --max-size.',
  },
  FILE_TOO_MANY_CELLS: {
    severity: 'error',
    vi: 'Sổ tính có quá nhiều ô (quá {limit} {unit}); chỉ đọc được tối đa {maxRows} dòng và {maxCells} ô.',
    en: 'The workbook has too many cells (over {limit} {unit}); at most {maxRows} rows and {maxCells} cells are read.',
  },
  FILE_NOT_CSV: {
    severity: 'error',
    vi: 'Tệp có đuôi CSV nhưng nội dung là {content}. Hãy đặt đúng đuôi (.xlsx) hoặc lưu lại thành CSV (Save As CSV UTF-8).',
    en: 'The file is named as CSV but holds {content}. Give it the right extension (.xlsx) or save it as CSV (Save As CSV UTF-8).',
  },
  FILE_NOT_SPREADSHEETML: {
    severity: 'error',
    vi: 'Tệp nén không chứa sổ tính Excel .xlsx (nội dung: {format}). Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx (Save As .xlsx).',
    en: 'The zip holds no Excel .xlsx workbook (content: {format}). Open it in Excel or LibreOffice and Save As .xlsx.',
  },
  FILE_UNSUPPORTED_FORMAT: {
    severity: 'error',
    vi: 'Không hỗ trợ định dạng {format}. Hãy lưu thành .xlsx hoặc CSV (Save As .xlsx).',
    en: 'The {format} format is not supported. Save the file as .xlsx or CSV (Save As .xlsx).',
  },
  FILE_XLSX_LEGACY_OR_ENCRYPTED: {
    severity: 'error',
    vi: 'Đây là tệp .xls cũ hoặc sổ tính có mật khẩu. Hãy mở bằng Excel và lưu thành .xlsx (Save As .xlsx) không đặt mật khẩu.',
    en: 'This is an old .xls file or a password-protected workbook. Open it in Excel and Save As .xlsx without a password.',
  },
  FILE_XLSX_ENCRYPTED: {
    severity: 'error',
    vi: 'Sổ tính được bảo vệ bằng mật khẩu (mã hoá). Hãy mở bằng Excel, gỡ mật khẩu (File › Info › Protect Workbook) và lưu lại thành .xlsx.',
    en: 'The workbook is password-protected (encrypted). Open it in Excel, remove the password (File › Info › Protect Workbook) and save it as .xlsx.',
  },
  FILE_XLSX_HTML_OR_XML: {
    severity: 'error',
    vi: 'Tệp không phải sổ tính Excel mà là trang {content} (thường do phần mềm xuất "Excel" dạng web). Hãy mở bằng Excel và lưu thành .xlsx (Save As .xlsx).',
    en: 'The file is not an Excel workbook but {content} (a web-style "Excel" export). Open it in Excel and Save As .xlsx.',
  },
  FILE_XLSX_IS_CSV: {
    severity: 'error',
    vi: 'Tệp có đuôi {extension} nhưng nội dung là văn bản, giống CSV: hãy đổi đuôi thành .csv.',
    en: 'The file is named {extension} but holds text that looks like CSV: rename it to .csv.',
  },
  FILE_XLSX_EXTENSION_MISMATCH: {
    severity: 'warning',
    vi: 'Tệp có đuôi {extension} nhưng thực chất là sổ tính .xlsx; vẫn được đọc. Hãy đổi đuôi thành .xlsx.',
    en: 'The file is named {extension} but is really an .xlsx workbook; it was read anyway. Rename it to .xlsx.',
  },
  FILE_XLSX_TOO_MANY_ENTRIES: {
    severity: 'error',
    vi: 'Tệp .xlsx chứa quá nhiều phần ({count}, tối đa {max}); không đọc để tránh quá tải.',
    en: 'The .xlsx file holds too many parts ({count}, at most {max}); it is not read, to stay safe.',
  },
  FILE_XLSX_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp .xlsx giải nén ra {sizeMb} MB, quá mức cho phép {maxMb} MB ({factor} lần --max-size); không đọc để tránh quá tải. Nếu tệp là thật, hãy tăng --max-size.',
    en: 'The .xlsx file unpacks to {sizeMb} MB, more than the {maxMb} MB allowed ({factor} times --max-size); it is not read, to stay safe. If the file is genuine, raise --max-size.',
  },
  FILE_XLSX_CORRUPT: {
    severity: 'error',
    vi: 'Tệp .xlsx bị hỏng ({detail}). Hãy mở bằng Excel và lưu lại thành .xlsx, hoặc xin lại tệp gốc.',
    en: 'The .xlsx file is damaged ({detail}). Open it in Excel and save it again as .xlsx, or ask for the original file.',
  },
  FILE_XLSX_UNSAFE_ENTRY_NAME: {
    severity: 'error',
    vi: 'Tệp .xlsx chứa phần có tên không an toàn "{entry}" (đường dẫn tuyệt đối hoặc ".."); không đọc.',
    en: 'The .xlsx file holds a part with an unsafe name "{entry}" (absolute path or ".."); it is not read.',
  },
  FILE_XLSX_MACROS_IGNORED: {
    severity: 'warning',
    vi: 'Sổ tính có macro (VBA); macro bị bỏ qua, không bao giờ được chạy.',
    en: 'The workbook contains macros (VBA); they are ignored and never run.',
  },
  FILE_XLSX_NO_WORKSHEETS: {
    severity: 'error',
    vi: 'Sổ tính không có trang tính (worksheet) nào.',
    en: 'The workbook has no worksheets.',
  },
  FILE_XLSX_UNSUPPORTED_CELL: {
    severity: 'error',
    vi: 'Không đọc được giá trị của ô này (kiểu {type}). Hãy nhập lại giá trị dạng số hoặc văn bản.',
    en: 'The value of this cell cannot be read (type {type}). Re-enter it as a number or text.',
  },
  FILE_XLSX_TOO_COMPLEX: {
    severity: 'error',
    vi: 'Sổ tính quá phức tạp để đọc (hơn {max} vùng ô gộp trong một trang). Hãy bỏ gộp ô và lưu lại.',
    en: 'The workbook is too complex to read (more than {max} merged ranges on one sheet). Unmerge the cells and save it again.',
  },
} as const satisfies CatalogueSection;
