// Build step (`npm run build`): compiles every bundled indicator set into dist/sets/<name>.json,
// the same compiled form sets given by path get in the user's cache (src/core/set/compiled-set.ts),
// so the CLI can skip importing yaml and zod and parsing the YAML on the common path.
// read-indicator-set.ts uses the JSON only when the YAML's SHA-256 and the tool version still
// match, so an edited YAML is never shadowed by a stale compilation.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { compiledSet } from '../src/core/set/compiled-set.js';
import { compiledSetText } from '../src/io/yaml/compiled-set-file.js';
import { BUNDLED_SETS } from '../src/io/yaml/read-indicator-set.js';
import { yamlIndicatorSet } from '../src/io/yaml/yaml-indicator-set.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'sets');
const tool = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
  .version;
mkdirSync(outDir, { recursive: true });

for (const name of new Set(BUNDLED_SETS.values())) {
  const bytes = readFileSync(join(root, 'indicators', name));
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const { set, findings } = yamlIndicatorSet(text, name);
  // A bundled set must have nothing to report: every user would see its warnings.
  if (set === null || findings.length > 0) {
    console.error(`compile-sets: ${name} has findings; not compiled`);
    process.exitCode = 1;
    continue;
  }
  const yamlSha256 = createHash('sha256').update(bytes).digest('hex');
  const json = compiledSetText(compiledSet(set, findings, { tool, yamlSha256 }));
  // The JSON must give back exactly the set the YAML gives (no undefined, NaN, -0, Map…).
  if (json === null || !isDeepStrictEqual((JSON.parse(json) as { set: unknown }).set, set)) {
    console.error(`compile-sets: ${name} does not survive JSON; not compiled`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(join(outDir, name.replace(/\.ya?ml$/i, '.json')), json);
}
