/**
 * Builds fixtures/dongnai.xlsx: an official-style provincial submission (long layout, spec §3.2)
 * for the bundled set, Đồng Nai (75), year 2025. The values are invented but plausible; they are
 * not official statistics.
 *
 * ExcelJS writes a draft to a temporary folder, then LibreOffice opens and re-saves it, so the
 * committed file is what a real spreadsheet application writes (its own styles, shared strings,
 * merged cells, cached formula results). The script reads the result back and prints the cells a
 * reader is most likely to get wrong.
 *
 * Run: `npx tsx scripts/make-dongnai-fixture.ts` (needs `soffice` on the PATH).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { indicatorSetSchema, type GroupInput } from '../src/core/set/indicator-set-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const setPath = join(root, 'indicators', 'vn-smartcity-1.0.yaml');
const outputPath = join(root, 'fixtures', 'dongnai.xlsx');

const SHEET = 'Số liệu';
const HEADERS = [
  'STT',
  'Mã chỉ số',
  'Tên chỉ số',
  'Đơn vị tính',
  'Giá trị',
  'Tử số',
  'Mẫu số',
  'Tài liệu kiểm chứng',
  'Ghi chú',
] as const;
const LAST_COLUMN = 'I';

type Indicator = NonNullable<GroupInput['indicators']>[number];

/** One data row. `value` undefined = the cell stays empty (not reported). */
interface Entry {
  value?: number | string;
  /** Excel number format for the value cell (percent-formatted fractions). */
  numFmt?: string;
  /** A formula whose result is `value`; `{pop}` is replaced by the population cell. */
  formula?: string;
  numerator?: number;
  denominator?: number;
  evidence?: string;
  note?: string;
}

/** Đồng Nai 2025, as a Sở Khoa học và Công nghệ might report it (illustrative values). */
const DATA: Record<string, Entry> = {
  'HT.BR.01': { value: 0.86, numFmt: '0%', note: 'Số liệu của các doanh nghiệp viễn thông' },
  'HT.BR.02': { value: 100 },
  'HT.BR.03': { value: 48.5 },
  'HT.DD.01': {
    value: 'Có',
    evidence: 'Báo cáo phủ sóng 5G của các doanh nghiệp viễn thông trên địa bàn',
  },
  'HT.DD.02': { value: 46.3 },
  'HT.DD.03': { value: 142.6 },
  'HT.DD.04': { value: 98.6 },
  'HT.TB.01': { value: 0.784, numFmt: '0.0%' },
  'HT.TB.02': { value: 79.2 },
  'HT.TB.03': { value: 4491.4, numFmt: '#,##0.0', note: 'Ước tính sau sắp xếp đơn vị hành chính' },
  'HT.NT.01': { value: 100 },
  'HT.NT.02': { numerator: 26, denominator: 40, note: '26/40 cơ sở dữ liệu của tỉnh' },
  'HT.NT.03': { value: 24.7 },
  'HT.NT.04': { value: 87.3 },
  'HT.NT.05': {
    formula: 'ROUND(3850/{pop},2)',
    value: Math.round((3850 / 4491.4) * 100) / 100,
    note: 'Tổng số kết nối IoT (nghìn) chia dân số trung bình',
  },
  'HT.NT.06': { note: 'Chưa có số liệu thống kê' },
  'CQ.DV.01': {
    value: 96.2,
    evidence: 'Quyết định công bố danh mục dịch vụ công trực tuyến toàn trình của UBND tỉnh',
  },
  'CQ.DV.02': { value: 85 },
  'CQ.DV.03': { value: 52.3, note: 'Theo Hệ thống thông tin giải quyết TTHC tỉnh' },
  'CQ.DV.04': { value: 31.5 },
  'CQ.DV.05': { value: 0.91, numFmt: '0%' },
  'CQ.DV.06': { value: 'Có', evidence: 'Báo cáo kết nối của Văn phòng UBND tỉnh' },
  'CQ.NB.01': { value: 93.5 },
  'CQ.NB.02': { value: 71.2 },
  'CQ.NB.03': { value: 100 },
  'CQ.NB.04': { value: 87.4 },
  'CQ.DH.01': {
    value: 'Đang triển khai',
    evidence: 'Kế hoạch nâng cấp Trung tâm IOC tỉnh sau hợp nhất',
    note: 'Đang tích hợp hệ thống của tỉnh Bình Phước (cũ)',
  },
  'CQ.DH.02': { value: 100 },
  'CQ.DH.03': { value: 76.5, evidence: 'Các quyết định phê duyệt cấp độ an toàn hệ thống' },
  'DV.YT.01': { value: 0.72, numFmt: '0%' },
  'DV.YT.02': { value: 88.6 },
  'DV.YT.03': { value: 28 },
  'DV.YT.04': { value: 67.9 },
  'DV.GD.01': { value: 92.4 },
  'DV.GD.02': { value: 100 },
  'DV.GD.03': { value: 58.7 },
  'DV.GT.01': {
    value: 66.7,
    note: 'Cao tốc TP.HCM - Long Thành - Dầu Giây, Phan Thiết - Dầu Giây',
  },
  'DV.TI.01': { value: 19.6 },
  'DV.TI.02': { value: 52 },
  'DV.TI.03': {},
  'DV.MT.01': { value: 97.8 },
  'DV.DL.01': { value: 100 },
  'KT.QM.01': { value: 9.4, note: 'Số liệu ước tính' },
  'KT.QM.02': { note: 'Chưa có phương pháp tính cấp tỉnh' },
  'KT.QM.03': { value: 8.6 },
  'KT.QM.04': { value: 531250, numFmt: '#,##0' },
  'KT.DN.01': { value: 74.5 },
  'KT.DN.02': { value: 33.8 },
  'KT.NL.01': { value: 1.6 },
  'KT.NL.02': { value: 41.2 },
  'KT.TT.01': { value: 88.2 },
  'KT.TT.02': { value: 71.5 },
};

