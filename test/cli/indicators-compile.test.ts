import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, transcriptText } from '../helpers/run-cli.js';
import { fixture, tempFolder } from '../helpers/temp-folder.js';

const tmp = tempFolder('smartcity-compile-');
/** The test's folder holding `name` (a fixture set) as `set.yaml`, and an empty cache folder. */
function folder(name = 'every-method.yaml'): { dir: string; cacheDir: string } {
  copyFileSync(fixture('sets', name), tmp.at('set.yaml'));
  return { dir: tmp.dir, cacheDir: tmp.at('cache') };
}

/** The set's title as `indicators --format json` prints it: which copy was used. */
async function titleOf(dir: string, cacheDir: string | null = null): Promise<string> {
  const t = await runCli(['indicators', '--set', 'set.yaml', '--format', 'json', '--lang', 'en'], {
    cwd: dir,
    cacheDir,
  });
  expect(t.exitCode, t.stderr).toBe(0);
  return (JSON.parse(t.stdout) as { title: string }).title;
}

describe('smartcity indicators compile', () => {
  it('writes <set>.compiled.json beside the set, which later runs use', async () => {
    const { dir } = folder();
    const t = await runCli(['--lang', 'en', 'indicators', 'compile', 'set.yaml'], { cwd: dir });
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toBe('');
    expect(t.stdout).toBe(
      'set.yaml → set.compiled.json: every-method 0.3-beta, 8 indicators, 0 warnings.\n',
    );
    const compiled = JSON.parse(readFileSync(join(dir, 'set.compiled.json'), 'utf8')) as {
      set: { title: { en: string } };
    };
    expect(await titleOf(dir)).toBe(compiled.set.title.en);
    // Used: a title changed in the compiled file shows (it is trusted as the set's own file).
    compiled.set.title.en = 'From set.compiled.json';
    writeFileSync(join(dir, 'set.compiled.json'), JSON.stringify(compiled));
    expect(await titleOf(dir)).toBe('From set.compiled.json');
    // Not used once the YAML is edited: its hash no longer matches.
    writeFileSync(join(dir, 'set.yaml'), `${readFileSync(join(dir, 'set.yaml'), 'utf8')}# x\n`);
    expect(await titleOf(dir)).not.toBe('From set.compiled.json');
  });

  it('compiles from the YAML, never from an older compiled copy', async () => {
    const { dir } = folder();
    expect((await runCli(['indicators', 'compile', 'set.yaml'], { cwd: dir })).exitCode).toBe(0);
    const path = join(dir, 'set.compiled.json');
    const honest = readFileSync(path, 'utf8');
    writeFileSync(path, honest.replace('"every-method"', '"tampered"'));
    expect((await runCli(['indicators', 'compile', 'set.yaml'], { cwd: dir })).exitCode).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(honest);
  });

  it('names the output beside a set given by a path, in Vietnamese by default', async () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'sets'));
    copyFileSync(join(dir, 'set.yaml'), join(dir, 'sets', 'mine.yml'));
    const t = await runCli(['indicators', 'compile', join('sets', 'mine.yml')], { cwd: dir });
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toBe(
      `${join('sets', 'mine.yml')} → ${join('sets', 'mine.compiled.json')}: every-method 0.3-beta, 8 chỉ số, 0 cảnh báo.\n`,
    );
    expect(existsSync(join(dir, 'sets', 'mine.compiled.json'))).toBe(true);
  });

  it('keeps the warnings of a set, and later runs print the same ones', async () => {
    const { dir } = folder('with-warnings.yaml');
    const check = await runCli(['indicators', 'check', 'set.yaml'], { cwd: dir });
    const compile = await runCli(['indicators', 'compile', 'set.yaml'], { cwd: dir });
    expect(compile.exitCode).toBe(0);
    expect(compile.stderr).toBe(check.stderr);
    expect(compile.stderr).toMatch(/^set\.yaml:13:44 {2}warning SET_TARGET_OUTSIDE_RANGE/);
    expect(compile.stdout).toMatch(/2 cảnh báo\.\n$/);
    const again = await runCli(['indicators', 'check', 'set.yaml'], { cwd: dir });
    expect(again).toStrictEqual(check);
  });

  it('an invalid set: the findings of check, exit 2, nothing written', async () => {
    const { dir } = folder(join('invalid', 'rule-problems.yaml'));
    const check = await runCli(['indicators', 'check', 'set.yaml'], { cwd: dir });
    const compile = await runCli(['indicators', 'compile', 'set.yaml'], { cwd: dir });
    expect(compile.exitCode).toBe(2);
    expect({ ...compile, command: '' }).toStrictEqual({ ...check, command: '' });
    expect(readdirSync(dir)).toEqual(['set.yaml']);
  });

  it('refuses a bundled id: bundled sets are compiled by the build', async () => {
    const t = await runCli(['--lang', 'en', 'indicators', 'compile', 'vn-smartcity']);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toBe(
      'smartcity: "vn-smartcity" is a bundled set, compiled when smartcity is built; compile needs the path of a .yaml file.\n',
    );
  });

  it('a compiled file that cannot be written exits 2 and leaves nothing behind', async () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'set.compiled.json'));
    const t = await runCli(['--lang', 'en', 'indicators', 'compile', 'set.yaml'], { cwd: dir });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toMatch(/^smartcity: Cannot write "set\.compiled\.json" \(E[A-Z]+\); /);
    expect(readdirSync(dir).sort()).toEqual(['set.compiled.json', 'set.yaml']);
  });

  it('a missing file exits 2 like check', async () => {
    const { dir } = folder();
    const t = await runCli(['indicators', 'compile', 'nope.yaml'], { cwd: dir });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toMatch(/nope\.yaml \(ENOENT\)/);
  });
});

describe('the user cache seen from the CLI', () => {
  it('every command stores a set given by path in the cache folder of the context', async () => {
    const { dir, cacheDir } = folder();
    const first = await titleOf(dir, cacheDir);
    const entries = readdirSync(join(cacheDir, 'sets'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(await titleOf(dir, cacheDir)).toBe(first);
  });

  it.each(['every-method.yaml', 'with-warnings.yaml', join('invalid', 'rule-problems.yaml')])(
    '%s: check prints the same with no cache, a cold one and a warm one',
    async (name) => {
      const { dir, cacheDir } = folder(name);
      const check = (cache: string | null) =>
        runCli(['indicators', 'check', 'set.yaml'], { cwd: dir, cacheDir: cache });
      const none = await check(null);
      const cold = await check(cacheDir);
      const warm = await check(cacheDir);
      expect(transcriptText(cold)).toBe(transcriptText(none));
      expect(transcriptText(warm)).toBe(transcriptText(none));
      expect(existsSync(join(cacheDir, 'sets'))).toBe(none.exitCode === 0);
    },
  );
});
