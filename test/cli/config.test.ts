import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * smartcity.config.yaml (spec §11): discovery up to the repository root, --config, --no-config,
 * precedence (flags > file > defaults), paths relative to the file, and every kind of error
 * (exit 2, each problem at its line:col).
 */
const FIXTURES = new URL('../fixtures/data/', import.meta.url);

let repo = '';
let sub = '';

beforeEach(() => {
  const outer = mkdtempSync(join(tmpdir(), 'smartcity-config-'));
  repo = join(outer, 'repo');
  sub = join(repo, 'submissions', 'q1');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'sets'));
  mkdirSync(sub, { recursive: true });
  copyFileSync(new URL('example-set.yaml', FIXTURES), join(repo, 'sets', 'example-set.yaml'));
  copyFileSync(new URL('quang-ninh.csv', FIXTURES), join(sub, 'quang-ninh.csv'));
  // Only a warning: a fraction where the set expects a percent.
  writeFileSync(join(sub, 'ca-mau.csv'), 'Mã chỉ số,Giá trị\nHT.01,"0,85"\n');
});

afterEach(() => {
  rmSync(join(repo, '..'), { recursive: true, force: true });
});

const config = (dir: string, text: string) =>
  writeFileSync(join(dir, 'smartcity.config.yaml'), text);
const json = (stdout: string) =>
  JSON.parse(stdout) as {
    indicatorSet: { id: string; title: string };
    policy: { missing: string };
  };

describe('discovery', () => {
  it('finds the file in a parent directory and resolves its set path from the file', async () => {
    config(repo, 'set: sets/example-set.yaml\nlang: en\n');
    const run = await runCli(['score', 'quang-ninh.csv', '--format', 'json', '--no-export'], {
      cwd: sub,
    });
    expect(run.exitCode).toBe(0);
    expect(json(run.stdout).indicatorSet).toMatchObject({
      id: 'worked-example',
      title: 'Worked example',
    });
  });

  it('prefers the nearest file', async () => {
    config(repo, 'lang: vi\nset: sets/example-set.yaml\n');
    config(sub, 'lang: en\nset: ../../sets/example-set.yaml\n');
    const run = await runCli(['validate', 'quang-ninh.csv'], { cwd: sub });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/valid/i);
    expect(run.stdout).not.toMatch(/hợp lệ/);
  });

  it('looks no higher than the directory with .git', async () => {
    config(join(repo, '..'), 'lang: en\nstrict: true\n');
    const run = await runCli(['provinces', '--format', 'json'], { cwd: sub });
    expect(run.exitCode).toBe(0);
    // Not applied: the default language stays Vietnamese.
    const help = await runCli(['validate', 'nope.csv', '--set', '../../sets/example-set.yaml'], {
      cwd: sub,
    });
    expect(help.stderr).toContain('Không tìm thấy tệp');
  });

  it('--no-config ignores the file; --config names another one', async () => {
    config(repo, 'lang: en\nset: sets/example-set.yaml\nstrict: true\n');
    const ignored = await runCli(
      ['validate', 'ca-mau.csv', '--no-config', '--set', '../../sets/example-set.yaml'],
      { cwd: sub },
    );
    expect(ignored.exitCode).toBe(0);
    writeFileSync(join(repo, 'other.yaml'), 'set: sets/example-set.yaml\nmissing: exclude\n');
    const other = await runCli(
      [
        'score',
        'quang-ninh.csv',
        '--config',
        '../../other.yaml',
        '--format',
        'json',
        '--no-export',
      ],
      { cwd: sub },
    );
    expect(other.exitCode).toBe(0);
    expect(json(other.stdout).policy.missing).toBe('exclude');
  });

  it('--config naming a missing file cannot run (exit 2), in the configured language', async () => {
    const run = await runCli(['provinces', '--config', 'missing.yaml', '--lang', 'en'], {
      cwd: sub,
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('smartcity: Configuration file not found: missing.yaml (--config).\n');
  });
});

describe('precedence: flags, then the file, then defaults', () => {
  it('strict from the file makes a warning fail; the language follows the file', async () => {
    config(repo, 'set: sets/example-set.yaml\nstrict: true\nlang: en\n');
    const run = await runCli(['validate', 'ca-mau.csv'], { cwd: sub });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/warning/);
  });

  it('a flag wins over the file', async () => {
    config(repo, 'set: sets/example-set.yaml\nmissing: exclude\nlang: en\n');
    const fromFile = await runCli(['score', 'quang-ninh.csv', '--format', 'json', '--no-export'], {
      cwd: sub,
    });
    expect(json(fromFile.stdout).policy.missing).toBe('exclude');
    expect(json(fromFile.stdout).indicatorSet.title).toBe('Worked example');
    const flags = await runCli(
      [
        'score',
        'quang-ninh.csv',
        '--missing',
        'zero',
        '--lang',
        'vi',
        '--format',
        'json',
        '--no-export',
      ],
      { cwd: sub },
    );
    expect(json(flags.stdout).policy.missing).toBe('zero');
    expect(json(flags.stdout).indicatorSet.title).toBe('Bộ chỉ số ví dụ');
  });

  it('a flag naming a set wins over the file, and is relative to the cwd', async () => {
    config(repo, 'set: dti-2022\n');
    const run = await runCli(
      ['indicators', '--format', 'json', '--set', '../../sets/example-set.yaml'],
      { cwd: sub },
    );
    expect((JSON.parse(run.stdout) as { id: string }).id).toBe('worked-example');
    const fromFile = await runCli(['indicators', '--format', 'json'], { cwd: sub });
    expect((JSON.parse(fromFile.stdout) as { id: string }).id).toBe('dti-2022');
  });

  it('keys a command has no option for are not used by it', async () => {
    config(repo, 'strict: true\ndecimal: comma\nencoding: utf-8\nminCoverage: 0.5\nexpect: all\n');
    const run = await runCli(['provinces', '--format', 'json'], { cwd: sub });
    expect(run.exitCode).toBe(0);
  });
});

