// `npm run build` compiles the bundled sets into dist/sets (scripts/compile-sets.ts); `npm test`
// builds first. The compiled JSON must be exactly what loading the YAML gives.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolVersion } from '../../../src/cli/tool-version.js';
import { compiledSet } from '../../../src/core/set/compiled-set.js';
import { readCompiledSetFile } from '../../../src/io/yaml/compiled-set-file.js';
import {
  BUNDLED_SETS,
  readIndicatorSet,
  type LoadedSet,
} from '../../../src/io/yaml/read-indicator-set.js';
import { yamlIndicatorSet } from '../../../src/io/yaml/yaml-indicator-set.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('bundled sets compiled at build time', () => {
  it.each([...BUNDLED_SETS])('%s equals its YAML, loaded and resolved', async (_id, name) => {
    const compiledPath = join(root, 'dist', 'sets', name.replace(/\.ya?ml$/, '.json'));
    expect(existsSync(compiledPath), 'run npm run build first').toBe(true);
    const bytes = readFileSync(join(root, 'indicators', name));
    const { set, findings } = yamlIndicatorSet(bytes.toString('utf8'), name);
    expect(findings).toEqual([]);
    const yamlSha256 = createHash('sha256').update(bytes).digest('hex');
    const stamp = { tool: toolVersion(), yamlSha256 };
    expect(JSON.parse(readFileSync(compiledPath, 'utf8'))).toStrictEqual(
      compiledSet(set!, [], stamp),
    );
    // And the reader trusts it, so the CLI never falls back to the YAML unnoticed.
    expect(await readCompiledSetFile(compiledPath, stamp)).not.toBeNull();
  });

  it.each([...BUNDLED_SETS.keys()])(
    'the built reader serves %s as its YAML gives it',
    async (id) => {
      const built = (await import(join(root, 'dist', 'io', 'yaml', 'read-indicator-set.js'))) as {
        readIndicatorSet: typeof readIndicatorSet;
      };
      const options = { tool: toolVersion() };
      const fromDist: LoadedSet = await built.readIndicatorSet(id, root, options);
      const fromYaml = await readIndicatorSet(id, root, { ...options, fromYaml: true });
      expect(fromDist).toStrictEqual(fromYaml);
      expect(fromYaml.set?.id).toBe(id);
    },
  );
});
