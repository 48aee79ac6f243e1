import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../io/files/package-root.js';

let cached: string | null = null;

/** The package version, read once from the package's own package.json. */
export function toolVersion(): string {
  if (cached === null) {
    const path = join(packageRoot(), 'package.json');
    cached = (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  }
  return cached;
}
