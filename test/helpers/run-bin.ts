import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs the built CLI (`node bin/smartcity.js`) as a child process and measures what only a real
 * process can show: wall time and peak memory. The peak is the child's own
 * `process.resourceUsage().maxRSS`, reported from an exit hook loaded with --import (so it
 * needs no /usr/bin/time and is never skipped), and removed from stderr before it is returned.
 */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/smartcity.js');
const MARK = 'SMARTCITY_TEST_MAXRSS_KB=';
const HOOK = `process.on('exit', () => { process.stderr.write('\\n${MARK}' + process.resourceUsage().maxRSS + '\\n'); });`;

export interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The child's peak resident memory, MB. */
  peakMb: number;
}

/** Builds dist/ when a focused test run has none yet (`npm test` builds it first). */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist/bin/main.js'))) return;
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT });
  if (built.status !== 0) throw new Error(`build failed: ${String(built.stdout)}`);
}

export interface BinOptions {
  /** Added to the child's environment. */
  env?: Record<string, string>;
  /** More modules for `node --import` (data: URLs), loaded after the peak-memory hook. */
  imports?: readonly string[];
}

export function runBin(
  args: readonly string[],
  cwd: string,
  options: BinOptions = {},
): Promise<BinRun> {
  const hook = `data:text/javascript,${encodeURIComponent(HOOK)}`;
  const imports = [hook, ...(options.imports ?? [])].flatMap((url) => ['--import', url]);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...imports, BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const peak = new RegExp(`\\n?${MARK}(\\d+)\\n?`).exec(stderr);
      if (peak === null) {
        reject(new Error(`no peak memory from the child (signal ${signal}): ${stderr}`));
        return;
      }
      resolve({
        code,
        signal,
        stdout,
        stderr: stderr.replace(peak[0], ''),
        ms,
        peakMb: Number(peak[1]) / 1024,
      });
    });
  });
}
