import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/text/fold-text.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The template's promise (spec §4.4): a template filled in by any program scores with zero
 * errors. The filler below knows nothing of the template's layout beyond what a person sees: it
 * finds the header row by its `Mã chỉ số` / `Giá trị` (or English) headers and writes numbers,
 * `Có`, level labels and a numerator/denominator pair.
 */
const SET = join(import.meta.dirname, 'roundtrip-set.yaml');
const BUNDLED = join(import.meta.dirname, '..', '..', 'indicators', 'vn-smartcity-1.0.yaml');

/** Values that meet every target, by code (a ratio is given as numerator/denominator). */
const FULL: Record<string, { value?: string | number; numerator?: number; denominator?: number }> =
  {
    'A.1.1': { numerator: 950, denominator: 1000 },
    'A.1.2': { value: 8 },
    'A.2.1': { value: 12 },
    'A.2.2': { value: 'Có' },
    'B.1': { value: 'Hoàn thành' },
    'B.2': { value: 62.5 },
    'B.3': { value: 1234.5 },
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
}

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
      };
    }
  }
  return null;
}

async function fill(template: string, out: string, values: typeof FULL): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  let filled = 0;
  for (const sheet of workbook.worksheets) {
    const columns = findColumns(sheet);
    if (columns === null) continue;
    for (let r = columns.headerRow + 1; r <= sheet.rowCount; r++) {
      const code = sheet.getRow(r).getCell(columns.code).value;
      if (typeof code !== 'string' || values[code] === undefined) continue;
      const entry = values[code]!;
      const row = sheet.getRow(r);
      if (entry.value !== undefined) row.getCell(columns.value).value = entry.value;
      if (entry.numerator !== undefined) row.getCell(columns.numerator!).value = entry.numerator;
      if (entry.denominator !== undefined)
        row.getCell(columns.denominator!).value = entry.denominator;
      filled++;
    }
  }
  expect(filled).toBe(Object.keys(values).length);
  await workbook.xlsx.writeFile(out);
}

async function scoreJson(file: string, set: string) {
  const t = await runCli(['score', file, '--set', set, '--format', 'json', '--no-export']);
  return { t, json: t.exitCode === 0 ? JSON.parse(t.stdout) : null };
}

describe('template round trip', () => {
  it.each(['vi', 'en'] as const)(
    'a %s template filled by another program scores every point, for the province given',
    async (lang) => {
      const template = join(dir, `tpl-${lang}.xlsx`);
      const made = await runCli([
        'template',
        '-o',
        template,
        '--set',
        SET,
        '--province',
        'Lâm Đồng',
        '--year',
        '2025',
        '--lang',
        lang,
      ]);
      expect(made.exitCode).toBe(0);
      const filled = join(dir, `filled-${lang}.xlsx`);
      await fill(template, filled, FULL);

      const { t, json } = await scoreJson(filled, SET);
      expect(t.stderr).not.toMatch(/\berror\b/);
      expect(t.exitCode).toBe(0);
      const entity = json.entities[0];
      expect(entity.province).toEqual({ code: '68', name: 'Lâm Đồng' });
      expect(entity.year).toBe(2025);
      expect(entity.points).toBeCloseTo(300, 9);
      expect(entity.maxPoints).toBe(300);
      expect(entity.coverage).toBe(1);
      expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
      const byCode = new Map(entity.indicators.map((i: { code: string }) => [i.code, i]));
      expect(byCode.get('A.1.1')).toMatchObject({ value: 95, achievement: 1 });
      expect(byCode.get('B.1')).toMatchObject({ value: 3, achievement: 1 });
      expect(byCode.get('B.3')).toMatchObject({ value: 1234.5, status: 'info' });
    },
  );

  it('partial answers score exactly what they earn', async () => {
    const template = join(dir, 'tpl-partial.xlsx');
    expect(
      (await runCli(['template', '-o', template, '--set', SET, '--province', '68'])).exitCode,
    ).toBe(0);
    const filled = join(dir, 'filled-partial.xlsx');
    await fill(template, filled, {
      'A.1.1': { value: 45 }, // half of 90 → 0.5
      'A.1.2': { value: 25 }, // (40 − 25) / (40 − 10) = 0.5
      'A.2.1': { value: 5 }, // step 0.5
      'A.2.2': { value: 'Không' },
      'B.1': { value: 'Một phần' }, // 0.5
    });
    const { t, json } = await scoreJson(filled, SET);
    expect(t.exitCode).toBe(0);
    // A.1.x: 50 points each → 25 + 25; A.2.x: 25 each → 12.5 + 0; B.1 and B.2: 75 each → 37.5 + 0.
    expect(json.entities[0].points).toBeCloseTo(100, 9);
    // Reported: A.1.x 50 + 50, A.2.x 25 + 25, B.1 75 = 225 of 300 (B.2 missing).
    expect(json.entities[0].coverage).toBeCloseTo(225 / 300, 12);
  });

  it('the template carries data validation on its input cells', async () => {
    const template = join(dir, 'tpl-validation.xlsx');
    expect((await runCli(['template', '-o', template, '--set', SET])).exitCode).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.worksheets.find((s) => findColumns(s) !== null)!;
    const columns = findColumns(sheet)!;
    const types = new Map<string, string | undefined>();
    for (let r = columns.headerRow + 1; r <= sheet.rowCount; r++) {
      const code = sheet.getRow(r).getCell(columns.code).value;
      if (typeof code !== 'string') continue;
      types.set(code, sheet.getRow(r).getCell(columns.value).dataValidation?.type);
      expect(sheet.getRow(r).getCell(columns.value).protection?.locked).toBe(false);
    }
    expect(types.get('A.2.2')).toBe('list');
    expect(types.get('B.1')).toBe('list');
    expect(types.get('A.2.1')).toBe('whole');
    expect(types.get('A.1.2')).toBe('decimal');
  });

  it('a template for the bundled set has one data row per indicator, with validation', async () => {
    const template = join(dir, 'tpl-bundled.xlsx');
    expect((await runCli(['template', '-o', template])).exitCode).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.worksheets.find((s) => findColumns(s) !== null)!;
    const columns = findColumns(sheet)!;
    const codes: string[] = [];
    let validated = 0;
    for (let r = columns.headerRow + 1; r <= sheet.rowCount; r++) {
      const code = sheet.getRow(r).getCell(columns.code).value;
      if (typeof code !== 'string') continue;
      codes.push(code);
      if (sheet.getRow(r).getCell(columns.value).dataValidation?.type) validated++;
    }
    const { parse } = await import('yaml');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(BUNDLED, 'utf8');
    const expected = [...text.matchAll(/^\s+- code: ([A-Z]+\.[A-Z]+\.\d+)\s*$/gm)].map((m) => m[1]);
    expect(parse(text).id).toBe('vn-smartcity');
    expect(codes).toEqual(expected);
    expect(validated).toBeGreaterThanOrEqual(40);
  });
});
