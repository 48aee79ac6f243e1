import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/**
 * The folder holding smartcity's package.json: the checkout, or node_modules/smartcity when
 * installed. Found by walking up from this module because the module itself sits at different
 * depths — src/io/files in tests, dist/io/files in the library build, dist/bin/chunks in the
 * bundled CLI — and a fixed `../../..` would be right for only one of them.
 */
export function packageRoot(): string {
  if (cached !== null) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('smartcity: cannot find its own package.json');
    dir = parent;
  }
  cached = dir;
  return dir;
}

/** True when running from the sources (tests, tsx) rather than from a build under dist/. */
export function runningFromSources(): boolean {
  return !fileURLToPath(import.meta.url).startsWith(join(packageRoot(), 'dist'));
}
