import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Duplicates across files (spec §7) and --province as a selection (spec §6). */
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-selection-'));
  cpSync(join(fixtures, 'round'), join(dir, 'nop'), { recursive: true });
  cpSync(join(fixtures, 'data', 'national-34.csv'), join(dir, 'national-34.csv'));
  cpSync(join(fixtures, 'data', 'example-set.yaml'), join(dir, 'example-set.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, { cwd: dir });
const national = ['score', 'national-34.csv', '--set', 'example-set.yaml', '--no-export'];

interface ScoreJson {
  entities: { label: string; province: { code: string } | null; rank: number | null }[];
  rejected?: { file: string; findings: { code: string; message: string }[] }[];
}

describe('two files for one province (spec §7)', () => {
  it('is DATA_DUPLICATE_ENTITY in the later file, naming the earlier; validate fails', async () => {
    const t = await run(['validate', 'nop/dong-nai_2025.csv', 'nop/dong-nai_2025_ban-2.csv']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toContain(
      'nop/dong-nai_2025_ban-2.csv  error DATA_DUPLICATE_ENTITY  "Đồng Nai" xuất hiện hai lần (cũng ở nop/dong-nai_2025.csv).',
    );
    expect(t.stdout).toContain('nop/dong-nai_2025.csv: hợp lệ');
  });

  it('is never ranked twice: score stops, and --keep-going rejects the later file', async () => {
    const files = ['nop/ha-noi_2025.csv', 'nop/dong-nai_2025.csv', 'nop/dong-nai_2025_ban-2.csv'];
    expect((await run(['score', ...files, '--no-export'])).exitCode).toBe(1);
    const t = await run(['score', ...files, '--keep-going', '--no-export', '--format', 'json']);
    expect(t.exitCode).toBe(1);
    const json = JSON.parse(t.stdout) as ScoreJson;
    expect(json.entities.map((e) => e.label).sort()).toEqual(['Hà Nội', 'Đồng Nai']);
    expect(json.rejected!.map((r) => [r.file, r.findings.map((f) => f.code)])).toEqual([
      ['nop/dong-nai_2025_ban-2.csv', ['DATA_DUPLICATE_ENTITY']],
    ]);
  });

  it('the same province for two different years is not a duplicate', async () => {
    cpSync(join(dir, 'nop', 'ha-noi_2025.csv'), join(dir, 'ha-noi_2024.csv'));
    const t = await run(['validate', 'nop/ha-noi_2025.csv', 'ha-noi_2024.csv']);
    expect(t.exitCode).toBe(0);
  });

  it('a file named twice is read once, not a duplicate', async () => {
    const t = await run(['validate', 'nop/ha-noi_2025.csv', 'nop/*.csv', '--province', 'Hà Nội']);
    expect(t.stdout).not.toContain('DATA_DUPLICATE_ENTITY  "Hà Nội"');
  });
});

describe('--province selects entities of a multi-entity input (spec §6)', () => {
  it('"Đồng Nai" selects that one unit', async () => {
    const t = await run([...national, '--province', 'Đồng Nai', '--format', 'json']);
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as ScoreJson;
    expect(json.entities.map((e) => [e.label, e.province?.code])).toEqual([['Đồng Nai', '75']]);
  });

  it('is repeatable and takes commas, codes and aliases', async () => {
    const t = await run([
      ...national,
      '--province',
      'Đồng Nai, 01',
      '--province',
      'TP HCM',
      '--format',
      'json',
    ]);
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as ScoreJson;
    expect(json.entities.map((e) => e.province?.code).sort()).toEqual(['01', '75', '79']);
  });

  it('a typo is exit 2 with "did you mean", never silently all 34', async () => {
    const t = await run([...national, '--province', 'Dong Na', '--lang', 'en']);
    expect(t.exitCode).toBe(2);
    expect(t.stdout).toBe('');
    expect(t.stderr).toBe(
      'smartcity: --province "Dong Na" matches no entity of the input. Did you mean: Đồng Nai?\n',
    );
  });

  it('a merged pre-2025 name says which unit it merged into', async () => {
    const t = await run([...national, '--province', 'Bình Phước', '--lang', 'en']);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('it merged into Đồng Nai (75) on 2025-07-01');
  });

  it('selects among the files of a round', async () => {
    const t = await run(['score', 'nop', '--province', 'Huế', '--no-export', '--format', 'json']);
    expect(t.exitCode).toBe(1); // the round still has a broken file: without --keep-going, exit 1
    const kept = await run([
      'score',
      'nop/ha-noi_2025.csv',
      'nop/hue_2025.csv',
      '--province',
      'Thừa Thiên Huế',
      '--no-export',
      '--format',
      'json',
    ]);
    expect(kept.exitCode).toBe(0);
    expect((JSON.parse(kept.stdout) as ScoreJson).entities.map((e) => e.label)).toEqual(['Huế']);
  });
});

describe('a file made for another set (spec §6)', () => {
  it('is one DATA_SET_MISMATCH, not one error per cell and no coverage warning', async () => {
    const t = await run(['validate', 'nop/bo-khac/quang-ninh_2025.csv', '--lang', 'en']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toContain(
      'nop/bo-khac/quang-ninh_2025.csv  error DATA_SET_MISMATCH  6 indicator codes in the file, 0 of them in the set vn-smartcity 1.0 — was the file made for another indicator set? Use --set.',
    );
    expect(t.stdout).not.toContain('closest code');
    expect(t.stdout).not.toContain('SCORE_LOW_COVERAGE');
  });

  it('a wide table for another set is recognised, not "no header row"', async () => {
    const t = await run(['validate', 'national-34.csv', '--format', 'json']);
    const codes = (JSON.parse(t.stdout) as { findings: { code: string }[] }).findings.map(
      (f) => f.code,
    );
    expect(codes).toContain('DATA_SET_MISMATCH');
    expect(codes).not.toContain('DATA_NO_HEADER_ROW');
  });
});
