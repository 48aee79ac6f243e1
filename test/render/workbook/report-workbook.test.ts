import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  reportWorkbook as reportWorkbookPieces,
  type WorkbookOptions,
} from '../../../src/render/workbook/report-workbook.js';
import {
  FULL_VALUES,
  PARTIAL_VALUES,
  fakeFinding,
  fakeReport,
  manyEntities,
} from '../../helpers/fake-report.js';
import { libreOfficeSheetCsv, skipLibreOffice } from '../../helpers/libreoffice.js';

import {
  ExcelJS,
  headerColumn as column,
  loadWorkbook as load,
  sheetNamed as sheet,
  type Workbook,
  type Worksheet,
} from '../../helpers/workbook-readback.js';
import { joinedBytes } from '../../helpers/joined-bytes.js';

const reportWorkbook = joinedBytes(reportWorkbookPieces);

const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const options = (lang: 'vi' | 'en' = 'vi'): WorkbookOptions => ({
  lang,
  toolVersion: '9.9.9',
  inputs: [{ file: 'dongnai.xlsx', sha256: 'ab'.repeat(32) }],
  date,
});

/** The value in column `header` of the first row whose first column is `key`. */
function lookup(ws: Worksheet, key: string, header = 'Giá trị') {
  const col = column(ws, header);
  for (let r = 2; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(1).value === key) return ws.getRow(r).getCell(col);
  }
  throw new Error(`no row ${key} in ${ws.name}`);
}

/** Conditional formats as ExcelJS reads them back (absent from its type declarations). */
function formats(ws: Worksheet): import('exceljs').ConditionalFormattingOptions[] {
  return (
    ws as unknown as { conditionalFormattings: import('exceljs').ConditionalFormattingOptions[] }
  ).conditionalFormattings;
}

function expectNoLiveContent(workbook: Workbook): void {
  workbook.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.type).not.toBe(ExcelJS.ValueType.Hyperlink);
        expect(cell.formula).toBeUndefined();
        expect(cell.hyperlink).toBeUndefined();
      }),
    );
  });
}

async function expectNoFormulaInZip(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    expect(name).not.toMatch(/hyperlink/i);
    const text = await zip.file(name)?.async('string');
    if (text === undefined) continue;
    expect(text, name).not.toMatch(/<f[\s>]/);
    expect(text, name).not.toMatch(/<hyperlink/);
    if (name.endsWith('.rels')) expect(text, name).not.toMatch(/hyperlink/);
  }
}

const oneReport = () =>
  fakeReport(
    [
      {
        label: '=HYPERLINK("http://evil.example","x")',
        province: { code: '75', name: 'Đồng Nai' },
        values: PARTIAL_VALUES,
        evidence: '@SUM(1)\u0001\u000b tail',
      },
    ],
    [
      fakeFinding(),
      fakeFinding({ severity: 'warning', code: 'DATA_X', value: '=1+1', sheet: null, cell: null }),
    ],
  );

