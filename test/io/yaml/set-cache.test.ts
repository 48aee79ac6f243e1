// Sets given by path are kept compiled (the user's cache, or `<set>.compiled.json` beside them):
// a compiled copy may only ever save time. These tests plant entries by hand to see which copy
// a load used: an entry whose title was changed shows through only when it is trusted.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CompiledSet } from '../../../src/core/set/compiled-set.js';
import { readIndicatorSet } from '../../../src/io/yaml/read-indicator-set.js';
import { setCache } from '../../../src/io/yaml/set-cache.js';

const TOOL = '9.9.9-test';
const SETS = join(import.meta.dirname, '..', '..', 'fixtures', 'sets');
const root = mkdtempSync(join(tmpdir(), 'smartcity-set-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dir = '';
let cacheDir = '';
let serial = 0;
beforeEach(() => {
  dir = join(root, `case-${++serial}`);
  cacheDir = join(dir, 'cache');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(SETS, 'every-method.yaml'), join(dir, 'set.yaml'));
});

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
const yamlSha = (): string => sha256(readFileSync(join(dir, 'set.yaml')));
const entryPath = (): string => setCache.file(cacheDir, yamlSha());
const readEntry = (path = entryPath()): CompiledSet =>
  JSON.parse(readFileSync(path, 'utf8')) as CompiledSet;
const load = (ref = 'set.yaml', extra: { fromYaml?: boolean } = {}) =>
  readIndicatorSet(ref, dir, { tool: TOOL, cacheDir, ...extra });
/** What the YAML itself gives, with no compiled copy anywhere. */
const fresh = (ref = 'set.yaml') => readIndicatorSet(ref, dir, { tool: TOOL });

/** A trusted entry for the current YAML whose title says it came from the cache. */
function planted(path: string, change: (entry: CompiledSet) => unknown = (e) => e): void {
  const entry = readEntry();
  entry.set.title = { vi: 'TỪ BỘ ĐỆM', en: 'FROM THE CACHE' };
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(change(entry)));
}

