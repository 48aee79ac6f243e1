// A compiled set read back from JSON must be trusted exactly when it is what compiledSet wrote,
// and give back the very set and findings loading the YAML gave.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compiledSet,
  compiledSetFindings,
  trustedCompiledSet,
} from '../../../src/core/set/compiled-set.js';
import { yamlIndicatorSet } from '../../../src/io/yaml/yaml-indicator-set.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const SETS = [
  join(FIXTURES, 'sets', 'every-method.yaml'),
  join(FIXTURES, 'sets', 'nested-codes.yaml'),
  join(FIXTURES, 'sets', 'shared-points.yaml'),
  join(FIXTURES, 'sets', 'with-warnings.yaml'),
  join(FIXTURES, 'data', 'example-set.yaml'),
  join(FIXTURES, 'template-sets', 'roundtrip.yaml'),
  join(FIXTURES, 'template-sets', 'small.yaml'),
  join(import.meta.dirname, '..', '..', '..', 'indicators', 'vn-smartcity-1.0.yaml'),
];
const stamp = { tool: '1.2.3', yamlSha256: 'a'.repeat(64) };

describe('compiled sets', () => {
  it.each(SETS.map((path) => [basename(path), path]))(
    '%s survives JSON exactly, findings included',
    (_name, path) => {
      const { set, findings } = yamlIndicatorSet(readFileSync(path, 'utf8'), 'set.yaml');
      expect(set).not.toBeNull();
      const back = trustedCompiledSet(
        JSON.parse(JSON.stringify(compiledSet(set!, findings, stamp))),
        stamp,
      );
      expect(back).not.toBeNull();
      expect(back!.set).toStrictEqual(set);
      expect(compiledSetFindings(back!, 'set.yaml')).toStrictEqual(findings);
    },
  );

  it('is bound to its YAML and its tool version', () => {
    const { set } = yamlIndicatorSet(readFileSync(SETS[0]!, 'utf8'), 'set.yaml');
    const json = JSON.parse(JSON.stringify(compiledSet(set!, [], stamp))) as unknown;
    expect(trustedCompiledSet(json, stamp)).not.toBeNull();
    expect(trustedCompiledSet(json, { ...stamp, tool: '1.2.4' })).toBeNull();
    expect(trustedCompiledSet(json, { ...stamp, yamlSha256: 'b'.repeat(64) })).toBeNull();
  });
});
