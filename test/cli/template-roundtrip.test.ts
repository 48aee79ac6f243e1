import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJSModule from 'exceljs';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { bindSource } from '../../src/core/bind/bind-source.js';
import type { Lang } from '../../src/core/findings/finding.js';
import type { ResolvedSet } from '../../src/core/set/resolved-set.js';
import { resolveSet } from '../../src/core/set/resolve-set.js';
import { buildReport } from '../../src/core/score/build-report.js';
import { DEFAULT_MAX_SIZE } from '../../src/io/files/read-options.js';
import { readSource } from '../../src/io/files/read-source.js';
import { templateWorkbook } from '../../src/render/workbook/template-workbook.js';
import { runCli } from '../helpers/run-cli.js';

const ExcelJS = ExcelJSModule as unknown as typeof import('exceljs');

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'template-sets');
const smallSetPath = join(fixtures, 'small.yaml');
const bundledSetPath = join(import.meta.dirname, '..', '..', 'indicators', 'vn-smartcity-1.0.yaml');
const date = new Date(Date.UTC(2026, 0, 2));

function loadYamlSet(path: string): ResolvedSet {
  const { set, issues } = resolveSet(parse(readFileSync(path, 'utf8')));
  expect(issues).toEqual([]);
  return set!;
}

const dir = mkdtempSync(join(tmpdir(), 'smartcity-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Fills a template the way a data officer (or any spreadsheet library) would: plain typed
 * values in the input cells, found by their headers — never by fixed positions.
 */
async function fill(
  file: string,
  lang: Lang,
  values: Record<
    string,
    { value?: string | number; numerator?: number; denominator?: number; evidence?: string }
  >,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(lang === 'vi' ? 'Số liệu' : 'Data')!;
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headers.set(String(cell.value), col));
  const col = (vi: string, en: string): number => headers.get(lang === 'vi' ? vi : en)!;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const entry = values[String(row.getCell(1).value)];
    if (entry === undefined) continue;
    if (entry.value !== undefined) row.getCell(col('Giá trị', 'Value')).value = entry.value;
    if (entry.numerator !== undefined)
      row.getCell(col('Tử số', 'Numerator')).value = entry.numerator;
    if (entry.denominator !== undefined)
      row.getCell(col('Mẫu số', 'Denominator')).value = entry.denominator;
    if (entry.evidence !== undefined)
      row.getCell(col('Tài liệu kiểm chứng', 'Evidence')).value = entry.evidence;
  }
  await workbook.xlsx.writeFile(file);
}

async function score(file: string, set: ResolvedSet) {
  const source = await readSource(file, {
    encoding: 'auto',
    sheet: null,
    maxSize: DEFAULT_MAX_SIZE,
  });
  const dataset = bindSource(source, set, {
    province: null,
    year: null,
    decimal: 'auto',
    sheet: null,
  });
  return {
    dataset,
    report: buildReport(set, [dataset], dataset.findings, { missing: set.missing }),
  };
}

const FULL_VI = {
  'HT.BR.01': { numerator: 90, denominator: 100, evidence: 'Báo cáo 12/BC-STTTT' },
  'HT.BR.02': { value: 120 },
  'HT.DL.01': { value: 'Có' },
  'CQ.01': { value: 'Cao' },
  'CQ.02': { value: 2 },
  'CQ.03': { value: 3_200_000 },
};

