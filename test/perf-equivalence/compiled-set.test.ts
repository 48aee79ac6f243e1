// The bundled set compiled at build time (dist/sets/*.json) must be exactly the set the YAML
// gives, and is used only while the YAML's hash matches. Skipped when dist was not built.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndicatorSet, type LoadedSet } from '../../src/io/yaml/read-indicator-set.js';
import { yamlIndicatorSet } from '../../src/io/yaml/yaml-indicator-set.js';

const root = join(import.meta.dirname, '..', '..');
const compiledPath = join(root, 'dist', 'sets', 'vn-smartcity-1.0.json');
const yamlPath = join(root, 'indicators', 'vn-smartcity-1.0.yaml');

describe.skipIf(!existsSync(compiledPath))('compiled bundled set', () => {
  it('equals the YAML parsed and resolved, with the YAML hash', () => {
    const bytes = readFileSync(yamlPath);
    const compiled = JSON.parse(readFileSync(compiledPath, 'utf8')) as {
      yamlSha256: string;
      set: unknown;
    };
    expect(compiled.yamlSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const parsed = yamlIndicatorSet(bytes.toString('utf8'), 'vn-smartcity-1.0.yaml');
    expect(parsed.findings).toEqual([]);
    expect(compiled.set).toStrictEqual(parsed.set);
  });

  it('is what the built reader returns for the bundled id', async () => {
    const built = (await import(join(root, 'dist', 'io', 'yaml', 'read-indicator-set.js'))) as {
      readIndicatorSet: (ref: string | undefined, cwd: string) => Promise<LoadedSet>;
    };
    const fromDist = await built.readIndicatorSet(undefined, root);
    const fromSrc = await readIndicatorSet(undefined, root);
    expect(fromDist).toStrictEqual(fromSrc);
  });
});
