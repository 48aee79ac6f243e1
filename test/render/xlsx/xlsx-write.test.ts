import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../src/io/xlsx/read-xlsx.js';
import { DEFAULT_MAX_SIZE } from '../../../src/io/files/read-options.js';
import { zipPreflight } from '../../../src/io/xlsx/zip-preflight.js';
import {
  reportWorkbook as reportWorkbookPieces,
  type WorkbookOptions,
} from '../../../src/render/workbook/report-workbook.js';
import type { SheetSpec } from '../../../src/render/workbook/workbook-sheet.js';
import { xlsxWrite as xlsxWritePieces } from '../../../src/render/xlsx/xlsx-write.js';
import { fakeReport, manyEntities } from '../../helpers/fake-report.js';
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
const xlsxWrite = joinedBytes(xlsxWritePieces);

const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const options: WorkbookOptions = {
  lang: 'vi',
  toolVersion: '9.9.9',
  inputs: [{ file: 'communes.csv', sha256: 'ab'.repeat(32) }],
  date,
};

const FORMULA_LABEL = '=HYPERLINK("http://evil.example","x")';
const AT_LABEL = '@SUM(1)';

/** 520 entities (a big batch: its gap sheet is cut), two with formula-like labels. */
const bigReport = () =>
  fakeReport(
    manyEntities(520).map((entity, index) =>
      index === 0
        ? { ...entity, label: FORMULA_LABEL }
        : index === 1
          ? { ...entity, label: AT_LABEL }
          : entity,
    ),
  );

type Formats = { ref: string; rules: { type: string }[] }[];
function formats(ws: Worksheet): Formats {
  return (ws as unknown as { conditionalFormattings: Formats }).conditionalFormattings;
}

