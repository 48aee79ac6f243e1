import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin } from '../helpers/run-bin.js';
import { SET_FILE, setText } from './build-corpus.js';

/**
 * Issue 17 item 6: CSV files of many short fields, within the default size limit, once took
 * ~55× their size in memory (45 MB of `a,a,a…` → 2.67 GB, and a line of bare delimiters was
 * parsed into an array of millions of empty fields) because every field of a record was built
 * before the record's size was checked. Each case runs the built binary in a child process and
 * asserts the exit code, the finding at its line, that rows before the bad record are kept, and
 * bounds on wall time and peak memory (targets: 15 s, 1 GB for a 45 MB CSV, on 2 cores).
 */
const MB = 1024 * 1024;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'smartcity-csv-red-'));
  await writeFile(join(dir, SET_FILE), await setText());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Validated {
  files: { entities: string[] }[];
  findings: { code: string; line: number | null }[];
}

async function validate(name: string, text: string) {
  await writeFile(join(dir, name), text);
  const run = await runBin(['validate', '--set', SET_FILE, '--format', 'json', name], dir);
  expect(run.signal, run.stderr).toBeNull();
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  return { run, report: JSON.parse(run.stdout) as Validated };
}

describe('red-team CSV files (issue 17 item 6), built binary: time and memory bounded', () => {
  it('RT6a: one 45 MB line of `a,a,a…` is FILE_CSV_TOO_MANY_FIELDS at line 1', async () => {
    const { run, report } = await validate('one-line.csv', `${'a,'.repeat(22.5 * MB)}a\n`);
    expect(run.code).toBe(1);
    expect(report.findings[0]).toMatchObject({ code: 'FILE_CSV_TOO_MANY_FIELDS', line: 1 });
    expect(run.ms, 'wall time').toBeLessThan(15_000);
    expect(run.peakMb, 'peak memory (MB)').toBeLessThan(1024);
  }, 60_000);

  it('RT6b: a 45 MB line of bare commas stops the reading there; the rows before it are kept', async () => {
    const text = `Tỉnh,HT.01,DV.01\nHà Nội,60,20\n${','.repeat(45 * MB)}\nHuế,70,10\n`;
    const { run, report } = await validate('commas.csv', text);
    expect(run.code).toBe(1);
    expect(report.findings.filter((f) => f.code.startsWith('FILE_'))).toEqual([
      expect.objectContaining({ code: 'FILE_CSV_TOO_MANY_FIELDS', line: 3 }),
    ]);
    expect(report.files[0]!.entities).toEqual(['Hà Nội']);
    expect(run.ms, 'wall time').toBeLessThan(15_000);
    expect(run.peakMb, 'peak memory (MB)').toBeLessThan(1024);
  }, 60_000);

  it('RT6c: a 3 MB record with a stray quote goes to csv-parse and is still refused there', async () => {
    // The quote makes the fast reader hand the record over; csv-parse counts only field text
    // (here none), so without the limit pass it would build a million empty fields.
    const text = `Tỉnh,HT.01\nHà Nội,60\nx"y${','.repeat(3 * MB)}\n`;
    const { run, report } = await validate('quoted.csv', text);
    expect(run.code).toBe(1);
    expect(report.findings[0]).toMatchObject({ code: 'FILE_CSV_TOO_MANY_FIELDS', line: 3 });
    expect(report.files[0]!.entities).toEqual(['Hà Nội']);
    expect(run.peakMb, 'peak memory (MB)').toBeLessThan(700);
  }, 60_000);

  it('RT6d: a 2 MB field of text is FILE_CSV_RECORD_TOO_LARGE at its line, rows before kept', async () => {
    const text = `Tỉnh,HT.01\nHà Nội,60\nHuế,${'9'.repeat(2 * MB)}\n`;
    const { run, report } = await validate('long-field.csv', text);
    expect(run.code).toBe(1);
    expect(report.findings[0]).toMatchObject({ code: 'FILE_CSV_RECORD_TOO_LARGE', line: 3 });
    expect(report.files[0]!.entities).toEqual(['Hà Nội']);
    expect(run.ms, 'wall time').toBeLessThan(15_000);
    expect(run.peakMb, 'peak memory (MB)').toBeLessThan(700);
  }, 60_000);

  it('RT6e: 45 MB of short records stops at the cell limit, under 1 GB', async () => {
    const { run, report } = await validate('short.csv', 'a,a\n'.repeat(11.25 * MB));
    expect(run.code).toBe(1);
    expect(report.findings.map((f) => f.code)).toContain('FILE_CSV_TOO_MANY_CELLS');
    // Not the 15 s target: parsing ten million cells is honest work, slow on a loaded machine.
    expect(run.ms, 'wall time').toBeLessThan(45_000);
    expect(run.peakMb, 'peak memory (MB)').toBeLessThan(1024);
  }, 90_000);

  it('RT11: UTF-16 without a BOM is FILE_ENCODING_LOOKS_UTF16 with the encoding to use, not "binary"', async () => {
    const text = `Tỉnh,HT.01,DV.01\nHà Nội,60,20\n`;
    for (const [encoding, bytes] of [
      ['utf-16le', Buffer.from(text, 'utf16le')],
      ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
    ] as const) {
      const name = `${encoding}.csv`;
      await writeFile(join(dir, name), bytes);
      const run = await runBin(['validate', '--set', SET_FILE, '--format', 'json', name], dir);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as Validated & {
        findings: { code: string; message: string }[];
      };
      expect(report.findings.map((f) => f.code)).toEqual(['FILE_ENCODING_LOOKS_UTF16']);
      expect(report.findings[0]!.message).toContain(`--encoding ${encoding}`);
      expect(run.ms, 'wall time').toBeLessThan(15_000);
      expect(run.peakMb, 'peak memory (MB)').toBeLessThan(700);
      // And read as it says, with that encoding, the file is valid.
      const fixed = await runBin(
        ['validate', '--set', SET_FILE, '--encoding', encoding, name],
        dir,
      );
      expect(fixed.code).toBe(0);
    }
  }, 60_000);
});
