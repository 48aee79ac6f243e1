// Each bundled set compiled at build time (dist/sets/*.json) must be exactly the set the YAML
// gives, and is used only while the YAML's hash matches. Skipped when dist was not built.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_SETS,
  readIndicatorSet,
  type LoadedSet,
} from '../../src/io/yaml/read-indicator-set.js';
import { yamlIndicatorSet } from '../../src/io/yaml/yaml-indicator-set.js';

const root = join(import.meta.dirname, '..', '..');

describe.each([...BUNDLED_SETS])('compiled bundled set %s', (id, name) => {
  const compiledPath = join(root, 'dist', 'sets', name.replace(/\.yaml$/, '.json'));
  const yamlPath = join(root, 'indicators', name);

  it.skipIf(!existsSync(compiledPath))(
    'equals the YAML parsed and resolved, with the YAML hash',
    () => {
      const bytes = readFileSync(yamlPath);
      const compiled = JSON.parse(readFileSync(compiledPath, 'utf8')) as {
        yamlSha256: string;
        set: unknown;
      };
      expect(compiled.yamlSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const parsed = yamlIndicatorSet(bytes.toString('utf8'), name);
      expect(parsed.findings).toEqual([]);
      expect(compiled.set).toStrictEqual(parsed.set);
    },
  );

  it.skipIf(!existsSync(compiledPath))(
    'is what the built reader returns for the bundled id',
    async () => {
      const built = (await import(join(root, 'dist', 'io', 'yaml', 'read-indicator-set.js'))) as {
        readIndicatorSet: (ref: string | undefined, cwd: string) => Promise<LoadedSet>;
      };
      const fromDist = await built.readIndicatorSet(id, root);
      const fromSrc = await readIndicatorSet(id, root);
      expect(fromDist).toStrictEqual(fromSrc);
      expect(fromSrc.set?.id).toBe(id);
    },
  );
});
