import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  bindData,
  findingText,
  loadSet,
  readDataFile,
  renderCsv,
  renderJson,
  renderWorkbook,
  score,
  SmartcityError,
} from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';

/** The library gives what the CLI gives: same report, same findings, same errors. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'test/fixtures/data');
const DONGNAI = join(ROOT, 'fixtures/dongnai.xlsx');

describe('library', () => {
  it('scores the bundled fixture to the CLI’s JSON, byte for byte', async () => {
    const { set, findings } = await loadSet();
    expect(findings).toEqual([]);
    // The CLI names the file by its path from the working directory (spec §6).
    const raw = await readDataFile(DONGNAI, { label: 'fixtures/dongnai.xlsx' });
    const report = score(set!, bindData(raw, set!));
    expect(report.entities[0]!.points.toFixed(2)).toBe('796.59');
    const cli = await runCli(
      ['score', 'fixtures/dongnai.xlsx', '--format', 'json', '--no-export'],
      {
        cwd: ROOT,
      },
    );
    expect(cli.exitCode).toBe(0);
    expect(renderJson(report)).toBe(cli.stdout);
  });

  it('reads a set by path relative to cwd, and binds with the CLI’s options', async () => {
    const { set } = await loadSet('example-set.yaml', { cwd: DATA });
    expect(set!.id).not.toBe('vn-smartcity');
    const raw = await readDataFile(join(DATA, 'quang-ninh.csv'));
    const data = bindData(raw, set!, { year: 2024, decimal: 'comma' });
    const report = score(set!, [data], { missing: 'exclude' });
    expect(report.policy.missing).toBe('exclude');
    expect(report.entities[0]!.year).toBe(2024);
    const cli = await runCli(
      [
        'score',
        'quang-ninh.csv',
        '--set',
        'example-set.yaml',
        '--year',
        '2024',
        '--decimal',
        'comma',
        '--missing',
        'exclude',
        '--format',
        'json',
        '--no-export',
        '--lang',
        'en',
      ],
      { cwd: DATA },
    );
    expect(renderJson(report, { lang: 'en' })).toBe(cli.stdout);
    expect(renderCsv(report, { lang: 'en' })).toContain('Quảng Ninh');
  });

  it('returns findings for bad content and never throws on it', async () => {
    const { set } = await loadSet();
    const raw = await readDataFile(join(ROOT, 'package.json'));
    const data = bindData(raw, set!);
    expect(data.entities).toEqual([]);
    const errors = data.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(findingText(errors[0]!, 'en')).toMatch(/^package\.json.*: [A-Z_]+ /);
  });

  it('returns an invalid set as null with findings that have line:col', async () => {
    const { set, findings } = await loadSet(
      join(ROOT, 'test/fixtures/sets/invalid/misspelt-key.yaml'),
    );
    expect(set).toBeNull();
    expect(findings.some((f) => f.severity === 'error' && f.line !== null)).toBe(true);
  });

  it('throws SmartcityError with the code and a message in the asked language', async () => {
    const missing = readDataFile(join(DATA, 'no-such-file.csv'), { lang: 'vi' });
    await expect(missing).rejects.toBeInstanceOf(SmartcityError);
    await expect(missing).rejects.toMatchObject({
      code: 'RUN_INPUT_NOT_FOUND',
      message: expect.stringMatching(/^Không tìm thấy tệp .*no-such-file\.csv\.$/),
    });
    await expect(loadSet('no-such-set')).rejects.toMatchObject({
      code: 'RUN_SET_UNKNOWN',
      message: expect.stringMatching(/^There is no indicator set "no-such-set"/),
    });
  });

  it('renders the workbook as xlsx bytes', async () => {
    const { set } = await loadSet();
    const report = score(set!, bindData(await readDataFile(DONGNAI), set!));
    const bytes = await renderWorkbook(report, {
      lang: 'en',
      date: new Date(Date.UTC(2026, 0, 2)),
    });
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  });
});
