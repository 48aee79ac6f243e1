import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Choosing inputs (spec §6) through the commands, on a copy of the fixture round. */
const round = new URL('../fixtures/round/', import.meta.url).pathname;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-inputs-'));
  cpSync(round, join(dir, 'submissions'), { recursive: true });
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  cpSync(join(round, 'lam-dong_2025.csv'), join(dir, 'a', 'lam-dong.csv'));
  cpSync(join(round, 'lam-dong_2025.csv'), join(dir, 'b', 'lam-dong.csv'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], stdin?: string) =>
  runCli(args, { cwd: dir, ...(stdin === undefined ? {} : { stdin }) });

describe('inputs: directories, patterns, stdin (spec §6)', () => {
  it('validate reads a directory: every data file in it, none of the lock, hidden or report files', async () => {
    const t = await run(['validate', 'submissions', '--format', 'json']);
    const json = JSON.parse(t.stdout) as { files: { file: string }[] };
    expect(json.files.map((f) => f.file)).toEqual([
      'submissions/an-giang_2025.csv',
      'submissions/cao-bang_2025.csv',
      'submissions/dong-nai_2025.csv',
      'submissions/dong-nai_2025_ban-2.csv',
      'submissions/ha-noi_2025.csv',
      'submissions/hue_2025.csv',
      'submissions/lam-dong_2025.csv',
    ]);
  });

  it('expands a quoted pattern itself; a second pattern that matches nothing is only an info', async () => {
    const t = await run(['validate', 'submissions/h*.csv', 'submissions/*.xlsx']);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('submissions/ha-noi_2025.csv');
    expect(t.stdout).toContain('submissions/hue_2025.csv');
    expect(t.stderr).toContain('info RUN_NO_MATCH');
    expect(t.stderr).toContain('submissions/*.xlsx');
  });

  it('the CI recipe of the README and docs/ci.md runs on a folder of CSV files only', async () => {
    const t = await run(['validate', 'submissions/*.xlsx', 'submissions/*.csv', '--strict']);
    // Exit 1 for the broken submission, not 2 for the pattern that matched nothing.
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('RUN_NO_MATCH');
    expect(t.stdout).toContain('submissions/lam-dong_2025.csv');
  });

  it('no input yields a file: exit 2 RUN_NO_INPUT, in the chosen language', async () => {
    const t = await run(['validate', 'submissions/*.xlsx', '--lang', 'en']);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toBe('smartcity: No data file to read: submissions/*.xlsx matched no file.\n');
  });

  it('a literal path that does not exist is still RUN_INPUT_NOT_FOUND', async () => {
    const t = await run(['validate', 'submissions/nope.csv', '--lang', 'en']);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('Input file not found: submissions/nope.csv');
  });

  it('files are read ahead of binding, yet every file is read in order and a missing one fails the same', async () => {
    // Six files (more than are read ahead), the missing one after two good ones.
    const files = ['hue_2025.csv', 'cao-bang_2025.csv', 'an-giang_2025.csv', 'ha-noi_2025.csv'];
    const paths = files.map((file) => `submissions/${file}`);
    const missing = await run([
      'validate',
      ...paths.slice(0, 2),
      'submissions/nope.csv',
      ...paths.slice(2),
      '--lang',
      'en',
    ]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('Input file not found: submissions/nope.csv');
    // In order: the JSON lists the files as given, whatever finished reading first.
    const order = [...paths.slice(2), 'a/lam-dong.csv', ...paths.slice(0, 2), 'b/lam-dong.csv'];
    const json = await run(['validate', ...order, '--format', 'json']);
    const doc = JSON.parse(json.stdout) as { files: { file: string }[] };
    expect(doc.files.map((f) => f.file)).toEqual(order);
  });

  it('findings name the path, so two files with one base name are told apart', async () => {
    const t = await run(['validate', 'a/lam-dong.csv', 'b/lam-dong.csv']);
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toMatch(/^a\/lam-dong\.csv:2:2 {2}error DATA_NOT_A_NUMBER/m);
    expect(t.stdout).toMatch(/^b\/lam-dong\.csv:2:2 {2}error DATA_NOT_A_NUMBER/m);
    const github = await run(['validate', 'b/lam-dong.csv', '--format', 'github']);
    expect(github.stdout).toContain('::error file=b/lam-dong.csv,line=2,col=2');
  });

  it('`-` reads standard input, sniffed like a file and labelled stdin', async () => {
    const text = readFileSync(join(round, 'ha-noi_2025.csv'), 'utf8');
    const t = await run(
      ['score', '-', '--province', 'Hà Nội', '--format', 'json', '--no-export'],
      text,
    );
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as { entities: { name: string; source: { file: string } }[] };
    expect(json.entities[0]!.source.file).toBe('stdin');
    const bad = await run(['validate', '-'], 'Mã chỉ số,Giá trị\nHT.BR.01,abc\n');
    expect(bad.stdout).toMatch(/^stdin:2:2 {2}error DATA_NOT_A_NUMBER/m);
  });

  it('score of a directory writes ./smartcity-report.xlsx, not a report beside one file', async () => {
    const t = await run(['score', 'submissions/muon']);
    expect(t.exitCode).toBe(0);
    expect(existsSync(join(dir, 'smartcity-report.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'submissions', 'muon', 'quang-ninh_2025.report.xlsx'))).toBe(false);
  });

  it('--recursive reads the subfolders of a directory', async () => {
    const flat = await run(['validate', 'submissions', '--format', 'json']);
    const deep = await run(['validate', 'submissions', '--recursive', '--format', 'json']);
    const files = (t: { stdout: string }) =>
      (JSON.parse(t.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files(flat)).not.toContain('submissions/muon/quang-ninh_2025.csv');
    expect(files(deep)).toContain('submissions/muon/quang-ninh_2025.csv');
  });
});