describe('errors: exit 2, each at its line:col', () => {
  const cases: [string, string, RegExp][] = [
    [
      'lang: en\nmisssing: zero\n',
      'unknown key',
      /smartcity\.config\.yaml:2:1 .*RUN_CONFIG_UNKNOWN_KEY .*"misssing" in the configuration file \(did you mean: missing\)\. The keys/,
    ],
    ['lang: fr\n', 'bad choice', /smartcity\.config\.yaml:1:7 .*RUN_CONFIG_CHOICE .*"fr".*vi, en/],
    [
      'strict: "yes"\n',
      'not a boolean',
      /smartcity\.config\.yaml:1:9 .*RUN_CONFIG_BOOLEAN .*"yes"/,
    ],
    [
      'minCoverage: 65\n',
      'out of range',
      /smartcity\.config\.yaml:1:14 .*RUN_CONFIG_RANGE .*0 .*1.* 65/,
    ],
    ['set: ""\n', 'empty text', /smartcity\.config\.yaml:1:6 .*RUN_CONFIG_TEXT/],
    ['- lang\n- en\n', 'not a mapping', /smartcity\.config\.yaml:1:1 .*RUN_CONFIG_NOT_MAPPING/],
    [
      'lang: en\nlang: vi\n',
      'duplicate key',
      /smartcity\.config\.yaml:2:1 .*RUN_CONFIG_DUPLICATE_KEY .*"lang"/,
    ],
    ['lang: [en\n', 'syntax', /smartcity\.config\.yaml:\d+:\d+ .*RUN_CONFIG_SYNTAX/],
    ['a: &x en\nlang: *x\n', 'alias', /RUN_CONFIG_YAML_FEATURE/],
    ['lang: !!str en\n', 'tag', /smartcity\.config\.yaml:1:7 .*RUN_CONFIG_YAML_FEATURE .*tag/],
  ];
  it.each(cases)('%j (%s)', async (text, _what, expected) => {
    config(sub, text);
    const run = await runCli(['provinces', '--lang', 'en'], { cwd: sub });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).toMatch(
      /smartcity: The configuration file smartcity\.config\.yaml is invalid \(see the errors above\); fix it, or ignore it with --no-config\.\n$/,
    );
  });

  it('refuses nesting no config needs before the YAML parser sees it', async () => {
    // A deep parse can abort Node (see yaml-prescan.ts), and this file is read on every run.
    config(sub, `lang: ${'['.repeat(5_000)}\n`);
    const run = await runCli(['provinces', '--lang', 'en'], { cwd: sub });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.slice(0, 300)).toMatch(
      /smartcity\.config\.yaml:1:\d+ .*RUN_CONFIG_SYNTAX .*nesting deeper than 64/,
    );
  });

  it('leaves out the suggestion when no key is near', async () => {
    config(sub, 'colour: never\n');
    const run = await runCli(['provinces'], { cwd: sub });
    expect(run.stderr).toContain(
      'Khoá "colour" không có trong tệp cấu hình. Các khoá được dùng: set, lang,',
    );
  });

  it('words the errors in Vietnamese by default', async () => {
    config(sub, 'strict: có\n');
    const run = await runCli(['provinces'], { cwd: sub });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('strict cần true hoặc false, không phải "có".');
    expect(run.stderr).toContain('Tệp cấu hình smartcity.config.yaml không hợp lệ');
  });

  it('an empty file sets nothing', async () => {
    config(sub, '# nothing yet\n');
    const run = await runCli(['provinces', '--format', 'json'], { cwd: sub });
    expect(run.exitCode).toBe(0);
  });

  it('a broken file does not block --help or --version', async () => {
    config(sub, 'lang: fr\n');
    expect((await runCli(['--help'], { cwd: sub })).exitCode).toBe(0);
    expect((await runCli(['--version'], { cwd: sub })).exitCode).toBe(0);
    expect((await runCli(['--no-config', 'provinces'], { cwd: sub })).exitCode).toBe(0);
  });
});
