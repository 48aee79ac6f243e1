import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CannotRunError } from '../../../src/core/findings/cannot-run-error.js';
import { findingMessage } from '../../../src/core/findings/format-finding.js';
import { readIndicatorSet } from '../../../src/io/yaml/read-indicator-set.js';
import { yamlIndicatorSet } from '../../../src/io/yaml/yaml-indicator-set.js';

const VALID = `id: small
version: "1.0"
title: { vi: "Nhỏ", en: "Small" }
groups:
  - code: A
    name: "Nhóm A"
    points: 100
    indicators:
      - code: A.1
        name: "Một"
        type: percent
        scoring: { method: target, target: 80 }
      - code: A.2
        name: "Hai"
        type: boolean
        points: 40
        scoring: { method: boolean }
`;

/** Code, line and column of every finding: what a person needs to open the file at the spot. */
const where = (text: string): [string, number | null, string | number | null][] =>
  yamlIndicatorSet(text, 'set.yaml').findings.map((f) => [f.code, f.line, f.column]);

describe('yamlIndicatorSet: locations', () => {
  it('loads a valid set with no findings', () => {
    const { set, findings } = yamlIndicatorSet(VALID, 'set.yaml');
    expect(findings).toEqual([]);
    expect(set!.indicators.map((i) => i.points)).toEqual([60, 40]);
  });

  it('reports a misspelt key at its exact line and column, with a suggestion', () => {
    const text = VALID.replace('        type: percent\n', '        tpye: percent\n');
    const { findings } = yamlIndicatorSet(text, 'set.yaml');
    expect(findings.map((f) => [f.code, f.line, f.column])).toContainEqual([
      'SET_UNKNOWN_KEY_SUGGEST',
      11,
      9,
    ]);
    const typo = findings.find((f) => f.code === 'SET_UNKNOWN_KEY_SUGGEST')!;
    expect(findingMessage(typo, 'en')).toBe('Unknown key "tpye" — did you mean "type"?');
    expect(typo.file).toBe('set.yaml');
    expect(typo.indicator).toBe('A.1');
  });

  it('points a missing key at the mapping that should hold it', () => {
    const text = VALID.replace('        name: "Một"\n', '');
    expect(where(text)).toEqual([['SET_MISSING_KEY', 9, 9]]);
  });

  it('points a wrong value at the value', () => {
    expect(where(VALID.replace('points: 40', 'points: -4'))).toEqual([
      ['SET_NOT_POSITIVE', 16, 17],
    ]);
  });

  it('places rule findings: lower without worst at the scoring mapping', () => {
    const text = VALID.replace(
      '        type: percent\n',
      '        type: percent\n        direction: lower\n',
    );
    expect(where(text)).toEqual([['SET_WORST_REQUIRED', 13, 18]]);
  });

  it('places a total mismatch at total', () => {
    expect(where(VALID.replace('groups:', 'total: 90\ngroups:'))).toEqual([
      ['SET_TOTAL_MISMATCH', 4, 8],
    ]);
  });
});

