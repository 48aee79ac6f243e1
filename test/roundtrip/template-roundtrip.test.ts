import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/text/fold-text.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The template's promise (spec §4.4): a template filled in by any program scores with zero
 * errors. Templates are made and scored through the CLI, as a user does; the filler knows
 * nothing of the template's layout beyond what a person sees: it finds the header row of the
 * data sheet by its `Mã chỉ số` / `Giá trị` (or English) headers and writes plain values —
 * numbers, `Có`, level labels, a numerator/denominator pair, an evidence reference.
 *
 * Two independent sets: `small` (three layers, evidence required, a default level score) and
 * `roundtrip` (both directions, steps, a ratio, an info indicator), plus the bundled set.
 */
const SETS = join(import.meta.dirname, '..', 'fixtures', 'template-sets');
const SMALL = join(SETS, 'small.yaml');
const ROUNDTRIP = join(SETS, 'roundtrip.yaml');
const BUNDLED = join(import.meta.dirname, '..', '..', 'indicators', 'vn-smartcity-1.0.yaml');

type Entry = {
  value?: string | number;
  numerator?: number;
  denominator?: number;
  evidence?: string;
};
type Values = Record<string, Entry>;

/** Values that meet every target of the roundtrip set (a ratio given as its two parts). */
const ROUNDTRIP_FULL: Values = {
  'A.1.1': { numerator: 950, denominator: 1000 },
  'A.1.2': { value: 8 },
  'A.2.1': { value: 12 },
  'A.2.2': { value: 'Có' },
  'B.1': { value: 'Hoàn thành' },
  'B.2': { value: 62.5 },
  'B.3': { value: 1234.5 },
};

/** Values that meet every target of the small set, in a Vietnamese template. */
const SMALL_FULL_VI: Values = {
  'HT.BR.01': { numerator: 90, denominator: 100, evidence: 'Báo cáo 12/BC-STTTT' },
  'HT.BR.02': { value: 120 },
  'HT.DL.01': { value: 'Có' },
  'CQ.01': { value: 'Cao' },
  'CQ.02': { value: 2 },
  'CQ.03': { value: 3_200_000 },
};

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smartcity-roundtrip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Columns {
  headerRow: number;
  code: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  evidence: number | null;
}

/** The data columns of a sheet, found by their headers in either language; null elsewhere. */
function findColumns(sheet: ExcelJS.Worksheet): Columns | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, 30); r++) {
    const found = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      if (typeof cell.value === 'string') found.set(foldText(cell.value), col);
    });
    const code = found.get('ma chi so') ?? found.get('code');
    const value = found.get('gia tri') ?? found.get('value');
    if (code !== undefined && value !== undefined) {
      return {
        headerRow: r,
        code,
        value,
        numerator: found.get('tu so') ?? found.get('numerator') ?? null,
        denominator: found.get('mau so') ?? found.get('denominator') ?? null,
        evidence: found.get('tai lieu kiem chung') ?? found.get('evidence') ?? null,
      };
    }
  }
  return null;
}

/** The data sheet of a template workbook and its columns. */
async function dataSheet(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets.find((s) => findColumns(s) !== null);
  expect(sheet, 'a sheet with code and value headers').toBeDefined();
  return { workbook, sheet: sheet!, columns: findColumns(sheet!)! };
}

/** Each data row's code with its value cell, in sheet order. */
function dataRows(sheet: ExcelJS.Worksheet, columns: Columns) {
  const rows: { code: string; row: ExcelJS.Row; valueCell: ExcelJS.Cell }[] = [];
  for (let r = columns.headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const code = row.getCell(columns.code).value;
    if (typeof code === 'string') rows.push({ code, row, valueCell: row.getCell(columns.value) });
  }
  return rows;
}

async function fill(template: string, out: string, values: Values): Promise<void> {
  const { workbook, sheet, columns } = await dataSheet(template);
  let filled = 0;
  for (const { code, row } of dataRows(sheet, columns)) {
    const entry = values[code];
    if (entry === undefined) continue;
    const put = (column: number | null, value: string | number | undefined) => {
      if (value === undefined) return;
      expect(column, `a column for ${code}`).not.toBeNull();
      row.getCell(column!).value = value;
    };
    put(columns.value, entry.value);
    put(columns.numerator, entry.numerator);
    put(columns.denominator, entry.denominator);
    put(columns.evidence, entry.evidence);
    filled++;
  }
  expect(filled).toBe(Object.keys(values).length);
  await workbook.xlsx.writeFile(out);
}

