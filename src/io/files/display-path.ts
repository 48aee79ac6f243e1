import { isAbsolute, relative, sep } from 'node:path';

/**
 * How a path is shown to the user: relative to `cwd` with `/` separators when it is below it
 * (`sets/x.yaml:3:5`), else as the user gave it (`given`) or as it is. A folder named `..x`
 * below `cwd` is below it.
 */
export function displayPath(path: string, cwd: string, given?: string): string {
  const rel = relative(cwd, path);
  const below = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  return (below ? rel : (given ?? path)).split(sep).join('/').normalize('NFC');
}