describe('xlsxWrite (big batches)', () => {
  let bytes: Uint8Array;
  let workbook: Workbook;
  beforeAll(async () => {
    bytes = await reportWorkbook(bigReport(), options);
    workbook = await load(bytes);
  });

  it('is written directly, not by ExcelJS', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const app = await zip.file('docProps/app.xml')!.async('string');
    expect(app).toContain('<Application>smartcity</Application>');
    expect(workbook.creator).toBe('smartcity');
    expect(workbook.created.toISOString()).toBe(date.toISOString());
  });

  it('keeps the sheets in order, with a bold frozen header', () => {
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names.slice(0, 4)).toEqual(['Báo cáo', 'Tổng hợp', 'Xếp hạng', 'Bản đồ nhiệt']);
    for (const ws of workbook.worksheets.slice(1)) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold, ws.name).toBe(true);
    }
    const ranking = sheet(workbook, 'Xếp hạng');
    expect(ranking.rowCount).toBe(521);
    expect(ranking.getRow(1).getCell(1).fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFD9E1F2' },
    });
  });

  it('writes numbers as numbers with their format and formula-like text as text', () => {
    const ranking = sheet(workbook, 'Xếp hạng');
    const index = ranking.getRow(2).getCell(column(ranking, 'Chỉ số tổng hợp'));
    expect(typeof index.value).toBe('number');
    expect(index.numFmt).toBe('0.0%');
    expect(ranking.getRow(2).getCell(column(ranking, 'Điểm')).numFmt).toBe('0.00');

    const labels: unknown[] = [];
    const nameColumn = column(ranking, 'Đơn vị');
    workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.type).not.toBe(ExcelJS.ValueType.Hyperlink);
        }),
      ),
    );
    for (let r = 2; r <= ranking.rowCount; r++) {
      labels.push(ranking.getRow(r).getCell(nameColumn).value);
    }
    expect(labels).toContain(FORMULA_LABEL);
    expect(labels).toContain(AT_LABEL);
  });

  it('has an autofilter and the conditional formats', () => {
    const ranking = sheet(workbook, 'Xếp hạng');
    expect(ranking.autoFilter).toBeDefined();
    const heat = formats(sheet(workbook, 'Bản đồ nhiệt'));
    expect(heat.some((f) => f.rules.some((rule) => rule.type === 'colorScale'))).toBe(true);
    const all = workbook.worksheets.flatMap((ws) => formats(ws));
    expect(all.some((f) => f.rules.some((rule) => rule.type === 'expression'))).toBe(true);
    expect(all.some((f) => f.rules.some((rule) => rule.type === 'dataBar'))).toBe(true);
  });

  it('passes our zip pre-flight and reads back with our reader', async () => {
    expect(zipPreflight(bytes, 'report.xlsx').findings).toEqual([]);
    const source = await readXlsx(bytes, 'report.xlsx', {
      encoding: 'auto',
      sheet: null,
      maxSize: DEFAULT_MAX_SIZE,
    });
    expect(source.findings).toEqual([]);
    const ranking = source.sheets.find((s) => s.name === 'Xếp hạng');
    expect(ranking).toBeDefined();
    const text = ranking!.rows.flatMap((row) => row.cells.map((cell) => cell.value));
    expect(text).toContain('Đơn vị 3');
    expect(text).toContain('Đơn vị 520');
    expect(text).toContain(FORMULA_LABEL);
  });

  it('holds no formula or hyperlink anywhere in the package', async () => {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) {
      expect(name).not.toMatch(/hyperlink/i);
      const text = await zip.file(name)!.async('string');
      expect(text, name).not.toMatch(/<f[\s>]/);
      expect(text, name).not.toMatch(/<hyperlink/);
    }
  });

  it('is deterministic: the same date gives the same bytes', async () => {
    const again = await reportWorkbook(bigReport(), options);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('xlsxWrite (text)', () => {
  it('escapes markup and drops characters XML cannot hold', async () => {
    const spec: SheetSpec = {
      name: "A & B's <sheet>",
      columns: [{ header: 'Text' }, { header: 'Number', numFmt: '0.00' }],
      rows: [
        ['<b>&"x"</b>', 1.5],
        ['bad\u0001\u000b\uD800 tail', Number.NaN],
        ['  spaced  ', 1e-7],
      ],
      rules: [],
    };
    const bytes = await xlsxWrite([spec], { date });
    expect(zipPreflight(bytes, 't.xlsx').findings).toEqual([]);
    const workbook = await load(bytes);
    const ws = workbook.worksheets[0]!;
    expect(ws.name).toBe("A & B's <sheet>");
    expect(ws.getCell('A2').value).toBe('<b>&"x"</b>');
    expect(ws.getCell('B2').value).toBe(1.5);
    expect(ws.getCell('A3').value).toBe('bad\uFFFD\uFFFD\uFFFD tail');
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getCell('A4').value).toBe('  spaced  ');
    expect(ws.getCell('B4').value).toBe(1e-7);
  });
});

describe('xlsxWrite in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-direct-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(skipLibreOffice())(
    'opens in LibreOffice and shows the entities',
    async () => {
      const file = join(dir, 'report.xlsx');
      writeFileSync(file, await reportWorkbook(bigReport(), options));
      const csv = await libreOfficeSheetCsv(file, 'Xếp hạng', join(dir, 'csv'));
      expect(csv).not.toBeNull();
      expect(csv).toContain('Đơn vị 3');
      expect(csv).toContain('Đơn vị 520');
      expect(csv).toContain('=HYPERLINK(""http://evil.example"",""x"")');
    },
    120_000,
  );
});

describe('xlsxWrite, wrapped text', () => {
  it('gives a row with long wrapped text the height it needs, and other rows the default', async () => {
    const long =
      'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình '.repeat(
        3,
      );
    const spec: SheetSpec = {
      name: 'Khoảng cách',
      columns: [{ header: 'Mã' }, { header: 'Tên', wrap: true, maxWidth: 40 }],
      rows: [
        ['A', 'ngắn'],
        ['B', long],
        ['C', 'một\nhai\nba'],
      ],
      rules: [],
    };
    const workbook = await load(await xlsxWrite([spec], { date }));
    const ws = sheet(workbook, 'Khoảng cách');
    expect(ws.getRow(2).height ?? 15).toBe(15);
    expect(ws.getRow(3).height).toBeGreaterThanOrEqual(15 * 6);
    expect(ws.getRow(4).height).toBe(45);
    expect(ws.getRow(3).getCell(2).alignment?.wrapText).toBe(true);
    expect(ws.getRow(3).getCell(2).value).toBe(long);
  });
});