describe('yamlIndicatorSet: YAML features a set must not use', () => {
  it.each<[string, string, [string, number, number][]]>([
    [
      'a duplicate key',
      VALID.replace('    points: 100\n', '    points: 100\n    points: 90\n'),
      [['SET_YAML_DUPLICATE_KEY', 8, 5]],
    ],
    ['a %YAML 1.1 directive', `%YAML 1.1\n---\n${VALID}`, [['SET_YAML_DIRECTIVE', 1, 1]]],
    [
      'a %TAG directive',
      `%TAG !e! tag:example.com,2000:\n---\n${VALID}`,
      [['SET_YAML_DIRECTIVE', 1, 1]],
    ],
    [
      'an anchor and an alias',
      VALID.replace('target: 80 }', 'target: &t 80 }').replace('points: 40', 'points: *t'),
      [
        ['SET_YAML_ANCHOR', 12, 44],
        ['SET_YAML_ALIAS', 16, 17],
      ],
    ],
    [
      'an explicit !!str tag',
      VALID.replace('version: "1.0"', 'version: !!str 1.0'),
      [['SET_YAML_TAG', 2, 10]],
    ],
    [
      'a custom !js/function tag',
      VALID.replace('title:', 'source: !js/function "x"\ntitle:'),
      [['SET_YAML_TAG', 3, 9]],
    ],
    ['two documents', `${VALID}---\nid: other\n`, [['SET_YAML_MULTIPLE_DOCUMENTS', 18, 1]]],
    [
      'a tab as indentation',
      VALID.replace('    points: 100', '\tpoints: 100'),
      [['SET_YAML_TAB_INDENT', 7, 1]],
    ],
    ['an empty file', '', [['SET_YAML_EMPTY', 1, 1]]],
    ['only a comment', '# nothing\n', [['SET_YAML_EMPTY', 1, 1]]],
    ['a scalar root', 'hello\n', [['SET_YAML_ROOT_NOT_MAPPING', 1, 1]]],
    ['a list root', '- a\n- b\n', [['SET_YAML_ROOT_NOT_MAPPING', 1, 1]]],
  ])('refuses %s', (_name, text, expected) => {
    const { set } = yamlIndicatorSet(text, 'set.yaml');
    expect(set).toBeNull();
    expect(where(text)).toEqual(expected);
  });

  it('refuses deep nesting quickly, twice in a row, without a stack overflow', () => {
    for (const text of [
      '['.repeat(50_000),
      '{a: '.repeat(20_000),
      '- '.repeat(20_000) + 'x',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
    ]) {
      const started = Date.now();
      const { set, findings } = yamlIndicatorSet(text, 'deep.yaml');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(set).toBeNull();
      expect(findings.map((f) => f.code)).toEqual(['SET_YAML_TOO_DEEP']);
      expect(findings[0]!.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'.split('').map((name, i) => {
        const prev = 'abcdefghi'[i]!;
        return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`;
      }),
    ].join('\n');
    const started = Date.now();
    const { findings } = yamlIndicatorSet(bomb, 'bomb.yaml');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(findings.some((f) => f.code === 'SET_YAML_ALIAS')).toBe(true);
  });

  it('prints nothing to stderr for tags (warnings become findings)', () => {
    const writes: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    const emit = process.emitWarning;
    process.stderr.write = ((chunk: string) => (
      writes.push(String(chunk)),
      true
    )) as typeof process.stderr.write;
    process.emitWarning = ((warning: string) =>
      void writes.push(String(warning))) as typeof process.emitWarning;
    try {
      yamlIndicatorSet('x: !js/function "f"\ny: !!binary aGk=\n', 'tags.yaml');
    } finally {
      process.stderr.write = original;
      process.emitWarning = emit;
    }
    expect(writes).toEqual([]);
  });
});

describe('yamlIndicatorSet: YAML 1.2 core values', () => {
  it('keeps `no` a string, so `ratio: no` is an error', () => {
    const text = VALID.replace(
      '        type: percent\n',
      '        type: percent\n        ratio: no\n',
    );
    expect(where(text)).toEqual([['SET_EXPECTED_BOOLEAN', 12, 16]]);
  });

  it('refuses `version: 1.0` unquoted, quoting what the author wrote', () => {
    const { findings } = yamlIndicatorSet(
      VALID.replace('version: "1.0"', 'version: 1.0'),
      'set.yaml',
    );
    expect(findings.map((f) => [f.code, f.line, f.column])).toEqual([['SET_EXPECTED_TEXT', 2, 10]]);
    expect(findingMessage(findings[0]!, 'en')).toContain('put it in quotes: "1.0"');
  });

  it('does not read `0,5` as a number', () => {
    expect(where(VALID.replace('points: 40', 'points: 0,5'))).toEqual([
      ['SET_EXPECTED_NUMBER', 16, 17],
    ]);
  });

  it('reads an unquoted date as text', () => {
    const { set } = yamlIndicatorSet(
      VALID.replace('groups:', 'effective: 2019-09-13\ngroups:'),
      's.yaml',
    );
    expect(set!.effective).toBe('2019-09-13');
  });

  it('NFC-normalises text', () => {
    const nfd = 'Nhóm A'.normalize('NFD');
    const { set } = yamlIndicatorSet(VALID.replace('"Nhóm A"', `"${nfd}"`), 's.yaml');
    expect(set!.groups[0]!.name.vi).toBe('Nhóm A'.normalize('NFC'));
  });
});

describe('readIndicatorSet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-set-'));

  it('loads the bundled default set', async () => {
    const loaded = await readIndicatorSet(undefined, dir);
    expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(loaded.set!.id).toBe('vn-smartcity');
    expect(loaded.file).toMatch(/indicators[/\\]vn-smartcity-1\.0\.yaml$/);
  });

  it('loads a bundled set by id, ignoring case', async () => {
    expect((await readIndicatorSet('VN-SMARTCITY', dir)).set!.id).toBe('vn-smartcity');
  });

  it('loads a path relative to cwd and shows it relative', async () => {
    writeFileSync(join(dir, 'mine.yml'), VALID);
    const loaded = await readIndicatorSet('mine.yml', dir);
    expect(loaded.file).toBe('mine.yml');
    expect(loaded.set!.id).toBe('small');
  });

  it('loads the worked example with the points of its README', async () => {
    const loaded = await readIndicatorSet(
      fileURLToPath(new URL('../../fixtures/data/example-set.yaml', import.meta.url)),
      dir,
    );
    const points = Object.fromEntries(loaded.set!.indicators.map((i) => [i.code, i.points]));
    expect(points).toEqual({
      'HT.01': 60,
      'HT.02': 20,
      'DV.01': 40,
      'DV.02': 40,
      'DV.03': 40,
      'DV.04': 0,
    });
  });

  it('throws CannotRunError for an unknown id, with the bundled ids as hint', async () => {
    const error = await readIndicatorSet('vn-smartcty', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CannotRunError);
    expect((error as CannotRunError).coded.args['bundled']).toContain('vn-smartcity');
  });

  it('throws CannotRunError for a missing file', async () => {
    await expect(readIndicatorSet('nope.yaml', dir)).rejects.toBeInstanceOf(CannotRunError);
  });

  it('throws CannotRunError for a directory', async () => {
    await expect(readIndicatorSet('./', dir)).rejects.toBeInstanceOf(CannotRunError);
  });

  it('refuses bytes that are not UTF-8 as a finding', async () => {
    writeFileSync(join(dir, 'latin.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
    const loaded = await readIndicatorSet('latin.yaml', dir);
    expect(loaded.findings.map((f) => f.code)).toEqual(['SET_YAML_NOT_UTF8']);
  });

  it('accepts a UTF-8 BOM', async () => {
    writeFileSync(join(dir, 'bom.yaml'), `\uFEFF${VALID}`);
    expect((await readIndicatorSet('bom.yaml', dir)).set).not.toBeNull();
  });
});
