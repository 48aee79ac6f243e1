import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../../src/io/files/expand-inputs.js';

const round = new URL('../../fixtures/round/', import.meta.url).pathname;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-expand-'));
  cpSync(round, join(dir, 'round'), { recursive: true });
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'a', 'hanoi.csv'), 'x\n');
  writeFileSync(join(dir, 'b', 'hanoi.csv'), 'x\n');
  writeFileSync(join(dir, 'b', 'smartcity-report.xlsx'), 'x');
  writeFileSync(join(dir, 'b', 'notes.md'), 'x');
  // Natural order: 2 before 10.
  mkdirSync(join(dir, 'n'));
  for (const name of ['tinh-10.csv', 'tinh-2.csv', 'tinh-1.csv']) {
    writeFileSync(join(dir, 'n', name), 'x\n');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = async (args: string[], recursive = false) =>
  (await expandInputs(args, { cwd: dir, recursive })).inputs.map((input) => input.file);

describe('expandInputs (spec §6)', () => {
  it('a directory is its data files, in natural order, without lock, hidden and report files', async () => {
    expect(await files(['round'])).toEqual([
      'round/an-giang_2025.csv',
      'round/cao-bang_2025.csv',
      'round/dong-nai_2025.csv',
      'round/dong-nai_2025_ban-2.csv',
      'round/ha-noi_2025.csv',
      'round/hue_2025.csv',
      'round/lam-dong_2025.csv',
    ]);
  });

  it('--recursive descends into subdirectories', async () => {
    expect(await files(['round'], true)).toContain('round/muon/quang-ninh_2025.csv');
    expect(await files(['round'], false)).not.toContain('round/muon/quang-ninh_2025.csv');
  });

  it('sorts numbers in names naturally', async () => {
    expect(await files(['n'])).toEqual(['n/tinh-1.csv', 'n/tinh-2.csv', 'n/tinh-10.csv']);
  });

  it('expands a pattern itself, skipping the same names, and keeps argument order', async () => {
    expect(await files(['b/*', 'round/h*.csv', 'a/*.csv'])).toEqual([
      'b/hanoi.csv',
      'b/notes.md',
      'round/ha-noi_2025.csv',
      'round/hue_2025.csv',
      'a/hanoi.csv',
    ]);
  });

  it('names two files with one base name apart, relative to the working directory', async () => {
    const expanded = await expandInputs(['a/hanoi.csv', join(dir, 'b', 'hanoi.csv')], {
      cwd: dir,
    });
    expect(expanded.inputs.map((input) => input.file)).toEqual(['a/hanoi.csv', 'b/hanoi.csv']);
    expect(expanded.inputs.map((input) => input.origin)).toEqual(['file', 'file']);
  });

  it('reads a file named twice once', async () => {
    expect(await files(['a/hanoi.csv', 'a/*.csv', './a/hanoi.csv'])).toEqual(['a/hanoi.csv']);
  });

  it('a literal path keeps its place even when it would be skipped by a search', async () => {
    expect(await files(['b/smartcity-report.xlsx'])).toEqual(['b/smartcity-report.xlsx']);
  });

  it('`-` is standard input, labelled stdin', async () => {
    const expanded = await expandInputs(['-', 'a/hanoi.csv'], { cwd: dir });
    expect(expanded.inputs[0]).toEqual({ path: null, file: 'stdin', origin: 'stdin' });
  });

  it('a pattern or directory that yields nothing is RUN_NO_MATCH when others yield files', async () => {
    const expanded = await expandInputs(['a/*.csv', 'a/*.xlsx', 'empty'], { cwd: dir });
    expect(expanded.inputs).toHaveLength(1);
    expect(expanded.findings.map((f) => [f.code, f.severity, f.args.pattern])).toEqual([
      ['RUN_NO_MATCH', 'info', 'a/*.xlsx'],
      ['RUN_NO_MATCH', 'info', 'empty'],
    ]);
  });

  it('nothing found at all is RUN_NO_INPUT (exit 2)', async () => {
    await expect(expandInputs(['a/*.xlsx', 'empty'], { cwd: dir })).rejects.toMatchObject({
      exitCode: 2,
      coded: { code: 'RUN_NO_INPUT' },
    });
  });

  it('a literal path that does not exist is RUN_INPUT_NOT_FOUND', async () => {
    await expect(expandInputs(['a/hanoi.csv', 'nope.csv'], { cwd: dir })).rejects.toMatchObject({
      exitCode: 2,
      coded: { code: 'RUN_INPUT_NOT_FOUND', args: { path: 'nope.csv' } },
    });
  });
});
