import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('exit-code contract', () => {
  it('--help exits 0 and prints usage on stdout', async () => {
    const t = await runCli(['--help']);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('Cách dùng: smartcity');
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toContain('Usage: smartcity');
  });

  it('--version exits 0', async () => {
    const t = await runCli(['--version']);
    expect(t.exitCode).toBe(0);
    expect(t.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [['--bogus']],
    [['score', '--bogus']],
    [['--lang', 'fr', 'provinces']],
    [['nosuchcommand']],
  ])('usage error %j exits 2 without a stack trace', async (args) => {
    const t = await runCli(args);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).not.toMatch(/\n\s+at /);
  });
});
