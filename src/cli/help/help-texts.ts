import type { Lang } from '../../core/findings/finding.js';

/**
 * The Vietnamese of every description in `--help` (the English is where each option is
 * defined). Keys: a command path (`indicators check`), an option (`--out`, or `score --out`
 * where one command means something else by it) or an argument (`score <files>`). A command's
 * own key wins over the shared one. test/cli/help.test.ts fails on any description without one.
 */
export const HELP_VI: Readonly<Record<string, string>> = {
  '': 'Chấm điểm các tỉnh, thành phố theo bộ chỉ số đô thị thông minh.',
  '--version': 'in số phiên bản',
  '--help': 'hiện trợ giúp của lệnh',
  help: 'hiện trợ giúp của một lệnh',
  '--set': 'bộ chỉ số: mã bộ có sẵn hoặc tệp YAML (mặc định: vn-smartcity)',
  '--lang': 'ngôn ngữ của nhãn và thông báo',
  '--color': 'luôn dùng màu (cũng như FORCE_COLOR)',
  '--no-color': 'không dùng màu (cũng như NO_COLOR, hoặc khi không phải terminal)',
  '--quiet': 'chỉ in kết quả và lỗi',
  '--debug': 'in vết ngăn xếp (stack trace) của lỗi nội bộ',
  '--config': 'tệp cấu hình dự án (mặc định: smartcity.config.yaml, tìm lên các thư mục cha)',
  '--no-config': 'bỏ qua smartcity.config.yaml',

  '--province': 'tỉnh của một tệp dạng dọc (thay cho thông tin trong tệp)',
  '--year': 'năm báo cáo (thay cho thông tin trong tệp)',
  '--sheet': 'trang tính cần đọc (trang ẩn chỉ theo tên)',
  '--encoding': 'bảng mã của tệp CSV',
  '--decimal': 'dấu thập phân của số viết dạng chữ',
  '--missing': 'cách tính giá trị thiếu (thay cho quy định của bộ chỉ số)',
  '--strict': 'coi cảnh báo là lỗi',
  '--max-size': 'kích thước tệp đầu vào lớn nhất, tính bằng MB',
  '--format': 'định dạng đầu ra',
  // Batch-review options (spec §6–§7), ready for the commands that add them.
  '--recursive': 'một thư mục được đưa vào gồm cả các thư mục con',
  '--min-coverage':
    'tỷ lệ điểm có số liệu tối thiểu để được xếp loại, 0–1 hoặc phần trăm (thay cho bộ chỉ số)',
  '--expect': 'liệt kê các đơn vị của đợt chưa nộp hồ sơ',
  '--keep-going':
    'loại các tệp không hợp lệ, chấm điểm và xếp hạng phần còn lại (mã thoát 1 nếu có tệp bị loại)',
  '--split':
    'ghi thêm một sổ tính cho mỗi đơn vị, kèm xếp hạng toàn quốc, vào thư mục này (tạo nếu chưa có)',

  score: 'chấm điểm các tệp số liệu, in tóm tắt, xuất báo cáo (.xlsx, .json, .csv hoặc .html)',
  'score <files>': 'các tệp số liệu (.csv, .xlsx)',
  'score --out': 'đường dẫn báo cáo; phần mở rộng chọn định dạng (.xlsx, .json, .csv, .html)',
  '--rollup':
    'đưa số liệu trước 2025 về 34 đơn vị năm 2025: trung bình mức đạt (scores, như DTI 2024) hoặc trung bình giá trị (values)',
  compare: 'so sánh hai đợt: thay đổi chỉ số tổng hợp, thứ hạng, nhóm và chỉ số của từng đơn vị',
  'compare <before>': 'số liệu đợt trước, hoặc báo cáo JSON của score -o x.json',
  'compare <after>': 'số liệu đợt sau, hoặc báo cáo JSON của score -o x.json',
  'compare --rollup': 'cách đưa một phía trước 2025 về 34 đơn vị năm 2025',
  'compare --format': 'nội dung in ra stdout',
  'compare --out': 'ghi thêm kết quả so sánh: .json, .xlsx hoặc .html',
  'score --no-export': 'chỉ in ra; không ghi báo cáo',
  'score --format': 'nội dung in ra stdout',
  'score --top': 'số khoảng cách (gap) hiện trong terminal',

  validate: 'kiểm tra tệp số liệu theo bộ chỉ số; in các phát hiện, không ghi tệp nào',
  'validate <files>': 'các tệp CSV hoặc Excel',

  gaps: 'in danh sách khoảng cách (gap) ưu tiên của một đơn vị',
  'gaps <file>': 'tệp số liệu (.csv, .xlsx)',
  'gaps --top': 'chỉ hiện n khoảng cách đầu (mặc định: tất cả)',
  'gaps --format': 'nội dung in ra stdout',

  template: 'ghi một sổ nhập liệu (.xlsx) cho bộ chỉ số',
  'template --out': 'nơi ghi mẫu (.xlsx); mặc định template-<bộ>.xlsx',
  'template --province': 'điền sẵn tỉnh',
  'template --year': 'điền sẵn năm báo cáo',

  indicators: 'liệt kê các chỉ số của bộ, hoặc xem một chỉ số',
  'indicators <code>': 'mã chỉ số (không phân biệt hoa thường)',
  'indicators check': 'kiểm tra một tệp YAML bộ chỉ số (mã thoát 0 hợp lệ, 2 không hợp lệ)',
  'indicators check <set>': 'tệp YAML, hoặc mã bộ có sẵn',
  'indicators compile':
    'kiểm tra bộ chỉ số và ghi <bộ>.compiled.json bên cạnh, để nạp nhanh hơn (mã thoát 0; 2 không hợp lệ)',
  'indicators compile <set>': 'tệp YAML',

  provinces: 'liệt kê danh mục tỉnh (34 đơn vị từ 2025-07-01; --era pre-2025 cho 63 đơn vị)',
  'provinces --era': 'đơn vị nào: 34 đơn vị từ 2025, 63 đơn vị trước đó, hoặc tất cả',

  sensitivity: 'thứ hạng vững đến đâu khi trọng số thay đổi (Monte Carlo trên điểm tối đa)',
  'sensitivity <inputs>': 'các tệp số liệu (.csv, .xlsx)',
  'sensitivity --runs': 'số lần chạy (số nguyên ≥ 1)',
  'sensitivity --seed': 'hạt giống số ngẫu nhiên (số nguyên ≥ 0)',
  'sensitivity --weights': 'hệ số lấy trong [1 − f, 1 + f], 0 ≤ f < 1',
  'sensitivity --perturb': 'một hệ số cho mỗi chỉ số hoặc cho mỗi nhóm cấp cao nhất',
  'sensitivity --missing-alt': 'mỗi lần chạy cũng chọn ngẫu nhiên cách tính giá trị thiếu',
  'sensitivity --format': 'nội dung in ra stdout',
  'sensitivity --out': 'ghi thêm kết quả: .json hoặc .xlsx',
};

