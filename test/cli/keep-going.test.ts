import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { loadWorkbook, sheetNamed } from '../helpers/workbook-readback.js';

/** `score --keep-going` on the fixture round (spec §7). */
const round = new URL('../fixtures/round/', import.meta.url).pathname;
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-keep-going-'));
  cpSync(round, join(dir, 'nop'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, { cwd: dir });
const report = () => join(dir, 'smartcity-report.xlsx');
const good = ['nop/ha-noi_2025.csv', 'nop/hue_2025.csv', 'nop/an-giang_2025.csv'];
const broken = 'nop/lam-dong_2025.csv';

describe('score --keep-going (spec §7)', () => {
  it('without it, one bad file stops the report, and stderr says no report was written', async () => {
    const t = await run(['score', ...good, broken, '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toBe('');
    expect(t.stderr).toContain('nop/lam-dong_2025.csv:2:2  error DATA_NOT_A_NUMBER');
    expect(t.stderr).toContain('No report written to smartcity-report.xlsx');
    expect(existsSync(report())).toBe(false);
  });

  it('scores the valid files, rejects the bad one, writes the report and exits 1', async () => {
    const t = await run(['score', ...good, broken, '--keep-going']);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('nop/lam-dong_2025.csv:2:2  error DATA_NOT_A_NUMBER');
    expect(t.stderr).toContain(
      'Báo cáo gồm 3/4 hồ sơ; 1 hồ sơ bị loại: nop/lam-dong_2025.csv (1 lỗi, 0 cảnh báo)',
    );
    expect(t.stderr).toContain('Báo cáo: smartcity-report.xlsx');
    expect(t.stdout).toContain('Hà Nội');
    expect(t.stdout).not.toContain('Lâm Đồng');
    const workbook = await loadWorkbook(readFileSync(report()));
    const sheet = sheetNamed(workbook, 'Hồ sơ bị loại');
    expect(sheet.getRow(2).getCell(1).value).toBe(broken);
    expect(sheet.getRow(2).getCell(5).value).toBe('DATA_NOT_A_NUMBER');
    expect(sheet.getRow(2).getCell(6).value).toBe('nop/lam-dong_2025.csv:2:2');
  });

  it('says which report was written even with --quiet, in English with --lang en', async () => {
    const t = await run(['score', ...good, broken, '--keep-going', '--quiet', '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('The report covers 3/4 files; 1 rejected');
    expect(t.stderr).toContain('Report: smartcity-report.xlsx');
  });

  it('lists the rejected files in JSON with their findings', async () => {
    const t = await run([
      'score',
      ...good,
      broken,
      '--keep-going',
      '--format',
      'json',
      '--no-export',
    ]);
    expect(t.exitCode).toBe(1);
    const json = JSON.parse(t.stdout) as {
      entities: unknown[];
      rejected: { file: string; errors: number; warnings: number; findings: { code: string }[] }[];
    };
    expect(json.entities).toHaveLength(3);
    expect(json.rejected).toEqual([
      {
        file: broken,
        errors: 1,
        warnings: 0,
        findings: [expect.objectContaining({ code: 'DATA_NOT_A_NUMBER', file: broken })],
      },
    ]);
  });

  it('nothing rejected: exit 0 and an empty rejected list; no sheet of rejected files', async () => {
    const t = await run(['score', ...good, '--keep-going', '-o', 'r.json']);
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { rejected: unknown[] };
    expect(json.rejected).toEqual([]);
    const plain = await run(['score', ...good, '-o', 'p.json']);
    expect(plain.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'))).not.toHaveProperty('rejected');
  });

  it('every file rejected: exit 1 and no report', async () => {
    const t = await run(['score', broken, '--keep-going', '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('The report covers 0/1 files; 1 rejected');
    expect(t.stderr).toContain('No report written to nop/lam-dong_2025.report.xlsx');
    expect(existsSync(join(dir, 'nop', 'lam-dong_2025.report.xlsx'))).toBe(false);
  });
});