type IndicatorSet = z.output<typeof indicatorSetSchema>;

function loadSet(): IndicatorSet {
  const doc = parseDocument(readFileSync(setPath, 'utf8'), { version: '1.2', uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(doc.errors.map(String).join('\n'));
  return indicatorSetSchema.parse(doc.toJS());
}

function indicatorsOf(groups: GroupInput[]): Indicator[] {
  return groups.flatMap((g) => [...(g.indicators ?? []), ...indicatorsOf(g.groups ?? [])]);
}

const viName = (name: Indicator['name']): string => (typeof name === 'string' ? name : name.vi);

const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function addInstructions(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Hướng dẫn');
  ws.getColumn(1).width = 110;
  const lines = [
    'HƯỚNG DẪN NHẬP SỐ LIỆU',
    '',
    '1. Nhập số liệu của năm báo cáo vào cột "Giá trị" của sheet "Số liệu"; không sửa mã chỉ số.',
    '2. Chỉ số tỷ lệ (%): nhập số từ 0 đến 100 (ví dụ 85,5) hoặc định dạng ô kiểu phần trăm.',
    '3. Có thể nhập tử số và mẫu số thay cho giá trị; công cụ tự tính tỷ lệ.',
    '4. Chỉ số có/không: nhập "Có" hoặc "Không". Chỉ số theo mức: nhập đúng tên mức.',
    '5. Chưa có số liệu: để trống ô "Giá trị" và ghi lý do vào cột "Ghi chú".',
    '6. Ghi tên, số hiệu tài liệu kiểm chứng với các chỉ số yêu cầu minh chứng.',
  ];
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
}

function addDataSheet(wb: ExcelJS.Workbook, set: IndicatorSet): void {
  const ws = wb.addWorksheet(SHEET, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 },
  });
  const widths = [6, 11, 62, 12, 12, 9, 9, 40, 34];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const title = (row: number, text: string, bold: boolean, size = 12): void => {
    ws.mergeCells(`A${row}:${LAST_COLUMN}${row}`);
    const cell = ws.getCell(`A${row}`);
    cell.value = text;
    cell.font = { bold, size };
    cell.alignment = { horizontal: 'center' };
  };
  title(1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true);
  title(2, 'Độc lập - Tự do - Hạnh phúc', true);
  title(4, 'BIỂU TỔNG HỢP SỐ LIỆU CHỈ SỐ ĐÔ THỊ THÔNG MINH', true, 14);
  title(5, '(Theo bộ chỉ số vn-smartcity, phiên bản 1.0)', false, 11);
  ws.getCell('A5').font = { italic: true };

  ws.mergeCells('A6:C6');
  ws.getCell('A6').value = 'Tỉnh/Thành phố: Đồng Nai';
  ws.getCell('A6').font = { bold: true };
  ws.mergeCells('E6:G6');
  ws.getCell('E6').value = 'Năm: 2025';
  ws.getCell('E6').font = { bold: true };

  const headerRow = 8;
  HEADERS.forEach((h, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = box;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];

  const indicators = indicatorsOf(set.groups);
  const missingData = indicators.filter((i) => !(i.code in DATA)).map((i) => i.code);
  const extraData = Object.keys(DATA).filter((c) => !indicators.some((i) => i.code === c));
  if (missingData.length > 0 || extraData.length > 0) {
    throw new Error(`DATA out of step with the set: missing ${missingData}, extra ${extraData}`);
  }
  const rowOf = new Map(indicators.map((ind, i) => [ind.code, headerRow + 1 + i]));
  const popCell = `E${rowOf.get('HT.TB.03')}`;

  indicators.forEach((ind, i) => {
    const entry = DATA[ind.code]!;
    const row = ws.getRow(headerRow + 1 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = ind.code;
    row.getCell(3).value = viName(ind.name);
    const shownUnit = ind.type === 'boolean' || ind.type === 'level' ? '' : (ind.unit ?? '');
    if (shownUnit !== '') row.getCell(4).value = shownUnit;
    const valueCell = row.getCell(5);
    if (entry.formula !== undefined) {
      valueCell.value = {
        formula: entry.formula.replace('{pop}', popCell),
        result: entry.value as number,
      };
    } else if (entry.value !== undefined) {
      valueCell.value = entry.value;
    }
    if (entry.numFmt !== undefined) valueCell.numFmt = entry.numFmt;
    if (entry.numerator !== undefined) row.getCell(6).value = entry.numerator;
    if (entry.denominator !== undefined) row.getCell(7).value = entry.denominator;
    if (entry.evidence !== undefined) row.getCell(8).value = entry.evidence;
    if (entry.note !== undefined) row.getCell(9).value = entry.note;
    for (let c = 1; c <= HEADERS.length; c++) {
      const cell = row.getCell(c);
      cell.border = box;
      cell.alignment = {
        vertical: 'middle',
        wrapText: c === 3 || c >= 8,
        horizontal: c === 1 || c === 4 ? 'center' : c === 5 ? 'right' : 'left',
      };
    }
  });

  // Footer: a note, the date line and the signature block. Columns B and C (the indicator
  // columns) stay empty so the rows cannot be mistaken for data.
  const last = headerRow + indicators.length;
  ws.getCell(`A${last + 2}`).value =
    'Ghi chú: số liệu năm 2025 là số ước thực hiện đến 31/12/2025; ô để trống là chưa có số liệu.';
  ws.getCell(`A${last + 2}`).font = { italic: true };
  const place = (
    from: string,
    to: string,
    row: number,
    text: string,
    font: Partial<ExcelJS.Font>,
  ) => {
    ws.mergeCells(`${from}${row}:${to}${row}`);
    const cell = ws.getCell(`${from}${row}`);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center' };
  };
  place('G', 'I', last + 4, 'Đồng Nai, ngày 15 tháng 01 năm 2026', { italic: true });
  place('D', 'E', last + 5, 'Người lập biểu', { bold: true });
  place('G', 'I', last + 5, 'Thủ trưởng đơn vị', { bold: true });
  place('D', 'E', last + 6, '(Ký, ghi rõ họ tên)', { italic: true });
  place('G', 'I', last + 6, '(Ký tên, đóng dấu)', { italic: true });
}

/** Opens the draft in LibreOffice and saves it again as .xlsx into `outDir`. */
function resaveWithLibreOffice(draft: string, outDir: string, profileDir: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      draft,
    ],
    { stdio: 'inherit', timeout: 180_000 },
  );
  return join(outDir, 'dongnai.xlsx');
}