/** `smartcity template` into `name`, which must succeed. */
async function template(name: string, args: string[]): Promise<string> {
  const out = join(dir, name);
  const made = await runCli(['template', '-o', out, ...args], { cwd: dir });
  expect(made.stderr).not.toMatch(/internal error|lỗi nội bộ/);
  expect(made.exitCode, made.stderr).toBe(0);
  return out;
}

interface IndicatorJson {
  code: string;
  value: unknown;
  achievement: number | null;
  status: string;
}

async function scoreJson(file: string, set: string) {
  const t = await runCli(['score', file, '--set', set, '--format', 'json', '--no-export'], {
    cwd: dir,
  });
  expect(t.exitCode, t.stderr).toBe(0);
  expect(t.stderr).not.toMatch(/\berror\b/);
  const json = JSON.parse(t.stdout) as {
    entities: {
      province: { code: string; name: string } | null;
      year: number | null;
      points: number;
      maxPoints: number;
      coverage: number;
      indicators: IndicatorJson[];
    }[];
    findings: { severity: string }[];
  };
  expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
  const entity = json.entities[0]!;
  return { entity, byCode: new Map(entity.indicators.map((i) => [i.code, i])) };
}

describe('a filled template scores (spec §4.4)', () => {
  it.each(['vi', 'en'] as const)(
    'a %s template, filled by another program, scores every point, for the province given',
    async (lang) => {
      const made = await template(`roundtrip-${lang}.xlsx`, [
        ...['--set', ROUNDTRIP, '--province', 'Lâm Đồng', '--year', '2025', '--lang', lang],
      ]);
      const filled = join(dir, `roundtrip-${lang}-filled.xlsx`);
      await fill(made, filled, ROUNDTRIP_FULL);
      const { entity, byCode } = await scoreJson(filled, ROUNDTRIP);
      expect(entity.province).toEqual({ code: '68', name: 'Lâm Đồng' });
      expect(entity.year).toBe(2025);
      expect(entity.points).toBeCloseTo(300, 9);
      expect(entity.maxPoints).toBe(300);
      expect(entity.coverage).toBe(1);
      expect(byCode.get('A.1.1')).toMatchObject({ value: 95, achievement: 1 });
      expect(byCode.get('B.1')).toMatchObject({ value: 3, achievement: 1 });
      expect(byCode.get('B.3')).toMatchObject({ value: 1234.5, status: 'info' });
    },
  );

  it('the three-layer set, with evidence: full points, read as a long table', async () => {
    const made = await template('small-vi.xlsx', [
      ...['--set', SMALL, '--province', 'Đồng Nai', '--year', '2025'],
    ]);
    const filled = join(dir, 'small-vi-filled.xlsx');
    await fill(made, filled, SMALL_FULL_VI);
    const { entity, byCode } = await scoreJson(filled, SMALL);
    expect(entity.province?.code).toBe('75');
    expect(entity.year).toBe(2025);
    expect(entity.points).toBeCloseTo(100, 9);
    expect(entity.maxPoints).toBeCloseTo(100, 9);
    expect(entity.coverage).toBeCloseTo(1, 9);
    expect(byCode.get('HT.BR.01')?.value).toBeCloseTo(90, 9);
    expect(byCode.get('HT.DL.01')?.value).toBe(true);
    expect(byCode.get('CQ.01')?.value).toBe(3);
    expect(byCode.get('CQ.03')?.status).toBe('info');
    const validated = await runCli(['validate', filled, '--set', SMALL, '--format', 'json'], {
      cwd: dir,
    });
    expect(validated.exitCode).toBe(0);
    expect((JSON.parse(validated.stdout) as { files: { layout: string }[] }).files[0]?.layout).toBe(
      'long',
    );
  });

  it('partial answers score exactly what they earn', async () => {
    const made = await template('roundtrip-partial.xlsx', ['--set', ROUNDTRIP, '--province', '68']);
    const filled = join(dir, 'roundtrip-partial-filled.xlsx');
    await fill(made, filled, {
      'A.1.1': { value: 45 }, // half of 90 → 0.5
      'A.1.2': { value: 25 }, // (40 − 25) / (40 − 10) = 0.5
      'A.2.1': { value: 5 }, // step 0.5
      'A.2.2': { value: 'Không' },
      'B.1': { value: 'Một phần' }, // 0.5
    });
    const { entity } = await scoreJson(filled, ROUNDTRIP);
    // A.1.x: 50 points each → 25 + 25; A.2.x: 25 each → 12.5 + 0; B.1 and B.2: 75 each → 37.5 + 0.
    expect(entity.points).toBeCloseTo(100, 9);
    // Reported: A.1.x 50 + 50, A.2.x 25 + 25, B.1 75 = 225 of 300 (B.2 missing).
    expect(entity.coverage).toBeCloseTo(225 / 300, 12);
  });

  it('an English template filled partly scores the reported part, missing cells left empty', async () => {
    const made = await template('small-en.xlsx', [
      ...['--set', SMALL, '--province', 'Hà Nội', '--year', '2025', '--lang', 'en'],
    ]);
    const filled = join(dir, 'small-en-filled.xlsx');
    await fill(made, filled, {
      'HT.BR.01': { value: 40, evidence: 'Report 7' },
      'HT.DL.01': { value: 'No' },
      'CQ.01': { value: 'Medium' },
    });
    const { entity } = await scoreJson(filled, SMALL);
    expect(entity.province?.code).toBe('01');
    // HT.BR.01: 40/80 → 10 of 20; HT.DL.01 no → 0; CQ.01 medium → 10 of 20; others missing → 0.
    expect(entity.points).toBeCloseTo(20, 9);
    expect(entity.coverage).toBeCloseTo(0.6, 9);
  });
});

