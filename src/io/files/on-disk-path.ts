import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The name a file really has on disk, for a path whose Vietnamese letters may be in another
 * Unicode form. The CLI reads its arguments in NFC, but files made on a Mac (and copied to
 * Linux, zipped, or synced) keep decomposed NFD names, which Linux treats as different bytes:
 * "Đồng Nai.xlsx" typed or globbed would not be found. When the path as given does not exist,
 * its NFD and NFC forms are tried, then each directory is searched for an entry that is the
 * same text once normalised. Returns the path unchanged when nothing matches, so the caller's
 * "not found" names what the user typed.
 */
export async function onDiskPath(path: string): Promise<string> {
  if (await exists(path)) return path;
  for (const form of ['NFD', 'NFC'] as const) {
    const variant = path.normalize(form);
    if (variant !== path && (await exists(variant))) return variant;
  }
  return (await searchDirectories(path)) ?? path;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Component by component from the deepest directory that exists, matching names in NFC. */
async function searchDirectories(path: string): Promise<string | null> {
  const parent = dirname(path);
  if (parent === path) return null;
  const name = basename(path);
  const directory = (await exists(parent)) ? parent : await searchDirectories(parent);
  if (directory === null) return null;
  let entries: string[];
  try {
    entries = await readdir(directory);
  } catch {
    return null;
  }
  const wanted = name.normalize('NFC');
  const found = entries.find((entry) => entry.normalize('NFC') === wanted);
  return found === undefined ? null : join(directory, found);
}
