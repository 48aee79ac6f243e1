import { posix, win32 } from 'node:path';

/**
 * Where this user's cache of compiled indicator sets lives, by the platform's convention:
 * `$XDG_CACHE_HOME/smartcity` or `~/.cache/smartcity` (Linux and other Unixes),
 * `~/Library/Caches/smartcity` (macOS), `%LOCALAPPDATA%\smartcity\Cache` (Windows). Null when
 * there is no absolute place to put it (no home, a relative XDG_CACHE_HOME is ignored as the XDG
 * specification says): the sets are then read from their YAML every time.
 */
export function userCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string | null,
): string | null {
  if (platform === 'win32') {
    const local = env['LOCALAPPDATA'];
    if (local !== undefined && win32.isAbsolute(local))
      return win32.join(local, 'smartcity', 'Cache');
    return home !== null && win32.isAbsolute(home)
      ? win32.join(home, 'AppData', 'Local', 'smartcity', 'Cache')
      : null;
  }
  const usableHome = home !== null && posix.isAbsolute(home) ? home : null;
  if (platform === 'darwin') {
    return usableHome === null ? null : posix.join(usableHome, 'Library', 'Caches', 'smartcity');
  }
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg !== undefined && posix.isAbsolute(xdg)) return posix.join(xdg, 'smartcity');
  return usableHome === null ? null : posix.join(usableHome, '.cache', 'smartcity');
}
