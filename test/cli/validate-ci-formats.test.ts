import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolVersion } from '../../src/cli/tool-version.js';
import { runCli, transcriptText } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { buildXlsx } from '../helpers/xlsx-builder.js';
import { childrenNamed, parseXml } from '../helpers/xml-tree.js';

const golden = (name: string) => `./golden/validate-${name}.txt`;

const tmp = tempFolder('smartcity-ci-formats-', {
  scope: 'file',
  copy: { 'example-set.yaml': 'data/example-set.yaml', 'quang-ninh.csv': 'data/quang-ninh.csv' },
  setup: async (dir) => {
    // Errors (a word for a number, an unknown code) and a warning (fractions for a percent).
    writeFileSync(
      join(dir, 'ca-mau.csv'),
      'Tỉnh,Năm,HT.01,DV.02\nCà Mau,2025,"0,85",nhiều\nHà Nội,2025,"0,9",4\nDong Na,2025,1,2\n',
    );
    // A workbook with an error in a cell, a fraction warning and a skipped signature row.
    writeFileSync(
      join(dir, 'dong-nai.xlsx'),
      await buildXlsx({
        sheets: [
          {
            name: 'Số liệu',
            cells: {
              A1: 'Tỉnh/Thành phố:',
              B1: 'Đồng Nai',
              A3: 'Mã chỉ số',
              B3: 'Giá trị',
              A4: 'HT.01',
              B4: 0.85,
              A5: 'DV.02',
              B5: 'mười',
              A7: 'Người lập biểu',
            },
          },
        ],
      }),
    );
  },
});

const run = (args: string[], env: Record<string, string> = {}) =>
  runCli(['validate', ...args, '--set', 'example-set.yaml'], { cwd: tmp.dir, env });

