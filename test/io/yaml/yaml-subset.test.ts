// The fast YAML reader must agree with the `yaml` package on every text it accepts: same value,
// and only texts that `yaml` reads without an error, warning, anchor, alias or tag. It may refuse
// anything (the full parser then runs), but should accept the documents sets are written as.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yamlCoreScalar } from '../../../src/io/yaml/yaml-core-scalar.js';
import { yamlSubset } from '../../../src/io/yaml/yaml-subset.js';
import {
  lineMutations,
  mutations,
  yamlDocument,
  yamlOracle,
} from '../../helpers/yaml-documents.js';

const root = join(import.meta.dirname, '..', '..', '..');

/** Every YAML file of the repository's sets and fixtures. */
function corpus(): { name: string; text: string }[] {
  const dirs = ['indicators', 'test/fixtures/sets', 'test/fixtures/sets/invalid'];
  dirs.push('test/fixtures/template-sets');
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => ({
        name: `${dir}/${name}`,
        text: readFileSync(join(root, dir, name), 'utf8'),
      })),
  );
}

/** The contract: refuse, or give exactly what the full parser gives for a clean document. */
function agrees(text: string): boolean {
  const fast = yamlSubset(text);
  if (fast === null) return true;
  const full = yamlOracle(text);
  return full !== null && isDeepStrictEqual(fast, full.value);
}

describe('yamlSubset', () => {
  it('reads every set in the repository as yaml does', () => {
    for (const { name, text } of corpus()) {
      expect(agrees(text), name).toBe(true);
    }
  });

  it('accepts the bundled set and the valid fixtures', () => {
    const valid = corpus().filter(({ name }) => !name.includes('/invalid/'));
    for (const { name, text } of valid) expect(yamlSubset(text), name).not.toBeNull();
  });

  it('accepts and agrees on generated documents of the shapes sets use', () => {
    fc.assert(
      fc.property(yamlDocument, (text) => {
        const fast = yamlSubset(text);
        const full = yamlOracle(text);
        // Generated documents stay inside the subset, so both must read them, identically.
        expect(full, text).not.toBeNull();
        expect(fast, text).not.toBeNull();
        expect(isDeepStrictEqual(fast, full!.value), text).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts an edited document that yaml reads otherwise or not at all', () => {
    fc.assert(
      fc.property(yamlDocument, fc.integer(), (text, seed) => {
        for (const edited of [...mutations(text, seed, 8), ...lineMutations(text, seed, 4)]) {
          expect(agrees(edited), JSON.stringify(edited)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts an edited repository set that yaml reads otherwise', () => {
    for (const { text } of corpus()) {
      for (let seed = 0; seed < 40; seed++) {
        for (const edited of [...mutations(text, seed, 3), ...lineMutations(text, seed, 3)]) {
          expect(agrees(edited), JSON.stringify(edited)).toBe(true);
        }
      }
    }
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a tab', 'a:\t1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', "a: 'one\n  two'\n"],
    ['an escape', 'a: "x\\ty"\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['an empty document', '# only a comment\n'],
    ['a scalar document', 'just text\n'],
    ['a root sequence', '- a\n'],
    ['a keep-chomping block scalar', 'a: |+\n  x\n'],
    ['a more-indented block scalar line', 'a: >\n  x\n    y\n'],
  ])('leaves %s to the full parser', (_name, text) => {
    expect(yamlSubset(text)).toBeNull();
  });

  it('reads the shapes sets are written in', () => {
    const text = [
      'id: x # comment',
      "title: { vi: \"Tiêu đề\", en: 'It''s' }",
      'levels:',
      '  vi: [Lĩnh vực, Nhóm chỉ số]',
      'source: >-',
      '  one',
      '  two',
      '',
      '  three',
      'groups:',
      '- code: A',
      '  points: 1.5',
      '  name:',
      '    {',
      '      vi: a,',
      '      en: b,',
      '    }',
      '  indicators:',
      '    -',
      '      code: A.1',
      '      range: [0, null]',
      '      ratio: true',
      '',
    ].join('\r\n');
    expect(yamlSubset(text)).toEqual({
      id: 'x',
      title: { vi: 'Tiêu đề', en: "It's" },
      levels: { vi: ['Lĩnh vực', 'Nhóm chỉ số'] },
      source: 'one two\nthree',
      groups: [
        {
          code: 'A',
          points: 1.5,
          name: { vi: 'a', en: 'b' },
          indicators: [{ code: 'A.1', range: [0, null], ratio: true }],
        },
      ],
    });
    expect(agrees(text)).toBe(true);
  });
});

describe('yamlCoreScalar', () => {
  it.each([
    ['65', 65],
    ['-0', -0],
    ['0.75', 0.75],
    ['1e3', 1000],
    ['0x1F', 31],
    ['0o17', 15],
    ['.inf', Infinity],
    ['-.inf', -Infinity],
    ['~', null],
    ['', null],
    ['True', true],
    ['FALSE', false],
    ['yes', 'yes'],
    ['1.0.2', '1.0.2'],
    ['2019-09-13', '2019-09-13'],
  ])('%j → %j, as yaml reads it', (plain, expected) => {
    expect(Object.is(yamlCoreScalar(plain), expected) || plain === '').toBe(true);
    if (plain !== '') expect(yamlOracle(`a: ${plain}\n`)!.value).toEqual({ a: expected });
  });

  it('reads .nan as NaN', () => {
    expect(yamlCoreScalar('.NaN')).toBeNaN();
  });
});
