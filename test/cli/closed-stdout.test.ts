// A reader that stops early (`smartcity … | head -1`) closes the pipe under the tool. The run
// must end as it would have — its own exit code, no "internal error" — not exit 3 on EPIPE.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../helpers/run-bin.js';

const BIN = join(ROOT, 'bin/smartcity.js');

/** Runs the CLI, closing its stdout as soon as the first bytes arrive. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('stdout closed by the reader', () => {
  beforeAll(() => ensureBuilt());

  it('help stops quietly with exit 0', async () => {
    const run = await runAndCloseEarly(['--help']);
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(0);
  });

  it('a report keeps its exit code: 0 for a valid submission, 1 for one with errors', async () => {
    // A report of several hundred KB: far more than the pipe holds once the reader is gone.
    const ok = await runAndCloseEarly([
      'score',
      'test/fixtures/data/national-34.csv',
      '--set',
      'test/fixtures/data/example-set.yaml',
      '--format',
      'json',
      '--no-export',
    ]);
    expect(ok.stderr).not.toContain('internal error');
    expect(ok.code).toBe(0);
    const bad = await runAndCloseEarly([
      'validate',
      'test/fixtures/round/lam-dong_2025.csv',
      '--format',
      'json',
    ]);
    expect(bad.stderr).not.toContain('internal error');
    expect(bad.code).toBe(1);
  });
});
