import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** test/fixtures, where every file a test reads comes from (tests use only the repository's files). */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A path inside test/fixtures. */
export function fixture(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export interface TempFolderOptions {
  /** A fresh folder for every test (the default), or one for the whole file. */
  scope?: 'test' | 'file';
  /** What to copy in first: name in the folder → path under test/fixtures (a file or a folder). */
  copy?: Record<string, string>;
  /** Anything else the folder needs before the tests run (written after `copy`). */
  setup?: (dir: string) => void | Promise<void>;
}

export interface TempFolder {
  /** The folder; with scope 'test' it is another folder in every test. */
  readonly dir: string;
  /** A path inside the folder. */
  at(...parts: string[]): string;
}

/**
 * A temporary working folder for CLI tests, made and filled before the tests and removed after
 * them, so a test file states only what the folder holds, not how it is made and cleaned up.
 */
export function tempFolder(prefix: string, options: TempFolderOptions = {}): TempFolder {
  let dir = '';
  const make = async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    for (const [name, from] of Object.entries(options.copy ?? {})) {
      cpSync(fixture(from), join(dir, name), { recursive: true });
    }
    await options.setup?.(dir);
  };
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (options.scope === 'file') {
    beforeAll(make);
    afterAll(remove);
  } else {
    beforeEach(make);
    afterEach(remove);
  }
  return {
    get dir() {
      return dir;
    },
    at: (...parts) => join(dir, ...parts),
  };
}
