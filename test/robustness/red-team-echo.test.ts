import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineCell, longRows, numberCell, ooxml } from '../helpers/corpus-ooxml.js';
import { ensureBuilt, runBin } from '../helpers/run-bin.js';
import { SET_FILE, setText } from './build-corpus.js';

/**
 * Issue 17 item 8: a finding echoed a cell's text whole — a 50 MB cell wrote 52 MB to stderr
 * (105 MB with `--format json`). Findings now echo at most ECHO_MAX_CHARS characters and the
 * full length. Built binary, child process: exit code, finding, output size, time and memory.
 */
const MB = 1024 * 1024;
let dir: string;
let huge: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'smartcity-echo-'));
  await writeFile(join(dir, SET_FILE), await setText());
  // Digits from a small generator: a repeated character would be refused as a zip bomb.
  let seed = 17;
  const digits = Buffer.alloc(8 * MB, 0x30).map((d) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return d + ((seed >>> 16) % 10);
  });
  huge = `7${Buffer.from(digits).toString('latin1')}x`;
  const rows = longRows([
    ['HT.01', inlineCell('B2', huge)],
    ['HT.02', inlineCell('B3', 'Có')],
    ['DV.01', numberCell('B4', 20)],
    ['DV.02', numberCell('B5', 8)],
  ]);
  await writeFile(join(dir, 'big-cell.xlsx'), ooxml({ sheet: rows }));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cell text echoed in findings (issue 17 item 8), built binary', () => {
  it('RT8: an 8 MB cell of text is echoed as its first 200 characters and its length', async () => {
    for (const format of ['text', 'json'] as const) {
      const run = await runBin(
        ['validate', '--set', SET_FILE, '--lang', 'en', '--format', format, 'big-cell.xlsx'],
        dir,
      );
      expect(run.signal).toBeNull();
      expect(run.code, run.stderr).toBe(1);
      const out = `${run.stdout}${run.stderr}`;
      expect(out.length, 'output size').toBeLessThan(20_000);
      expect(out).toContain(`${huge.slice(0, 200)}… (${huge.length} characters)`);
      expect(out).not.toContain(huge.slice(0, 201));
      if (format === 'json') {
        const report = JSON.parse(run.stdout) as { findings: { code: string; cell: string }[] };
        expect(report.findings).toContainEqual(
          expect.objectContaining({ code: 'DATA_NOT_A_NUMBER', cell: 'B2' }),
        );
      }
      expect(run.ms, 'wall time').toBeLessThan(15_000);
      expect(run.peakMb, 'peak memory (MB)').toBeLessThan(700);
    }
  }, 60_000);
});
