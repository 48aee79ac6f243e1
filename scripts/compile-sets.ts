// Build step (`npm run build`): precompiles every bundled indicator set into
// dist/sets/<name>.json = { yamlSha256, set } so the CLI can skip importing yaml and zod and
// parsing the YAML on the common path. read-indicator-set.ts uses the JSON only when the YAML's
// SHA-256 still matches, so an edited YAML is never shadowed by a stale compilation.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { BUNDLED_SETS, COMPILED_SET_FORMAT } from '../src/io/yaml/read-indicator-set.js';
import { yamlIndicatorSet } from '../src/io/yaml/yaml-indicator-set.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'sets');
mkdirSync(outDir, { recursive: true });

for (const name of new Set(BUNDLED_SETS.values())) {
  const bytes = readFileSync(join(root, 'indicators', name));
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const { set, findings } = yamlIndicatorSet(text, name);
  // Findings name the file as the user sees it, so a set with any finding stays on the YAML path.
  if (set === null || findings.length > 0) {
    console.error(`compile-sets: ${name} has findings; not compiled`);
    process.exitCode = 1;
    continue;
  }
  const json = JSON.stringify({
    format: COMPILED_SET_FORMAT,
    yamlSha256: createHash('sha256').update(bytes).digest('hex'),
    set,
  });
  // The JSON must give back exactly the set the YAML gives (no undefined, NaN, -0, Map…).
  if (!isDeepStrictEqual((JSON.parse(json) as { set: unknown }).set, set)) {
    console.error(`compile-sets: ${name} does not survive JSON; not compiled`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(join(outDir, name.replace(/\.ya?ml$/i, '.json')), json);
}
