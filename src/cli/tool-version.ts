import { readFileSync } from 'node:fs';

let cached: string | null = null;

/** The package version, read once from package.json beside dist/ (and src/ in tests). */
export function toolVersion(): string {
  if (cached === null) {
    const url = new URL('../../package.json', import.meta.url);
    cached = (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  }
  return cached;
}