describe('the template workbook', () => {
  it('carries data validation on its unlocked input cells', async () => {
    const made = await template('roundtrip-validation.xlsx', ['--set', ROUNDTRIP]);
    const { sheet, columns } = await dataSheet(made);
    const types = new Map<string, string | undefined>();
    for (const { code, valueCell } of dataRows(sheet, columns)) {
      types.set(code, valueCell.dataValidation?.type);
      expect(valueCell.protection?.locked, code).toBe(false);
    }
    expect(types.get('A.2.2')).toBe('list');
    expect(types.get('B.1')).toBe('list');
    expect(types.get('A.2.1')).toBe('whole');
    expect(types.get('A.1.2')).toBe('decimal');
  });

  it('for the bundled set: one row per indicator in the set order, each value cell validated', async () => {
    const made = await template('bundled.xlsx', []);
    const { sheet, columns } = await dataSheet(made);
    const rows = dataRows(sheet, columns);
    // The indicator codes as the YAML lists them, read without the tool's own loader.
    const yaml = await readFile(BUNDLED, 'utf8');
    const codes = [...yaml.matchAll(/^\s+- code: ([A-Z]+\.[A-Z]+\.\d+)\s*$/gm)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThanOrEqual(40);
    expect(rows.map((r) => r.code)).toEqual(codes);
    for (const { code, valueCell } of rows)
      expect(valueCell.dataValidation?.type, code).toBeDefined();
  });
});

describe('smartcity template refuses and names (spec §4.4)', () => {
  it('an unknown province: exit 2 with suggestions', async () => {
    const made = await runCli(
      ['template', '--set', SMALL, '--province', 'Dong Nia', '-o', join(dir, 'x.xlsx')],
      { cwd: dir },
    );
    expect(made.exitCode).toBe(2);
    expect(made.stderr).toMatch(/Dong Nia/);
    expect(made.stderr).toMatch(/Đồng Nai/);
  });

  it('an output that is not .xlsx: exit 2', async () => {
    const made = await runCli(['template', '--set', SMALL, '-o', join(dir, 'x.csv')], { cwd: dir });
    expect(made.exitCode).toBe(2);
    expect(made.stderr).toMatch(/\.xlsx/);
  });

  it('writes template-<set id>.xlsx in the working directory by default', async () => {
    const made = await runCli(['template', '--set', SMALL], { cwd: dir });
    expect(made.exitCode).toBe(0);
    const { sheet } = await dataSheet(join(dir, 'template-template-small.xlsx'));
    expect(sheet.name).toBe('Số liệu');
  });
});
