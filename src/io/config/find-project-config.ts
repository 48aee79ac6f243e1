import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The name of the project configuration file (spec §11). */
const PROJECT_CONFIG_NAME = 'smartcity.config.yaml';

/**
 * The `smartcity.config.yaml` that applies in `cwd`: in it or the nearest parent, looking no
 * higher than the repository's root — the first directory with a `.git` (a folder, or the file
 * a worktree or submodule has) — so a checkout never picks up a file from around it. Null when
 * there is none.
 */
export async function findProjectConfig(cwd: string): Promise<string | null> {
  let dir = cwd;
  for (;;) {
    const candidate = join(dir, PROJECT_CONFIG_NAME);
    if ((await kind(candidate)) === 'file') return candidate;
    if ((await kind(join(dir, '.git'))) !== null) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

async function kind(path: string): Promise<'file' | 'other' | null> {
  try {
    return (await stat(path)).isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}