describe('the compiled-set cache', () => {
  it('a miss reads the YAML and stores the set compiled, keyed by the YAML hash', async () => {
    const first = await load();
    expect(first.set).toStrictEqual((await fresh()).set);
    expect(existsSync(entryPath())).toBe(true);
    const entry = readEntry();
    expect(entry).toMatchObject({ tool: TOOL, yamlSha256: yamlSha(), findings: [] });
    expect(entry.set).toStrictEqual(first.set);
  });

  it('a hit serves the stored set', async () => {
    await load();
    planted(entryPath());
    expect((await load()).set!.title.en).toBe('FROM THE CACHE');
  });

  it('an edited YAML never meets the entry of its old text', async () => {
    await load();
    planted(entryPath());
    writeFileSync(
      join(dir, 'set.yaml'),
      `${readFileSync(join(dir, 'set.yaml'), 'utf8')}# edited\n`,
    );
    const loaded = await load();
    expect(loaded.set!.title.en).not.toBe('FROM THE CACHE');
    expect(existsSync(entryPath())).toBe(true);
  });

  it('an entry whose hash, tool version or format does not match is read over and replaced', async () => {
    await load();
    for (const change of [
      (e: CompiledSet) => ({ ...e, yamlSha256: sha256('another text') }),
      (e: CompiledSet) => ({ ...e, tool: '0.0.1' }),
      (e: CompiledSet) => ({ ...e, format: e.format + 1 }),
      (e: CompiledSet) => ({ ...e, format: String(e.format) }),
    ]) {
      planted(entryPath(), change);
      const loaded = await load();
      expect(loaded.set).toStrictEqual((await fresh()).set);
      expect(readEntry()).toMatchObject({ tool: TOOL, yamlSha256: yamlSha() });
      expect(readEntry().set.title.en).not.toBe('FROM THE CACHE');
    }
  });

  it.each<[string, (entry: CompiledSet) => unknown]>([
    ['no set', ({ set: _set, ...rest }) => rest],
    ['an extra key', (e) => ({ ...e, extra: 1 })],
    ['a number as text', (e) => ({ ...e, set: { ...e.set, version: 1 } })],
    ['an unknown indicator type', (e) => withIndicator(e, { type: 'colour' })],
    ['an unknown scoring method', (e) => withIndicator(e, { scoring: { method: 'magic' } })],
    ['an indicator under a group that does not exist', (e) => withIndicator(e, { path: ['ZZ'] })],
    [
      'a duplicate code',
      (e) => ({ ...e, set: { ...e.set, indicators: [...e.set.indicators, e.set.indicators[0]] } }),
    ],
    [
      'a group listing an unknown indicator',
      (e) => ({
        ...e,
        set: {
          ...e.set,
          groups: e.set.groups.map((g) => ({ ...g, indicators: [...g.indicators, 'NOPE'] })),
        },
      }),
    ],
    [
      'an error among the findings',
      (e) => ({ ...e, findings: [finding('SET_WORST_REQUIRED', { code: 'X' })] }),
    ],
    ['an unknown finding code', (e) => ({ ...e, findings: [finding('NOT_A_CODE', {})] })],
    [
      'a finding argument that is an object',
      (e) => ({ ...e, findings: [finding('SET_TARGET_OUTSIDE_RANGE', { field: {} })] }),
    ],
    ['a JSON array', () => []],
    ['null', () => null],
  ])('an entry with %s is not trusted', async (_name, change) => {
    await load();
    planted(entryPath(), change);
    const loaded = await load();
    expect(loaded.set).toStrictEqual((await fresh()).set);
    expect(loaded.findings).toEqual([]);
  });

  it('a damaged, hostile or huge file where the entry should be never fails a load', async () => {
    await load();
    const expected = (await fresh()).set;
    const path = entryPath();
    const contents: (string | Buffer)[] = [
      '',
      'not json',
      readFileSync(path, 'utf8').slice(0, 500),
      Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
      readFileSync(path, 'utf8').replace(/"points":\d+/, '"points":1e999'),
      '{"__proto__": {"polluted": true}}',
    ];
    for (const content of contents) {
      writeFileSync(path, content);
      expect((await load()).set).toStrictEqual(expected);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // A file far larger than any compiled set is not read at all (sparse: no disk used).
    writeFileSync(path, '');
    truncateSync(path, 64 * 1024 * 1024);
    expect((await load()).set).toStrictEqual(expected);
    // A folder in its place cannot be replaced: the load still succeeds from the YAML.
    rmSync(path);
    mkdirSync(path);
    expect((await load()).set).toStrictEqual(expected);
  });

  // Named pipes do not exist in Windows file systems; everywhere else one must not block a load.
  it.skipIf(process.platform === 'win32')(
    'a named pipe where the entry should be does not block',
    async () => {
      mkdirSync(join(cacheDir, 'sets'), { recursive: true });
      expect(spawnSync('mkfifo', [entryPath()]).status).toBe(0);
      expect((await load()).set).toStrictEqual((await fresh()).set);
    },
  );

  it('a cache that cannot be written only costs time', async () => {
    // A file where the cache folder (or its sets/ folder) should be: writing fails for root too.
    writeFileSync(cacheDir, 'in the way');
    expect((await load()).set).toStrictEqual((await fresh()).set);
    rmSync(cacheDir);
    mkdirSync(cacheDir);
    writeFileSync(join(cacheDir, 'sets'), 'in the way');
    expect((await load()).set).toStrictEqual((await fresh()).set);
    expect(readdirSync(cacheDir)).toEqual(['sets']);
  });

  it('keeps the newest entries and clears temporary files left by killed runs', async () => {
    const sets = join(cacheDir, 'sets');
    mkdirSync(sets, { recursive: true });
    const old = new Date(Date.now() - 24 * 3600 * 1000);
    for (let i = 0; i < 70; i++) {
      const name = join(sets, `${sha256(String(i))}.json`);
      writeFileSync(name, '{}');
      utimesSync(name, old, new Date(old.getTime() + i * 1000));
    }
    const leftover = join(sets, `.${sha256('x')}.json.0a1b2c.tmp`);
    writeFileSync(leftover, '{');
    utimesSync(leftover, old, old);
    const unrelated = join(sets, 'notes.txt');
    writeFileSync(unrelated, 'mine');
    await load();
    const names = readdirSync(sets);
    expect(names.filter((n) => n.endsWith('.json'))).toHaveLength(64);
    expect(names).toContain(`${yamlSha()}.json`);
    expect(names).toContain(`${sha256('69')}.json`);
    expect(names).not.toContain(`${sha256('0')}.json`);
    expect(names).not.toContain(leftover.split(/[/\\]/).pop());
    expect(names).toContain('notes.txt');
  });

  it('without the tool version nothing is read from or written to any cache', async () => {
    await load();
    planted(entryPath());
    const loaded = await readIndicatorSet('set.yaml', dir, { cacheDir });
    expect(loaded.set!.title.en).not.toBe('FROM THE CACHE');
    expect(loaded.compiled).toBeNull();
  });

  it('an invalid set is never cached, and its findings are those of the YAML', async () => {
    copyFileSync(join(SETS, 'invalid', 'rule-problems.yaml'), join(dir, 'set.yaml'));
    const first = await load();
    const second = await load();
    expect(first.set).toBeNull();
    expect(first.compiled).toBeNull();
    expect(second).toStrictEqual(first);
    expect(first.findings).toStrictEqual((await fresh()).findings);
    expect(existsSync(join(cacheDir, 'sets'))).toBe(false);
  });

  it('a set with warnings is cached with them and replays them exactly, under any file name', async () => {
    copyFileSync(join(SETS, 'with-warnings.yaml'), join(dir, 'set.yaml'));
    const first = await load();
    expect(first.findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['SET_TARGET_OUTSIDE_RANGE', 13, 44],
      ['SET_LEVELS_NOT_ASCENDING', 22, 38],
    ]);
    expect(readEntry().findings).toHaveLength(2);
    planted(entryPath());
    const second = await load();
    expect(second.set!.title.en).toBe('FROM THE CACHE');
    expect(second.findings).toStrictEqual(first.findings);
    // The same bytes elsewhere share the entry; findings name the file as it was given.
    mkdirSync(join(dir, 'other'));
    copyFileSync(join(dir, 'set.yaml'), join(dir, 'other', 'copy.yml'));
    const copy = await load(join('other', 'copy.yml'));
    expect(copy.set!.title.en).toBe('FROM THE CACHE');
    expect(copy.findings).toStrictEqual((await fresh(join('other', 'copy.yml'))).findings);
    expect(copy.findings[0]!.file).toBe(join('other', 'copy.yml'));
  });
});

