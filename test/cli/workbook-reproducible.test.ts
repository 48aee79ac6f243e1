import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/run-bin.js';

/**
 * Spec §4.3: with SOURCE_DATE_EPOCH, every workbook the tool writes is byte-identical whatever
 * the time zone or locale, and every date in it (zip entry times, document properties, the
 * cover's date) comes from it, as a calendar date in Vietnam (UTC+7). The zone is a property of
 * the process, so the built binary runs under each one.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/smartcity.js');
const DONGNAI = join(ROOT, 'fixtures', 'dongnai.xlsx');
const SET = join(ROOT, 'test', 'fixtures', 'data', 'example-set.yaml');
const NATIONAL = join(ROOT, 'test', 'fixtures', 'data', 'national-34.csv');
// 2025-12-31 17:30 UTC: still 31 December in UTC and in America, already 1 January in Vietnam.
const EPOCH = String(Date.UTC(2025, 11, 31, 17, 30, 0) / 1000);
const ZONES = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
];

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'smartcity-repro-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [BIN, ...args, '--quiet'], {
    cwd: dir,
    env: { ...process.env, ...env, SOURCE_DATE_EPOCH: EPOCH },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

/** DOS date and time of every local file header, decoded. */
function zipTimes(bytes: Buffer): string[] {
  const times: string[] = [];
  for (let at = 0; at + 30 <= bytes.length;) {
    if (bytes.readUInt32LE(at) !== 0x04034b50) break;
    const time = bytes.readUInt16LE(at + 10);
    const date = bytes.readUInt16LE(at + 12);
    const pad = (n: number) => String(n).padStart(2, '0');
    times.push(
      `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ` +
        `${pad(time >> 11)}:${pad((time >> 5) & 63)}`,
    );
    at +=
      30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28) + bytes.readUInt32LE(at + 18);
  }
  return times;
}

describe.each([
  { name: 'report', args: (out: string) => ['score', DONGNAI, '-o', out] },
  { name: 'template', args: (out: string) => ['template', '-o', out] },
  // Issue 17 item 11: every workbook the tool writes, the sensitivity one too.
  {
    name: 'sensitivity',
    args: (out: string) => ['sensitivity', '--set', SET, NATIONAL, '--runs', '50', '-o', out],
  },
])('the $name workbook under SOURCE_DATE_EPOCH', ({ name, args }) => {
  it('is byte-identical in every time zone and locale, dated in Vietnam time', async () => {
    const outputs = ZONES.map((env, i) => {
      const out = join(dir, `${name}-${i}.xlsx`);
      run(args(out), env);
      return readFileSync(out);
    });
    for (const bytes of outputs.slice(1)) expect(bytes.equals(outputs[0]!)).toBe(true);

    const times = zipTimes(outputs[0]!);
    expect(times.length).toBeGreaterThan(5);
    expect(new Set(times)).toEqual(new Set(['2026-01-01 00:30']));
    const zip = await JSZip.loadAsync(outputs[0]!);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-31T17:30:00Z');
    if (name === 'report') {
      const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
      expect(strings).toContain('Ngày lập báo cáo: 01/01/2026');
    }
  }, 120_000);
});
