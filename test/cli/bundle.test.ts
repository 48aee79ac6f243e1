// The CLI ships as an esbuild bundle (scripts/bundle-cli.ts). Its point is start-up: the entry
// chunk and what it imports statically must not carry the heavy, path-specific code, which stays
// behind `await import()` in lazy chunks. These tests read the built bundle and its source maps.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../helpers/run-bin.js';

const BIN_DIR = join(ROOT, 'dist', 'bin');

/** Every file the entry loads before it runs: main.js and its static imports, transitively. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /(?:^|;|\n)\s*import\s*(?:[^'"();]*?from\s*)?["'](\.[^"']+)["']/g,
    )) {
      visit(resolve(dirname(file), match[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

function sourcesOf(file: string): string[] {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return map.sources.map((source) => resolve(dirname(file), source));
}

describe('the bundled CLI', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('has an entry with source maps that point at the TypeScript sources', () => {
    const entry = join(BIN_DIR, 'main.js');
    expect(existsSync(entry)).toBe(true);
    expect(sourcesOf(entry)).toContain(join(ROOT, 'src', 'cli', 'main.ts'));
  });

  it('loads the workbook writer, the xlsx reader and sensitivity only when a run needs them', () => {
    const eager = staticClosure(join(BIN_DIR, 'main.js')).flatMap(sourcesOf);
    const relativeEager = eager.map((path) => path.slice(ROOT.length + 1));
    expect(relativeEager.length).toBeGreaterThan(10);
    for (const lazy of ['src/render/xlsx/', 'src/io/xlsx/', 'src/core/sensitivity/']) {
      expect(relativeEager.filter((path) => path.startsWith(lazy))).toEqual([]);
    }
  });
});
