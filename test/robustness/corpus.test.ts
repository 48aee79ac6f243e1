import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin } from '../helpers/run-bin.js';
import { runCli, type Transcript } from '../helpers/run-cli.js';
import { buildCorpus, SET_FILE, setText, writeCase, type CorpusCase } from './build-corpus.js';
import { redTeamXlsxCases } from './red-team-xlsx.js';
import {
  expectClean,
  expectFindings,
  findingsOf,
  hashFiles,
  prototypeSnapshot,
  tempFiles,
} from './corpus-check.js';

/**
 * The bad-input corpus (reliability.md §8), run through the CLI in-process. Every case asserts:
 * the exit code; the finding codes with their location; no stack trace, internal error or
 * [object Object]; inputs byte-identical afterwards; no temp file left; Object.prototype
 * untouched; and, for data files that fail validation, that `score -o` fails the same way and
 * writes no report (spec §1: on exit ≠ 0, no report).
 */
const cases: CorpusCase[] = await buildCorpus();
const redTeam = await redTeamXlsxCases();
let root: string;
let set: string;
const prototypeBefore = prototypeSnapshot();

beforeAll(async () => {
  ensureBuilt();
  root = await mkdtemp(join(tmpdir(), 'smartcity-corpus-'));
  set = await setText();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function argsOf(c: CorpusCase): string[] {
  const inputs = c.inputs ?? Object.keys(c.files);
  if (c.command === 'check') return ['indicators', 'check', ...inputs];
  return ['validate', '--set', SET_FILE, '--format', 'json', ...(c.args ?? []), ...inputs];
}

describe('bad-input corpus (reliability.md §8)', () => {
  it.each(cases.map((c) => [`${c.id}: ${c.title}`, c] as const))('%s', async (_name, c) => {
    const dir = join(root, c.id);
    await writeCase(dir, c, set);
    const before = await hashFiles(dir);

    const started = performance.now();
    const t: Transcript = await runCli(argsOf(c), { cwd: dir });
    const elapsed = performance.now() - started;

    expect(t.exitCode, `${t.stdout}\n${t.stderr}`).toBe(c.exit);
    expectClean(t);
    expectFindings(findingsOf(t), c.findings);
    for (const code of c.absent ?? []) {
      expect(findingsOf(t).map((f) => f.code)).not.toContain(code);
    }
    if (c.maxMs !== undefined) expect(elapsed).toBeLessThan(c.maxMs);

    if (c.command === 'validate' && c.exit !== 0) {
      const inputs = c.inputs ?? Object.keys(c.files);
      const scored = await runCli(
        ['score', '--set', SET_FILE, ...(c.args ?? []), '-o', 'report.xlsx', ...inputs],
        { cwd: dir },
      );
      expect(scored.exitCode).toBe(c.exit);
      expectClean(scored);
      expect((await hashFiles(dir)).has('report.xlsx'), 'a report was written').toBe(false);
    }

    expect(await hashFiles(dir)).toEqual(before);
    expect(await tempFiles(dir)).toEqual([]);
    expect(prototypeSnapshot()).toBe(prototypeBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('red-team workbooks (issue 17), through the built binary: time and memory bounded', () => {
  it.each(redTeam.map((c) => [`${c.id}: ${c.title}`, c] as const))(
    '%s',
    async (_name, c) => {
      const dir = join(root, c.id);
      const input = c.name ?? 'quang-ninh.xlsx';
      await writeCase(
        dir,
        {
          id: c.id,
          title: c.title,
          files: { [input]: c.bytes },
          command: 'validate',
          exit: c.exit,
          findings: [],
        },
        set,
      );
      const before = await hashFiles(dir);
      const run = await runBin(
        ['validate', '--set', SET_FILE, '--format', 'json', ...(c.args ?? []), input],
        dir,
      );
      const t: Transcript = {
        command: 'validate',
        exitCode: run.code ?? -1,
        stdout: run.stdout,
        stderr: run.stderr,
      };
      expect(run.signal, run.stderr).toBeNull();
      expect(t.exitCode, `${t.stdout}\n${t.stderr}`).toBe(c.exit);
      expectClean(t);
      expectFindings(findingsOf(t), c.findings);
      for (const code of c.absent ?? []) {
        expect(findingsOf(t).map((f) => f.code)).not.toContain(code);
      }
      expect(run.ms, 'wall time').toBeLessThan(c.maxMs);
      expect(run.peakMb, 'peak memory (MB)').toBeLessThan(c.maxRssMb);
      expect(await hashFiles(dir)).toEqual(before);
      expect(await tempFiles(dir)).toEqual([]);
    },
    60_000,
  );
});
