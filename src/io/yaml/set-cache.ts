import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { CompiledSet } from '../../core/set/compiled-set.js';
import { writeAtomic } from '../files/write-atomic.js';
import { compiledSetText } from './compiled-set-file.js';

/** Entries kept; the oldest beyond this are removed when a new one is written. */
const MAX_ENTRIES = 64;
/** A temporary file older than this was left by a run that was killed mid-write. */
const STALE_TEMP_MS = 60 * 60 * 1000;

const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
const TEMP_NAME = /^\.[0-9a-f]{64}\.json\.[0-9a-f]+\.tmp$/;

/**
 * The user-level cache of compiled sets (sets given by path): `<cacheDir>/sets/<sha256>.json`,
 * keyed by the SHA-256 of the YAML bytes, so the same file anywhere, under any name, shares one
 * entry, and an edited file never meets its old entry.
 */
export const setCache = {
  file(cacheDir: string, yamlSha256: string): string {
    return join(cacheDir, 'sets', `${yamlSha256}.json`);
  },

  /**
   * Stores a compiled set, atomically (a reader sees the old entry or the new one, never half of
   * one), then trims the cache to its last MAX_ENTRIES entries. Never throws and never reports:
   * a cache that cannot be written (read-only home, full disk, a file where the folder should
   * be) only means the next run reads the YAML again.
   */
  async store(cacheDir: string, compiled: CompiledSet): Promise<void> {
    const text = compiledSetText(compiled);
    if (text === null) return;
    try {
      await mkdir(join(cacheDir, 'sets'), { recursive: true });
      await writeAtomic(setCache.file(cacheDir, compiled.yamlSha256), text);
      await trim(join(cacheDir, 'sets'));
    } catch {
      // Best effort, by design (see above).
    }
  },
};

async function trim(dir: string): Promise<void> {
  const names = await readdir(dir);
  const now = Date.now();
  const entries: { path: string; time: number }[] = [];
  for (const name of names) {
    const isEntry = ENTRY_NAME.test(name);
    if (!isEntry && !TEMP_NAME.test(name)) continue;
    const path = join(dir, name);
    const time = await stat(path).then(
      (info) => info.mtimeMs,
      () => null,
    );
    if (time === null) continue;
    if (isEntry) entries.push({ path, time });
    else if (now - time > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
  }
  entries.sort((a, b) => b.time - a.time);
  for (const { path } of entries.slice(MAX_ENTRIES)) await unlink(path).catch(() => undefined);
}