describe('reportWorkbook, one entity', () => {
  it('has the Vietnamese sheets in order', async () => {
    const workbook = await load(await reportWorkbook(oneReport(), options()));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Báo cáo',
      'Tổng hợp',
      'Nhóm chỉ số',
      'Chỉ số',
      'Khoảng cách',
      'Kiểm tra dữ liệu',
      'Phương pháp',
    ]);
  });

  it('has the English sheets with lang en', async () => {
    const workbook = await load(await reportWorkbook(oneReport(), options('en')));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Report',
      'Summary',
      'Groups',
      'Indicators',
      'Gaps',
      'Data checks',
      'Method',
    ]);
    for (const ws of workbook.worksheets) expect(ws.name.length).toBeLessThanOrEqual(31);
  });

  it('stores numbers as numbers with formats and the province code as text', async () => {
    const workbook = await load(await reportWorkbook(oneReport(), options()));
    const summary = sheet(workbook, 'Tổng hợp');
    const code = lookup(summary, 'Mã tỉnh');
    expect(code.value).toBe('75');
    expect(code.numFmt).toBe('@');
    expect(lookup(summary, 'Điểm').value).toBeCloseTo(35, 9);
    expect(lookup(summary, 'Điểm').numFmt).toBe('0.00');
    expect(lookup(summary, 'Chỉ số tổng hợp').value).toBeCloseTo(0.35, 9);
    expect(lookup(summary, 'Chỉ số tổng hợp').numFmt).toBe('0.0%');
    expect(lookup(summary, 'Độ phủ số liệu').numFmt).toBe('0.0%');
    expect(lookup(summary, 'Số lỗi').value).toBe(1);
    expect(lookup(summary, 'Số cảnh báo').value).toBe(1);

    const indicators = sheet(workbook, 'Chỉ số');
    const achievement = lookup(indicators, 'HT.BR.01', 'Tỷ lệ đạt');
    expect(achievement.value).toBe(0.75);
    expect(achievement.numFmt).toBe('0.0%');
    expect(lookup(indicators, 'HT.BR.01', 'Điểm').numFmt).toBe('0.00');
    expect(lookup(indicators, 'HT.BR.01', 'Giá trị').value).toBe(60);
    expect(lookup(indicators, 'HT.BR.01', 'Chỉ tiêu').value).toBe(80);
    expect(lookup(indicators, 'HT.02', 'Giá trị').value).toBe('Không');
    expect(lookup(indicators, 'CQ.01', 'Giá trị').value).toBe('Trung bình');
    expect(lookup(indicators, 'HT.BR.02', 'Chỉ tiêu').value).toBe('≥ 100: 100%; ≥ 50: 50%');
    expect(lookup(indicators, 'HT.BR.01', 'Mức đạt').value).toBe('Gần đạt');
    expect(lookup(indicators, 'CQ.02', 'Mức đạt').value).toBe('Thiếu số liệu');
    expect(lookup(indicators, 'HT.BR.01', 'Lĩnh vực').value).toBe('Hạ tầng');
    expect(lookup(indicators, 'HT.BR.01', 'Nhóm chỉ số').value).toBe('Băng rộng');

    const groups = sheet(workbook, 'Nhóm chỉ số');
    const cq = groups.getRow(4);
    expect(cq.getCell(2).value).toBe('CQ');
    expect(cq.getCell(6).value).toBeCloseTo(0.25, 9);
    expect(cq.getCell(6).numFmt).toBe('0.0%');
    expect(cq.getCell(7).value).toBe('Rất xa');

    const gaps = sheet(workbook, 'Khoảng cách');
    expect(gaps.getRow(2).getCell(1).value).toBe(1);
    // HT.02 (false) and CQ.02 (missing) both lose 20 points: code order breaks the tie.
    expect(gaps.getRow(2).getCell(2).value).toBe('CQ.02');
    expect(gaps.getRow(3).getCell(2).value).toBe('HT.02');
    expect(gaps.getRow(2).getCell(5).value).toBe(20);
  });

  it('freezes and filters the header of every table sheet, with bold headers', async () => {
    const workbook = await load(await reportWorkbook(oneReport(), options()));
    // The cover (first) is a page, not a table.
    for (const ws of workbook.worksheets.slice(1)) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getRow(1).getCell(1).font?.bold, ws.name).toBe(true);
      expect(ws.getColumn(1).width, ws.name).toBeGreaterThanOrEqual(6);
      for (let c = 1; c <= ws.columnCount; c++) {
        // ExcelJS reads a run of equal widths (<col min=8 max=9>) back onto its first column only.
        const width = ws.getColumn(c).width;
        if (width === undefined) continue;
        expect(width).toBeGreaterThanOrEqual(6);
        expect(width).toBeLessThanOrEqual(100);
      }
    }
  });

  it('has data bars on achievement and band fills on the band column', async () => {
    const workbook = await load(await reportWorkbook(oneReport(), options()));
    const rules = formats(sheet(workbook, 'Chỉ số')).flatMap((cf) =>
      cf.rules.map((rule) => ({ ref: cf.ref, rule })),
    );
    expect(rules.some(({ ref, rule }) => rule.type === 'dataBar' && ref.startsWith('I2'))).toBe(
      true,
    );
    const bandRules = rules.filter(({ rule }) => rule.type === 'expression');
    expect(bandRules.length).toBe(5);
    expect(bandRules.map(({ rule }) => (rule as { formulae: string[] }).formulae[0])).toContain(
      '$N2="Đạt"',
    );
  });

  it('writes input text as inert strings: no formulas, no hyperlinks, no control characters', async () => {
    const bytes = await reportWorkbook(oneReport(), options());
    const workbook = await load(bytes);
    expectNoLiveContent(workbook);
    await expectNoFormulaInZip(bytes);
    const summary = sheet(workbook, 'Tổng hợp');
    expect(lookup(summary, 'Đơn vị').value).toBe('=HYPERLINK("http://evil.example","x")');
    const evidence = lookup(sheet(workbook, 'Chỉ số'), 'HT.BR.01', 'Tài liệu kiểm chứng');
    expect(evidence.value).toBe('@SUM(1)\uFFFD\uFFFD tail');
    const checks = sheet(workbook, 'Kiểm tra dữ liệu');
    expect(checks.getRow(3).getCell(column(checks, 'Giá trị nhập')).value).toBe('=1+1');
  });

  it('caps cell text at 32,767 characters', async () => {
    const report = oneReport();
    report.entities[0]!.indicators[0]!.evidence = 'x'.repeat(40_000);
    const workbook = await load(await reportWorkbook(report, options()));
    const evidence = lookup(sheet(workbook, 'Chỉ số'), 'HT.BR.01', 'Tài liệu kiểm chứng');
    expect(String(evidence.value).length).toBe(32_767);
  });

  it('lists findings and the method with inputs, version and date', async () => {
    const workbook = await load(await reportWorkbook(oneReport(), options()));
    const checks = sheet(workbook, 'Kiểm tra dữ liệu');
    expect(checks.getRow(2).getCell(1).value).toBe('Lỗi');
    expect(checks.getRow(2).getCell(2).value).toBe('DATA_NOT_A_NUMBER');
    expect(checks.getRow(2).getCell(3).value).toBe('dongnai.xlsx › Số liệu!H12');
    expect(checks.getRow(2).getCell(7).value).toBe('H12');
    const method = sheet(workbook, 'Phương pháp');
    const texts: string[] = [];
    method.eachRow((row) => texts.push(String(row.getCell(2).value)));
    expect(texts).toContain('dongnai.xlsx');
    expect(texts).toContain('ab'.repeat(32));
    expect(texts).toContain('9.9.9');
    expect(texts).toContain('2026-01-02 03:04');
    expect(texts.some((text) => text.includes('DTI'))).toBe(true);
  });

  it('is deterministic: creator and dates come from the options', async () => {
    const workbook = await load(await reportWorkbook(oneReport(), options()));
    expect(workbook.creator).toBe('smartcity');
    expect(workbook.created.toISOString()).toBe(date.toISOString());
    expect(workbook.modified.toISOString()).toBe(date.toISOString());
  });
});

