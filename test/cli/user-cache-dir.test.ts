import { describe, expect, it } from 'vitest';
import { userCacheDir } from '../../src/cli/user-cache-dir.js';

describe('userCacheDir', () => {
  it.each<[string, NodeJS.Platform, Record<string, string>, string | null, string | null]>([
    [
      'XDG_CACHE_HOME on Linux',
      'linux',
      { XDG_CACHE_HOME: '/x/cache' },
      '/home/a',
      '/x/cache/smartcity',
    ],
    ['~/.cache without it', 'linux', {}, '/home/a', '/home/a/.cache/smartcity'],
    [
      '~/.cache when it is relative',
      'linux',
      { XDG_CACHE_HOME: 'rel' },
      '/home/a',
      '/home/a/.cache/smartcity',
    ],
    ['~/.cache on other Unixes', 'freebsd', {}, '/home/a', '/home/a/.cache/smartcity'],
    ['no cache without a home', 'linux', {}, null, null],
    ['no cache with a relative home', 'linux', {}, 'home', null],
    [
      '~/Library/Caches on macOS',
      'darwin',
      { XDG_CACHE_HOME: '/x' },
      '/Users/a',
      '/Users/a/Library/Caches/smartcity',
    ],
    [
      '%LOCALAPPDATA% on Windows',
      'win32',
      { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' },
      'C:\\Users\\a',
      'C:\\Users\\a\\AppData\\Local\\smartcity\\Cache',
    ],
    [
      'the profile without %LOCALAPPDATA%',
      'win32',
      {},
      'C:\\Users\\a',
      'C:\\Users\\a\\AppData\\Local\\smartcity\\Cache',
    ],
    ['no cache on Windows without either', 'win32', {}, null, null],
  ])('%s', (_name, platform, env, home, expected) => {
    expect(userCacheDir(env, platform, home)).toBe(expected);
  });
});
