import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { libreOfficeSheetCsv, skipLibreOffice } from '../helpers/libreoffice.js';
import { ensureBuilt, runBin } from '../helpers/run-bin.js';
import { runCli } from '../helpers/run-cli.js';
import { fixture, tempFolder } from '../helpers/temp-folder.js';
import { loadWorkbook, sheetNamed, type Workbook } from '../helpers/workbook-readback.js';

/** `score --split <dir>` (spec §7 "Per-unit reports") and the progress line on the fixture round. */
const tmp = tempFolder('smartcity-split-', { copy: { nop: 'round' } });

const run = (args: string[], tty = false) => runCli(args, { cwd: tmp.dir, tty });

interface Doc {
  entities: { label: string; province: { code: string; name: string } | null; rank: number }[];
}

/** The value next to a label in the first two columns of a two-column sheet or the cover. */
function valueOf(workbook: Workbook, sheet: string, label: string): unknown {
  let found: unknown;
  sheetNamed(workbook, sheet).eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1);
    const at = cells.indexOf(label);
    if (at >= 0 && found === undefined) found = cells.slice(at + 1).find((c) => c !== label);
  });
  return found;
}

describe('score --split (spec §7)', () => {
  it('a keep-going round: one workbook per scored unit, each with only its unit and its national rank', async () => {
    const t = await run([
      'score',
      'nop/',
      '--keep-going',
      '--split',
      'tinh/moi',
      '--format',
      'json',
    ]);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('Báo cáo: smartcity-report.xlsx');
    expect(t.stderr).toContain('Báo cáo từng đơn vị: 5 tệp trong tinh/moi');
    const doc = JSON.parse(t.stdout) as Doc;
    expect(doc.entities).toHaveLength(5);
    // The rejected files (lam-dong, the second Đồng Nai) get no report; the folder was created.
    expect(readdirSync(tmp.at('tinh', 'moi')).sort()).toEqual([
      '01-ha-noi.report.xlsx',
      '04-cao-bang.report.xlsx',
      '46-hue.report.xlsx',
      '75-dong-nai.report.xlsx',
      '91-an-giang.report.xlsx',
    ]);
    for (const entity of doc.entities) {
      const name = readdirSync(tmp.at('tinh', 'moi')).find((n) =>
        n.startsWith(`${entity.province!.code}-`),
      )!;
      const workbook = await loadWorkbook(readFileSync(tmp.at('tinh', 'moi', name)));
      const sheets = workbook.worksheets.map((ws) => ws.name);
      expect(sheets).toContain('Tổng hợp');
      // A single-entity workbook: no ranking or heat map of the batch.
      expect(sheets).not.toContain('Xếp hạng');
      expect(sheets).not.toContain('Hồ sơ bị loại');
      expect(valueOf(workbook, 'Tổng hợp', 'Mã tỉnh')).toBe(entity.province!.code);
      expect(valueOf(workbook, 'Tổng hợp', 'Xếp hạng toàn quốc')).toBe(`${entity.rank}/5`);
      expect(valueOf(workbook, 'Báo cáo', 'Xếp hạng toàn quốc')).toBe(`${entity.rank}/5`);
      const cover = sheetNamed(workbook, 'Báo cáo').getRow(1).getCell(1).value as string;
      expect(cover).toContain(entity.province!.name);
      // Its findings only: Cao Bằng's low coverage is in Cao Bằng's report and nowhere else.
      const checks: string[] = [];
      sheetNamed(workbook, 'Kiểm tra dữ liệu').eachRow((row, i) => {
        if (i > 1) checks.push(String(row.getCell(2).value));
      });
      expect(checks.includes('SCORE_LOW_COVERAGE')).toBe(entity.province!.code === '04');
      expect(checks).not.toContain('DATA_NOT_A_NUMBER');
    }
  });

  it('in English, a second run overwrites the same names; --quiet says nothing', async () => {
    const files = ['nop/ha-noi_2025.csv', 'nop/hue_2025.csv'];
    const first = await run(['score', ...files, '--split', 'out', '--lang', 'en']);
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toContain('Per-unit reports: 2 files in out');
    const again = await run(['score', ...files, '--split', 'out', '--quiet']);
    expect(again.exitCode).toBe(0);
    expect(again.stderr).toBe('');
    expect(readdirSync(tmp.at('out')).sort()).toEqual([
      '01-ha-noi.report.xlsx',
      '46-hue.report.xlsx',
    ]);
    const workbook = await loadWorkbook(readFileSync(tmp.at('out', '46-hue.report.xlsx')));
    expect(workbook.worksheets.map((ws) => ws.name)).toContain('Tổng hợp');
  });

  it('a file where the folder should be is exit 2 before anything is written', async () => {
    writeFileSync(tmp.at('taken'), 'x');
    const t = await run(['score', 'nop/ha-noi_2025.csv', 'nop/hue_2025.csv', '--split', 'taken']);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('--split cần một thư mục, nhưng "taken" là một tệp');
    expect(existsSync(tmp.at('smartcity-report.xlsx'))).toBe(false);
    expect(readFileSync(tmp.at('taken'), 'utf8')).toBe('x');
  });

  it('with --no-export is a usage error (exit 2)', async () => {
    const t = await run([
      'score',
      'nop/hue_2025.csv',
      '--split',
      'out',
      '--no-export',
      '--lang',
      'en',
    ]);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('--split cannot be used with --no-export');
    expect(existsSync(tmp.at('out'))).toBe(false);
  });

  it('invalid data without --keep-going: exit 1, no national and no per-unit report', async () => {
    const t = await run(['score', 'nop/', '--split', 'out']);
    expect(t.exitCode).toBe(1);
    expect(existsSync(tmp.at('out'))).toBe(false);
  });

  it('with --rollup: one report per 2025 unit, named and ranked as the unit', async () => {
    const t = await runCli(
      [
        'score',
        fixture('compare/provinces-2024.csv'),
        '--set',
        fixture('data/example-set.yaml'),
        '--rollup',
        'scores',
        '--split',
        'units',
        '--format',
        'json',
        '-o',
        'national.xlsx',
      ],
      { cwd: tmp.dir },
    );
    expect(t.exitCode, t.stderr).toBe(0);
    const doc = JSON.parse(t.stdout) as Doc;
    const names = readdirSync(tmp.at('units')).sort();
    expect(names).toHaveLength(doc.entities.length);
    expect(names).toContain('79-ho-chi-minh.report.xlsx');
    expect(names).toContain('75-dong-nai.report.xlsx');
    const hcm = doc.entities.find((e) => e.province!.code === '79')!;
    const workbook = await loadWorkbook(
      readFileSync(tmp.at('units', '79-ho-chi-minh.report.xlsx')),
    );
    expect(valueOf(workbook, 'Tổng hợp', 'Xếp hạng toàn quốc')).toBe(
      `${hcm.rank}/${doc.entities.length}`,
    );
  });

  it.skipIf(skipLibreOffice())(
    'LibreOffice opens a per-unit workbook and reads its national rank',
    async () => {
      const t = await run(['score', 'nop/ha-noi_2025.csv', 'nop/hue_2025.csv', '--split', 'out']);
      expect(t.exitCode).toBe(0);
      // LibreOffice's files go to a folder of their own, removed with the test's folder.
      mkdirSync(tmp.at('lo'));
      const csv = await libreOfficeSheetCsv(
        tmp.at('out', '46-hue.report.xlsx'),
        'Tổng hợp',
        tmp.at('lo'),
      );
      expect(csv).toContain('Xếp hạng toàn quốc');
      expect(csv).toMatch(/Xếp hạng toàn quốc,"?[12]\/2"?/);
    },
    180_000,
  );
});

