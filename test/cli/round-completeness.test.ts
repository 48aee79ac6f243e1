import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { loadWorkbook, sheetNamed } from '../helpers/workbook-readback.js';

/** Coverage and completeness of a round (spec §7), on the fixture round and the bundled set. */
const round = new URL('../fixtures/round/', import.meta.url).pathname;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-completeness-'));
  cpSync(round, join(dir, 'nop'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, { cwd: dir });
const blank = 'nop/cao-bang_2025.csv';
const good = 'nop/ha-noi_2025.csv';

interface ScoreJson {
  entities: { label: string; rating: string | null; coverage: number; rank: number | null }[];
  findings: { code: string; severity: string; file: string | null }[];
  missingUnits?: { code: string; name: string }[];
}

describe('coverage (spec §7)', () => {
  it('a blank template does not pass validate --strict', async () => {
    const t = await run(['validate', blank, '--strict', '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toContain(
      'nop/cao-bang_2025.csv  warning SCORE_LOW_COVERAGE  Cao Bằng: the data covers 0% of the points, below the threshold of 65% — not rated (too little data).',
    );
    expect(t.stdout).toContain('Cao Bằng: 0/50 indicators with data (coverage 0.0%)');
    // Without --strict it is a warning: exit 0.
    expect((await run(['validate', blank])).exitCode).toBe(0);
  });

  it('validate gives every entity its coverage, in text and JSON', async () => {
    const text = await run(['validate', good]);
    expect(text.stdout).toContain('Hà Nội: 50/50 chỉ số có số liệu (độ phủ 100,0%)');
    const json = await run(['validate', good, blank, '--format', 'json']);
    const files = (
      JSON.parse(json.stdout) as {
        files: {
          coverage: { entity: string; reported: number; scored: number; coverage: number }[];
        }[];
      }
    ).files;
    expect(files.map((f) => f.coverage)).toEqual([
      [{ entity: 'Hà Nội', reported: 50, scored: 50, coverage: 1 }],
      [{ entity: 'Cao Bằng', reported: 0, scored: 50, coverage: 0 }],
    ]);
  });

  it('score gives a blank submission no rating; its points and rank stay', async () => {
    const t = await run(['score', good, blank, '--format', 'json', '--no-export']);
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as ScoreJson;
    const cao = json.entities.find((e) => e.label === 'Cao Bằng')!;
    expect(cao).toMatchObject({ rating: null, coverage: 0, rank: 2 });
    expect(json.entities.find((e) => e.label === 'Hà Nội')!.rating).not.toBeNull();
    expect(json.findings.map((f) => [f.code, f.file])).toContainEqual([
      'SCORE_LOW_COVERAGE',
      blank,
    ]);
    const table = await run(['score', good, blank, '--no-export']);
    expect(table.stdout).toContain('Chưa xếp loại (thiếu số liệu)');
  });

  it('--min-coverage overrides the set: 0 turns the check off; a bad value is exit 2', async () => {
    const t = await run(['score', blank, '--min-coverage', '0', '--format', 'json', '--no-export']);
    const json = JSON.parse(t.stdout) as ScoreJson;
    expect(json.entities[0]!.rating).not.toBeNull();
    expect(json.findings.map((f) => f.code)).not.toContain('SCORE_LOW_COVERAGE');
    const strict = await run(['validate', good, '--min-coverage', '100%', '--strict']);
    expect(strict.exitCode).toBe(0);
    const bad = await run(['validate', good, '--min-coverage', '1.5', '--lang', 'en']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--min-coverage needs a share from 0 to 1');
  });

  it('under --keep-going --strict the blank file is rejected', async () => {
    const t = await run(['score', good, blank, '--keep-going', '--strict', '--no-export']);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('1 hồ sơ bị loại: nop/cao-bang_2025.csv (0 lỗi, 1 cảnh báo)');
  });
});

describe('--expect all (spec §7)', () => {
  it('names the units of the 2025 round with no submission: warning, JSON, workbook cover', async () => {
    const t = await run(['score', good, 'nop/hue_2025.csv', '--expect', 'all', '-o', 'r.xlsx']);
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toMatch(
      /warning BATCH_UNITS_MISSING {2}Thiếu hồ sơ của 32\/34 đơn vị: Cao Bằng \(04\),/,
    );
    const json = await run([
      'score',
      good,
      'nop/hue_2025.csv',
      '--expect',
      'all',
      '--format',
      'json',
      '--no-export',
    ]);
    const units = (JSON.parse(json.stdout) as ScoreJson).missingUnits!;
    expect(units).toHaveLength(32);
    expect(units).toContainEqual({ code: '75', name: 'Đồng Nai' });
    expect(units.map((u) => u.code)).not.toContain('01');
    const workbook = await loadWorkbook(readFileSync(join(dir, 'r.xlsx')));
    const cover: unknown[] = [];
    sheetNamed(workbook, 'Báo cáo').eachRow((row) =>
      row.eachCell((cell) => cover.push(cell.value)),
    );
    expect(cover).toContain('Đơn vị chưa có hồ sơ (32)');
    expect(cover).toContain('Đồng Nai');
  });

  it('pre-2025 data is checked against the 63 earlier units', async () => {
    const t = await run([
      'score',
      good,
      '--year',
      '2024',
      '--expect',
      'all',
      '--format',
      'json',
      '--no-export',
    ]);
    expect((JSON.parse(t.stdout) as ScoreJson).missingUnits).toHaveLength(62);
  });

  it('without --expect there is no missingUnits key', async () => {
    const t = await run(['score', good, '--format', 'json', '--no-export']);
    expect(JSON.parse(t.stdout)).not.toHaveProperty('missingUnits');
  });
});
