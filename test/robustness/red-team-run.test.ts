import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin, type BinRun } from '../helpers/run-bin.js';
import { SET_FILE, setText } from './build-corpus.js';

/**
 * The red team's cases about a run rather than a data file (issue 17 items 10, 11 and 12): long
 * report names, the reproducible template under any time zone, `--max-size 0` in the user's
 * language, a set whose target and worst are too far apart. Like every red-team case, the built
 * binary in a child process: exit code, finding, wall time and peak memory.
 */
const SMALL = { ms: 15_000, mb: 700 };
const DATA = 'Mã chỉ số,Giá trị\nHT.01,60\nHT.02,Có\nDV.01,20\nDV.02,8\n';
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'smartcity-run-red-'));
  await writeFile(join(dir, SET_FILE), await setText());
  await writeFile(join(dir, 'quang-ninh.csv'), DATA);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectBounded(run: BinRun): void {
  expect(run.signal, run.stderr).toBeNull();
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(run.ms, 'wall time').toBeLessThan(SMALL.ms);
  expect(run.peakMb, 'peak memory (MB)').toBeLessThan(SMALL.mb);
}

/** A name of exactly `bytes` bytes ending in `.ext`, of Vietnamese letters (2–3 bytes each). */
function nameOf(bytes: number, ext: string): string {
  let name = `${'Báo cáo tổng hợp '.repeat(20).slice(0, 200)}.${ext}`;
  while (Buffer.byteLength(name) > bytes) name = name.slice(1);
  return `${'x'.repeat(bytes - Buffer.byteLength(name))}${name}`;
}

describe('red-team runs (issue 17 items 10–12), built binary: time and memory bounded', () => {
  it('RT10a: a report name of 255 bytes is written, its temporary file short', async () => {
    const name = nameOf(255, 'xlsx');
    expect(Buffer.byteLength(name)).toBe(255);
    const run = await runBin(['score', '--set', SET_FILE, '-o', name, 'quang-ninh.csv'], dir);
    expect(run.code, run.stderr).toBe(0);
    expectBounded(run);
    const names = await readdir(dir);
    expect(names).toContain(name);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await rm(join(dir, name));
  }, 60_000);

  it('RT10b: a 256-byte name is refused (RUN_OUTPUT_NAME_TOO_LONG) before any input is read', async () => {
    const name = nameOf(256, 'json');
    const run = await runBin(
      ['score', '--set', SET_FILE, '--lang', 'en', '-o', name, 'missing.csv'],
      dir,
    );
    expect(run.code).toBe(2);
    // The missing input would be the error if anything had been read first.
    // RUN_OUTPUT_NAME_TOO_LONG: run errors are one line, their message without the code.
    expect(run.stderr).toContain('is too long (at most 255 bytes)');
    expect(run.stderr).not.toContain('missing.csv');
    expectBounded(run);
    expect((await readdir(dir)).sort()).toEqual([SET_FILE, 'quang-ninh.csv'].sort());
  }, 60_000);

  it('RT11a: with SOURCE_DATE_EPOCH the template is byte-identical in every time zone', async () => {
    const outputs: Buffer[] = [];
    for (const TZ of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles']) {
      const out = `template-${outputs.length}.xlsx`;
      const run = await runBin(['template', '-o', out, '--quiet'], dir, {
        env: { TZ, SOURCE_DATE_EPOCH: '1767202200' },
      });
      expect(run.code, run.stderr).toBe(0);
      expectBounded(run);
      outputs.push(await readFile(join(dir, out)));
      await rm(join(dir, out));
    }
    expect(outputs[1]!.equals(outputs[0]!)).toBe(true);
    expect(outputs[2]!.equals(outputs[0]!)).toBe(true);
  }, 60_000);

  it('RT11b: --max-size 0 is refused with exit 2, saying "above 0", in the chosen language', async () => {
    for (const [lang, text] of [
      ['vi', '--max-size cần số megabyte lớn hơn 0 và không quá 4096, không phải "0".'],
      ['en', '--max-size needs a number of megabytes above 0 and at most 4096, not "0".'],
    ] as const) {
      const run = await runBin(
        ['validate', '--set', SET_FILE, '--lang', lang, '--max-size', '0', 'quang-ninh.csv'],
        dir,
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(text);
      expectBounded(run);
    }
  }, 60_000);

  it('RT12: target −1.7e308 and worst 1.7e308 is SET_SPAN_NOT_FINITE, exit 2', async () => {
    const set = (await setText()).replace(
      'scoring: { method: target, target: 15, worst: 35 }',
      'scoring: { method: target, target: -1.7e308, worst: 1.7e308 }',
    );
    expect(set).toContain('1.7e308');
    await writeFile(join(dir, 'span.yaml'), set);
    for (const args of [
      ['indicators', 'check', 'span.yaml'],
      ['score', '--set', 'span.yaml', '-o', 'span.json', 'quang-ninh.csv'],
    ]) {
      const run = await runBin([...args, '--lang', 'en'], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(`${run.stdout}${run.stderr}`).toMatch(
        /span\.yaml:\d+:\d+\s+error SET_SPAN_NOT_FINITE/,
      );
      expectBounded(run);
    }
    expect(await readdir(dir)).not.toContain('span.json');
    await rm(join(dir, 'span.yaml'));
  }, 60_000);
});
