/**
 * Regenerates fixtures/libreoffice/*.xlsx: workbooks SAVED BY LIBREOFFICE, whose XML differs from
 * ExcelJS's (uppercase date formats, its own shared strings and styles, recalculated results).
 * Each draft is written with ExcelJS into a temporary directory and converted by
 * `soffice --headless --convert-to xlsx`. The expected cells (the *.expected.json twins) are
 * written from the same definitions below — what a person sees in Calc — never from reading the
 * output back.
 *
 * Run: npx tsx scripts/make-libreoffice-fixtures.ts   (needs soffice on PATH)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

type Expected = {
  value: string | number | boolean | null;
  percent?: true;
  problem?: string;
  errorText?: string;
};

interface FixtureCell {
  /** What the draft holds (an ExcelJS cell value). */
  draft: ExcelJS.CellValue;
  numFmt?: string;
  /** What a reader must return for the LibreOffice-saved file. */
  expect: Expected;
}

interface FixtureSheet {
  name: string;
  state?: 'visible' | 'hidden';
  merges?: string[];
  cells: Record<string, FixtureCell>;
}

const text = (s: string): FixtureCell => ({ draft: s, expect: { value: s } });
const num = (n: number): FixtureCell => ({ draft: n, expect: { value: n } });

const fixtures: Record<string, FixtureSheet[]> = {
  'percent-formula': [
    {
      name: 'Hướng dẫn',
      cells: {
        A1: text('Hướng dẫn điền số liệu'),
        A2: text('Điền giá trị vào trang "Dữ liệu"; tỷ lệ nhập dạng phần trăm.'),
      },
    },
    {
      name: 'Dữ liệu',
      merges: ['A1:C1'],
      cells: {
        A1: text('BÁO CÁO CHỈ SỐ ĐÔ THỊ THÔNG MINH'),
        A2: text('Tỉnh/Thành phố: Đồng Nai'),
        A4: text('Mã chỉ số'),
        B4: text('Giá trị'),
        C4: text('Ghi chú'),
        A5: text('HT.BR.01'),
        B5: { draft: 0.57, numFmt: '0%', expect: { value: 57, percent: true } },
        A6: text('HT.BR.02'),
        B6: { draft: 0.855, numFmt: '0.0%', expect: { value: 85.5, percent: true } },
        A7: text('HT.BR.03'),
        B7: { draft: { formula: 'B8*2', result: 24 }, expect: { value: 24 } },
        A8: text('HT.BR.04'),
        B8: num(12),
        A9: {
          draft: { richText: [{ text: 'HT.' }, { font: { bold: true }, text: 'BR.05' }] },
          expect: { value: 'HT.BR.05' },
        },
        B9: num(1234.5),
        C9: {
          draft: { richText: [{ text: 'Số liệu ' }, { font: { italic: true }, text: 'ước tính' }] },
          expect: { value: 'Số liệu ước tính' },
        },
        A10: text('HT.BR.06'),
        B10: {
          draft: { formula: 'B5/2', result: 0.285 },
          numFmt: '0.0%',
          expect: { value: 28.5, percent: true },
        },
      },
    },
  ],
  'hidden-and-errors': [
    {
      name: 'Dữ liệu',
      cells: {
        A1: text('Mã chỉ số'),
        B1: text('Giá trị'),
        A2: text('X.01'),
        B2: {
          draft: { formula: '1/0', result: { error: '#DIV/0!' } },
          expect: { value: null, problem: 'error-value', errorText: '#DIV/0!' },
        },
        A3: text('X.02'),
        B3: {
          draft: new Date(Date.UTC(2025, 6, 1)),
          numFmt: 'dd/mm/yyyy',
          expect: { value: '2025-07-01', problem: 'date' },
        },
        A4: text('X.03'),
        B4: { draft: true, expect: { value: true } },
        A5: text('X.04'),
        B5: { draft: false, expect: { value: false } },
        A6: text('X.05'),
        B6: num(42),
      },
    },
    {
      name: 'Ẩn',
      state: 'hidden',
      cells: { A1: text('Mã chỉ số'), B1: text('Giá trị'), A2: text('X.01'), B2: num(7) },
    },
  ],
};

async function main(): Promise<void> {
  const outDir = resolve('fixtures/libreoffice');
  const work = mkdtempSync(join(tmpdir(), 'smartcity-lo-'));
  try {
    for (const [name, sheets] of Object.entries(fixtures)) {
      const workbook = new ExcelJS.Workbook();
      for (const spec of sheets) {
        const ws = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
        for (const [address, cell] of Object.entries(spec.cells)) {
          ws.getCell(address).value = cell.draft;
          if (cell.numFmt !== undefined) ws.getCell(address).numFmt = cell.numFmt;
        }
        for (const range of spec.merges ?? []) ws.mergeCells(range);
      }
      const draft = join(work, `${name}.xlsx`);
      await workbook.xlsx.writeFile(draft);
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(work, 'profile')}`,
          '--headless',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          outDir,
          draft,
        ],
        { stdio: 'inherit' },
      );
      const expected = {
        source: `${name}.xlsx, saved by LibreOffice Calc from a draft written by scripts/make-libreoffice-fixtures.ts`,
        sheets: sheets.map((s) => ({
          name: s.name,
          hidden: s.state === 'hidden',
          merges: s.merges ?? [],
          cells: Object.fromEntries(Object.entries(s.cells).map(([a, c]) => [a, c.expect])),
        })),
      };
      writeFileSync(
        join(outDir, `${name}.expected.json`),
        `${JSON.stringify(expected, null, 2)}\n`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