describe('reportWorkbook, several entities', () => {
  const report = () =>
    fakeReport([...manyEntities(4), { label: '+cmd|calc', province: null, values: FULL_VALUES }]);

  it('fills the matrix and the gap values by indicator code, whatever order the scores come in', async () => {
    const inOrder = report();
    const shuffled = report();
    for (const entity of shuffled.entities) entity.indicators.reverse();
    const read = async (r: typeof inOrder, name: string) => {
      const ws = sheet(await load(await reportWorkbook(r, options())), name);
      const values: unknown[][] = [];
      ws.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      return values;
    };
    for (const name of ['Chỉ số', 'Khoảng cách']) {
      const expected = await read(inOrder, name);
      expect(expected.length, name).toBeGreaterThan(1);
      expect(await read(shuffled, name), name).toEqual(expected);
    }
  });

  it('adds ranking and heat map, and the indicator sheet becomes a matrix', async () => {
    const bytes = await reportWorkbook(report(), options());
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Báo cáo',
      'Tổng hợp',
      'Xếp hạng',
      'Bản đồ nhiệt',
      'Nhóm chỉ số',
      'Chỉ số',
      'Chi tiết chỉ số',
      'Khoảng cách',
      'Kiểm tra dữ liệu',
      'Phương pháp',
    ]);
    const ranking = sheet(workbook, 'Xếp hạng');
    expect(ranking.getRow(2).getCell(1).value).toBe(1);
    expect(ranking.getRow(2).getCell(2).value).toBe('01');
    expect(ranking.getRow(2).getCell(2).numFmt).toBe('@');
    expect(ranking.getRow(5).getCell(1).value).toBe(4);
    expect(ranking.getRow(5).getCell(column(ranking, 'Chỉ số tổng hợp')).numFmt).toBe('0.0%');
    expect(ranking.getRow(1).getCell(column(ranking, 'HT (hạng)')).value).toBe('HT (hạng)');

    const heat = sheet(workbook, 'Bản đồ nhiệt');
    expect(formats(heat).some((cf) => cf.rules[0]?.type === 'colorScale')).toBe(true);
    expect(heat.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });

    const matrix = sheet(workbook, 'Chỉ số');
    // The matrix names its indicators: code and name in the header (spec §9.1).
    expect(matrix.getRow(1).getCell(3).value).toBe('HT.BR.01 Tỷ lệ hộ có cáp quang');
    expect(matrix.getRow(2).getCell(3).value).toBe(1);
    expect(matrix.getRow(2).getCell(3).numFmt).toBe('0.0%');
    expect(formats(matrix).length).toBeGreaterThan(0);

    const summary = sheet(workbook, 'Tổng hợp');
    expect(lookup(summary, 'Số đơn vị').value).toBe(5);
    expect(lookup(summary, 'Chỉ số trung bình').numFmt).toBe('0.0%');
    expectNoLiveContent(workbook);
    await expectNoFormulaInZip(bytes);
  });

  it('writes big batches with the same sheets and formats', async () => {
    const bytes = await reportWorkbook(fakeReport(manyEntities(520)), options('en'));
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((ws) => ws.name)).toContain('Heat map');
    const ranking = sheet(workbook, 'Ranking');
    expect(ranking.rowCount).toBe(521);
    expect(ranking.getRow(2).getCell(2).value).toBe('01');
    expect(ranking.getRow(2).getCell(column(ranking, 'Index')).numFmt).toBe('0.0%');
    expect(ranking.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.created.toISOString()).toBe(date.toISOString());
    expect(formats(sheet(workbook, 'Heat map')).length).toBeGreaterThan(0);
    await expectNoFormulaInZip(bytes);
  });
});

describe('reportWorkbook in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(skipLibreOffice())(
    'opens in LibreOffice and shows the entity and the total',
    async () => {
      const file = join(dir, 'report.xlsx');
      writeFileSync(file, await reportWorkbook(oneReport(), options()));
      const csv = await libreOfficeSheetCsv(file, 'Tổng hợp', join(dir, 'csv'));
      expect(csv).not.toBeNull();
      expect(csv).toContain('=HYPERLINK(""http://evil.example"",""x"")');
      expect(csv).toContain('Điểm,35.00');
      expect(csv).toContain('Chỉ số tổng hợp,35.0%');
      expect(csv).toContain('Mã tỉnh,75');
    },
    120_000,
  );
});