async function report(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  console.log('sheets:', wb.worksheets.map((w) => `${w.name} (${w.state})`).join(', '));
  const ws = wb.getWorksheet(SHEET);
  if (ws === undefined) throw new Error(`no sheet ${SHEET}`);
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  console.log('merged:', merges.join(' '));
  const show = (address: string): void => {
    const cell = ws.getCell(address);
    console.log(`${address}: ${JSON.stringify(cell.value)}  numFmt=${JSON.stringify(cell.numFmt)}`);
  };
  ['A1', 'A2', 'A4', 'A6', 'E6', 'A8', 'E8', 'I8'].forEach(show);
  ws.eachRow((row, n) => {
    if (n <= 8) return;
    const code = row.getCell(2).value;
    const value = row.getCell(5).value;
    const formatted = (row.getCell(5).numFmt ?? 'General') !== 'General';
    const isFormula = value !== null && typeof value === 'object';
    const isRatio = row.getCell(6).value !== null;
    if (typeof code === 'string' && (formatted || isFormula || isRatio || value === null)) {
      show(`E${n}`);
      if (isRatio) ['F', 'G'].forEach((c) => show(`${c}${n}`));
    }
    if (code === null && row.getCell(1).value !== null) show(`A${n}`);
    if (code === null && row.getCell(4).value !== null) show(`D${n}`);
    if (code === null && row.getCell(7).value !== null) show(`G${n}`);
  });
  console.log('bytes:', statSync(path).size);
}

async function main(): Promise<void> {
  const set = loadSet();
  const work = mkdtempSync(join(tmpdir(), 'dongnai-fixture-'));
  try {
    const draftDir = join(work, 'draft');
    const outDir = join(work, 'out');
    const draft = join(draftDir, 'dongnai.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Sở Khoa học và Công nghệ tỉnh Đồng Nai';
    wb.created = new Date(Date.UTC(2026, 0, 15, 2, 0, 0));
    wb.modified = wb.created;
    addInstructions(wb);
    addDataSheet(wb, set);
    // Saved while looking at the data sheet, as a submitter would. (A headless LibreOffice
    // conversion has no view, so the frozen header rows of the draft do not survive it.)
    wb.views = [
      {
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
        firstSheet: 0,
        activeTab: 1,
        visibility: 'visible',
      },
    ];
    mkdirSync(draftDir, { recursive: true });
    await wb.xlsx.writeFile(draft);
    const saved = resaveWithLibreOffice(draft, outDir, join(work, 'profile'));
    copyFileSync(saved, outputPath);
    console.log(`wrote ${outputPath}`);
    await report(outputPath);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