describe('validate --format junit', () => {
  it('parses as XML: a suite per file, failures per error, warnings as failures only with --strict', async () => {
    const t = await run([
      'ca-mau.csv',
      'dong-nai.xlsx',
      'quang-ninh.csv',
      '--format',
      'junit',
      '--lang',
      'en',
    ]);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toBe('');
    const root = parseXml(t.stdout);
    const suites = childrenNamed(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual([
      'ca-mau.csv',
      'dong-nai.xlsx',
      'quang-ninh.csv',
    ]);
    const failureTypes = (suite: (typeof suites)[number]) =>
      childrenNamed(suite, 'testcase').flatMap((c) =>
        childrenNamed(c, 'failure').map((f) => f.attributes.type),
      );
    expect(failureTypes(suites[1]!)).toEqual(['DATA_NOT_A_NUMBER']);
    expect(failureTypes(suites[2]!)).toEqual([]);
    const workbookCase = childrenNamed(suites[1]!, 'testcase')[0]!;
    expect(childrenNamed(workbookCase, 'failure')[0]!.attributes.message).toBe(
      'DATA_NOT_A_NUMBER: The value "mười" is not a number. at dong-nai.xlsx › Số liệu!B5',
    );
    expect(childrenNamed(workbookCase, 'system-out')[0]!.text).toContain(
      'warning DATA_LOOKS_LIKE_FRACTION',
    );
    const tests = suites.reduce((n, s) => n + Number(s.attributes.tests), 0);
    expect(root.attributes.tests).toBe(String(tests));

    const strict = parseXml((await run(['dong-nai.xlsx', '--format', 'junit', '--strict'])).stdout);
    const strictCase = childrenNamed(childrenNamed(strict, 'testsuite')[0]!, 'testcase')[0]!;
    expect(childrenNamed(strictCase, 'failure').map((f) => f.attributes.type)).toEqual([
      'DATA_LOOKS_LIKE_FRACTION',
      'DATA_NOT_A_NUMBER',
    ]);
  });

  it('golden: a CSV of three entities and a workbook', async () => {
    const t = await run(['ca-mau.csv', 'dong-nai.xlsx', '--format', 'junit', '--lang', 'en']);
    await expect(transcriptText(t)).toMatchFileSnapshot(golden('junit'));
  });
});

describe('validate --format sarif', () => {
  const schemaErrors = sarifSchemaErrors();

  it('is valid SARIF 2.1.0 with the tool version, in both languages and under --strict', async () => {
    for (const extra of [['--lang', 'en'], ['--lang', 'vi'], ['--strict']]) {
      const t = await run([
        'ca-mau.csv',
        'dong-nai.xlsx',
        'quang-ninh.csv',
        '--format',
        'sarif',
        ...extra,
      ]);
      expect(t.exitCode).toBe(1);
      const log = JSON.parse(t.stdout) as {
        runs: Array<{ tool: { driver: { version: string } }; results: unknown[] }>;
      };
      expect(schemaErrors(log)).toEqual([]);
      expect(log.runs[0]!.tool.driver.version).toBe(toolVersion());
      expect(log.runs[0]!.results.length).toBeGreaterThan(3);
    }
  });

  it('golden: a workbook (row, column and Sheet!B5)', async () => {
    const t = await run(['dong-nai.xlsx', '--format', 'sarif', '--lang', 'en']);
    const text = transcriptText(t).replace(
      `"version": "${toolVersion()}"`,
      '"version": "<version>"',
    );
    await expect(text).toMatchFileSnapshot(golden('sarif'));
  });
});

describe('validate --format gitlab', () => {
  it('parses as JSON; fingerprints unique and the same on a second run', async () => {
    const args = ['ca-mau.csv', 'dong-nai.xlsx', '--format', 'gitlab'];
    const first = await run(args);
    expect(first.exitCode).toBe(1);
    const issues = JSON.parse(first.stdout) as Array<{
      fingerprint: string;
      severity: string;
      location: { path: string };
    }>;
    expect(new Set(issues.map((i) => i.severity))).toEqual(new Set(['major', 'minor', 'info']));
    expect(new Set(issues.map((i) => i.location.path))).toEqual(
      new Set(['ca-mau.csv', 'dong-nai.xlsx']),
    );
    const prints = issues.map((i) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const second = JSON.parse((await run([...args, '--lang', 'en'])).stdout) as Array<{
      fingerprint: string;
    }>;
    expect(second.map((i) => i.fingerprint)).toEqual(prints);
  });

  it('golden: a CSV of three entities', async () => {
    const t = await run(['ca-mau.csv', '--format', 'gitlab', '--lang', 'en']);
    await expect(transcriptText(t)).toMatchFileSnapshot(golden('gitlab'));
  });
});

describe('validate --format github and $GITHUB_STEP_SUMMARY', () => {
  it('appends the summary table to the file the variable names', async () => {
    const summary = tmp.at('step-summary.md');
    writeFileSync(summary, 'earlier step\n');
    const t = await run(
      ['ca-mau.csv', 'dong-nai.xlsx', 'quang-ninh.csv', '--format', 'github', '--lang', 'en'],
      {
        GITHUB_STEP_SUMMARY: summary,
      },
    );
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toBe('');
    expect(t.stdout).toMatch(
      /^::error file=dong-nai\.xlsx,line=5,col=2,title=DATA_NOT_A_NUMBER::/m,
    );
    const markdown = readFileSync(summary, 'utf8');
    await expect(markdown).toMatchFileSnapshot(golden('github-step-summary'));
    expect(markdown.startsWith('earlier step\n')).toBe(true);
    rmSync(summary);
  });

  it('writes nothing without the variable, and only with --format github', async () => {
    const summary = tmp.at('never.md');
    await run(['quang-ninh.csv']);
    await run(['quang-ninh.csv', '--format', 'junit'], { GITHUB_STEP_SUMMARY: summary });
    expect(existsSync(summary)).toBe(false);
  });

  it('a summary that cannot be written is said on stderr; the exit code stays', async () => {
    const folder = tmp.at('a-folder');
    mkdirSync(folder, { recursive: true });
    const ok = await run(['quang-ninh.csv', '--format', 'github', '--lang', 'en'], {
      GITHUB_STEP_SUMMARY: folder,
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.stderr).toBe(
      `smartcity: Could not append the summary table to $GITHUB_STEP_SUMMARY ("${folder}": EISDIR); the result of the check is unchanged.\n`,
    );
    const bad = await run(['ca-mau.csv', '--format', 'github'], {
      GITHUB_STEP_SUMMARY: join(folder, 'no', 'such.md'),
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(
      /^smartcity: Không ghi được bảng tóm tắt vào \$GITHUB_STEP_SUMMARY .*ENOENT/,
    );
  });
});