describe('template round trip (spec §4.4)', () => {
  it('a filled template scores with zero errors and full points', async () => {
    const set = loadYamlSet(smallSetPath);
    const file = join(dir, 'filled-vi.xlsx');
    writeFileSync(
      file,
      await templateWorkbook(set, {
        lang: 'vi',
        province: { code: '75', name: 'Đồng Nai' },
        year: 2025,
        date,
      }),
    );
    await fill(file, 'vi', FULL_VI);
    const { dataset, report } = await score(file, set);
    expect(dataset.layout).toBe('long');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const [entity] = report.entities;
    expect(entity?.province?.code).toBe('75');
    expect(entity?.year).toBe(2025);
    expect(entity?.points).toBeCloseTo(100, 9);
    expect(entity?.maxPoints).toBeCloseTo(100, 9);
    expect(entity?.coverage).toBeCloseTo(1, 9);
    const byCode = new Map(entity!.indicators.map((i) => [i.code, i]));
    expect(byCode.get('HT.BR.01')?.value).toBeCloseTo(90, 9);
    expect(byCode.get('HT.DL.01')?.value).toBe(true);
    expect(byCode.get('CQ.01')?.value).toBe(3);
    expect(byCode.get('CQ.03')?.status).toBe('info');
  });

  it('an English template filled partly scores the reported part, missing cells left empty', async () => {
    const set = loadYamlSet(smallSetPath);
    const file = join(dir, 'filled-en.xlsx');
    writeFileSync(
      file,
      await templateWorkbook(set, {
        lang: 'en',
        province: { code: '01', name: 'Hà Nội' },
        year: 2025,
        date,
      }),
    );
    await fill(file, 'en', {
      'HT.BR.01': { value: 40, evidence: 'Report 7' },
      'HT.DL.01': { value: 'No' },
      'CQ.01': { value: 'Medium' },
    });
    const { report } = await score(file, set);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const [entity] = report.entities;
    expect(entity?.province?.code).toBe('01');
    // HT.BR.01: 40/80 → 10 of 20; HT.DL.01 no → 0; CQ.01 medium → 10 of 20; others missing → 0.
    expect(entity?.points).toBeCloseTo(20, 9);
    expect(entity?.coverage).toBeCloseTo(0.6, 9);
  });

  it('via the CLI: template, fill, score --format json', async () => {
    const out = join(dir, 'cli-template.xlsx');
    const made = await runCli(
      ['template', '--set', smallSetPath, '--province', 'Đồng Nai', '--year', '2025', '-o', out],
      { cwd: dir },
    );
    expect(made.stderr).not.toMatch(/internal error/);
    expect(made.exitCode).toBe(0);
    await fill(out, 'vi', FULL_VI);
    const scored = await runCli(
      ['score', out, '--set', smallSetPath, '--format', 'json', '--no-export'],
      { cwd: dir },
    );
    expect(scored.exitCode).toBe(0);
    const json = JSON.parse(scored.stdout) as {
      entities: { province: { code: string }; points: number; maxPoints: number }[];
      findings: { severity: string }[];
    };
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(json.entities[0]?.province.code).toBe('75');
    expect(json.entities[0]?.points).toBeCloseTo(100, 6);
  });
});

describe('template command (spec §4.4)', () => {
  it('refuses an unknown province with suggestions (exit 2)', async () => {
    const made = await runCli(
      ['template', '--set', smallSetPath, '--province', 'Dong Nia', '-o', join(dir, 'x.xlsx')],
      { cwd: dir },
    );
    expect(made.exitCode).toBe(2);
    expect(made.stderr).toMatch(/Dong Nia/);
    expect(made.stderr).toMatch(/Đồng Nai/);
  });

  it('refuses an output that is not .xlsx (exit 2)', async () => {
    const made = await runCli(['template', '--set', smallSetPath, '-o', join(dir, 'x.csv')], {
      cwd: dir,
    });
    expect(made.exitCode).toBe(2);
    expect(made.stderr).toMatch(/\.xlsx/);
  });

  it('writes template-<set id>.xlsx in the working directory by default', async () => {
    const made = await runCli(['template', '--set', smallSetPath], { cwd: dir });
    expect(made.exitCode).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'template-template-small.xlsx'));
    expect(workbook.getWorksheet('Số liệu')).toBeDefined();
  });
});

describe('template for the bundled set', () => {
  it('has one data row per indicator, each value cell validated', async () => {
    const set = loadYamlSet(bundledSetPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(
        await templateWorkbook(set, { lang: 'vi', province: null, year: null, date }),
      ) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Số liệu')!;
    const codes: string[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      codes.push(String(row.getCell(1).value));
      expect(row.getCell(8).dataValidation?.type, `row ${r}`).toBeDefined();
    }
    expect(codes).toEqual(set.indicators.map((indicator) => indicator.code));
  });
});