describe('the progress line (spec §7)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('a piped run of the built CLI prints none of it', async () => {
    const r = await runBin(['score', 'nop/', '--keep-going', '--split', 'out'], tmp.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('\x1b[K');
    expect(r.stderr).not.toContain('Đã đọc');
  }, 60_000);

  it('on a terminal it is shown, then erased before anything else is said', async () => {
    const t = await run(
      ['score', 'nop/ha-noi_2025.csv', 'nop/hue_2025.csv', '--split', 'out'],
      true,
    );
    expect(t.exitCode).toBe(0);
    expect(t.stderr.startsWith('\r\x1b[KĐã đọc 1/2 tệp · 1 đơn vị…\r\x1b[K')).toBe(true);
    // Every line shown is erased: after the last erase comes only ordinary output.
    const shown = t.stderr.split('\r\x1b[K').filter((part) => part.startsWith('Đã đọc'));
    expect(shown.every((part) => !part.includes('\n'))).toBe(true);
    expect(t.stderr.trimEnd().endsWith('Báo cáo từng đơn vị: 2 tệp trong out')).toBe(true);
  });

  it('validate shows it while reading on a terminal, and not when piped', async () => {
    const files = ['validate', 'nop/ha-noi_2025.csv', 'nop/hue_2025.csv'];
    const tty = await run(files, true);
    expect(tty.exitCode).toBe(0);
    expect(tty.stderr).toBe('\r\x1b[KĐã đọc 1/2 tệp · 1 đơn vị…\r\x1b[K');
    const piped = await run(files);
    expect(piped.exitCode).toBe(0);
    expect(piped.stderr).toBe('');
  });

  it('--quiet on a terminal: none of it', async () => {
    const t = await run(['score', 'nop/ha-noi_2025.csv', 'nop/hue_2025.csv', '--quiet'], true);
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toBe('');
  });
});