/**
 * Two examples per command (spec §11), keyed by command path: the command line, then what it
 * does as `tiếng Việt|English`. Shown under "Ví dụ:" / "Examples:".
 */
export const HELP_EXAMPLES: Readonly<Record<string, readonly [string, string][]>> = {
  '': [
    [
      'smartcity score dongnai.xlsx',
      'chấm điểm và ghi dongnai.report.xlsx|score it and write dongnai.report.xlsx',
    ],
    [
      'smartcity validate "submissions/*.xlsx" --lang en',
      'kiểm tra các hồ sơ, thông báo tiếng Anh|check submissions, messages in English',
    ],
  ],
  score: [
    [
      'smartcity score dongnai.xlsx',
      'ghi dongnai.report.xlsx bên cạnh tệp|writes dongnai.report.xlsx beside the file',
    ],
    [
      'smartcity score "submissions/*.xlsx" -o quoc-gia.xlsx',
      'một báo cáo xếp hạng cho nhiều tệp|one ranked report for many files',
    ],
  ],
  compare: [
    [
      'smartcity compare ket-qua-2024.json ket-qua-2025.json',
      'so sánh hai báo cáo JSON của score|compare two JSON reports of score',
    ],
    [
      'smartcity compare 2024/ 2025/ -o so-sanh.xlsx',
      'đợt 2024 (63 tỉnh) được gộp về 34 đơn vị rồi so sánh|the 2024 round (63 provinces) is rolled up to the 34 units, then compared',
    ],
  ],
  validate: [
    [
      'smartcity validate dongnai.xlsx',
      'in các phát hiện; mã thoát 1 nếu có lỗi|prints the findings; exit 1 on an error',
    ],
    [
      'smartcity validate "submissions/*.xlsx" --strict --format github',
      'trong GitHub Actions: cảnh báo cũng là lỗi|in GitHub Actions: warnings fail too',
    ],
  ],
  gaps: [
    [
      'smartcity gaps dongnai.xlsx --top 10',
      '10 khoảng cách mất nhiều điểm nhất|the 10 gaps that lose the most points',
    ],
    [
      'smartcity gaps quoc-gia.csv --province "Đồng Nai"',
      'một tỉnh trong tệp nhiều tỉnh|one province of a multi-province file',
    ],
  ],
  template: [
    [
      'smartcity template -o mau-nhap-lieu.xlsx',
      'mẫu trống cho bộ chỉ số mặc định|a blank form for the default set',
    ],
    [
      'smartcity template --province "Đồng Nai" --year 2025',
      'mẫu đã điền tỉnh và năm|a form with province and year filled in',
    ],
  ],
  indicators: [
    [
      'smartcity indicators HT.NT.01',
      'xem một chỉ số và cách chấm điểm|show one indicator and its scoring',
    ],
    [
      'smartcity indicators --set dti-2022 --format json',
      'bộ DTI 2022, dạng JSON|the DTI 2022 set, as JSON',
    ],
  ],
  'indicators check': [
    ['smartcity indicators check bo-chi-so.yaml', 'kiểm tra tệp bộ chỉ số|check a set file'],
    [
      'smartcity indicators check vn-smartcity --lang en',
      'kiểm tra bộ có sẵn, tiếng Anh|check a bundled set, in English',
    ],
  ],
  'indicators compile': [
    [
      'smartcity indicators compile bo-chi-so.yaml',
      'ghi bo-chi-so.compiled.json|writes bo-chi-so.compiled.json',
    ],
    [
      'smartcity indicators compile sets/tinh.yaml --quiet',
      'không in gì khi thành công|prints nothing on success',
    ],
  ],
  provinces: [
    ['smartcity provinces', '34 đơn vị hiện hành|the 34 current units'],
    [
      'smartcity provinces --era pre-2025 --format json',
      '63 đơn vị trước 2025, dạng JSON|the 63 units before 2025, as JSON',
    ],
  ],
  sensitivity: [
    [
      'smartcity sensitivity "submissions/*.xlsx"',
      '1000 lần chạy, trọng số ±25%|1000 runs, weights ±25%',
    ],
    [
      'smartcity sensitivity quoc-gia.csv --weights 0.1 -o do-nhay.xlsx',
      'trọng số ±10%, ghi sổ tính|weights ±10%, writes a workbook',
    ],
  ],
};

/** The exit codes of spec §1, at the end of every help. */
export function exitCodesHelp(lang: Lang): string {
  return lang === 'vi'
    ? 'Mã thoát:\n' +
        '  0  thành công (cho phép cảnh báo, trừ khi --strict)\n' +
        '  1  số liệu không hợp lệ: có lỗi (hoặc cảnh báo khi --strict) trong tệp đầu vào\n' +
        '  2  không chạy được: tuỳ chọn sai, thiếu tệp, bộ chỉ số hoặc cấu hình không hợp lệ, không ghi được\n' +
        '  3  lỗi nội bộ (lỗi phần mềm); chạy lại với --debug để xem chi tiết\n'
    : 'Exit codes:\n' +
        '  0  success (warnings allowed unless --strict)\n' +
        '  1  invalid data: an error (or a warning with --strict) in an input file\n' +
        '  2  cannot run: bad options, a missing file, an invalid set or configuration, an unwritable output\n' +
        '  3  internal error (a bug); run again with --debug for details\n';
}