describe('<set>.compiled.json beside the set', () => {
  it('is used when its hash matches, before the user cache', async () => {
    await load();
    planted(join(dir, 'set.compiled.json'));
    planted(entryPath(), (e) => ({ ...e, set: { ...e.set, version: 'cache' } }));
    const loaded = await load();
    expect(loaded.set!.title.en).toBe('FROM THE CACHE');
    expect(loaded.set!.version).not.toBe('cache');
  });

  it('is ignored once the YAML changed, and by a load that asks for the YAML', async () => {
    await load();
    planted(join(dir, 'set.compiled.json'));
    expect((await load('set.yaml', { fromYaml: true })).set!.title.en).not.toBe('FROM THE CACHE');
    writeFileSync(join(dir, 'set.yaml'), `${readFileSync(join(dir, 'set.yaml'), 'utf8')}\n`);
    expect((await load()).set!.title.en).not.toBe('FROM THE CACHE');
  });
});

function withIndicator(entry: CompiledSet, change: Record<string, unknown>): CompiledSet {
  const [first, ...rest] = entry.set.indicators;
  return {
    ...entry,
    set: { ...entry.set, indicators: [{ ...first!, ...change } as never, ...rest] },
  };
}

function finding(code: string, args: Record<string, unknown>) {
  return { code, args, line: 1, column: 1, indicator: null };
}
