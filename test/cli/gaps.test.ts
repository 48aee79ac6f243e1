import { fileURLToPath } from 'node:url';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, transcriptText } from '../helpers/run-cli.js';

const EXAMPLES = fileURLToPath(new URL('../fixtures/data', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-gaps-'));
  copyFileSync(join(EXAMPLES, 'example-set.yaml'), join(dir, 'example-set.yaml'));
  copyFileSync(join(EXAMPLES, 'quang-ninh.csv'), join(dir, 'quang-ninh.csv'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('smartcity gaps', () => {
  it('prints every gap in priority order', async () => {
    const t = await runCli(
      ['gaps', 'quang-ninh.csv', '--set', 'example-set.yaml', '--lang', 'en'],
      { cwd: dir },
    );
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('Priority gaps (4/4)');
    const order = ['DV.02', 'DV.03', 'HT.01', 'DV.01'].map((c) => t.stdout.indexOf(`│ ${c}`));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['example-set.yaml', 'quang-ninh.csv']);
  });

  it('prints JSON with --top', async () => {
    const t = await runCli(
      ['gaps', 'quang-ninh.csv', '--set', 'example-set.yaml', '--format', 'json', '--top', '2'],
      {
        cwd: dir,
      },
    );
    expect(t.exitCode).toBe(0);
    const json = JSON.parse(t.stdout) as {
      schemaVersion: number;
      entity: string;
      gaps: { rank: number; code: string }[];
    };
    expect(json.schemaVersion).toBe(1);
    expect(json.entity).toBe('Quảng Ninh');
    expect(json.gaps.map((g) => [g.rank, g.code])).toEqual([
      [1, 'DV.02'],
      [2, 'DV.03'],
    ]);
  });

  it('exits 1 on invalid data', async () => {
    writeFileSync(join(dir, 'quang-ninh.csv'), 'Mã chỉ số,Giá trị\nHT.01,abc\n');
    const t = await runCli(['gaps', 'quang-ninh.csv', '--set', 'example-set.yaml'], { cwd: dir });
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toBe('');
  });

  it('exits 2 for a bad --top', async () => {
    const t = await runCli(['gaps', 'quang-ninh.csv', '--set', 'example-set.yaml', '--top', '-1'], {
      cwd: dir,
    });
    expect(t.exitCode).toBe(2);
  });

  it('golden transcript gaps-table-en', async () => {
    const t = await runCli(
      ['gaps', 'quang-ninh.csv', '--set', 'example-set.yaml', '--lang', 'en'],
      { cwd: dir },
    );
    await expect(transcriptText(t)).toMatchFileSnapshot('golden/gaps-table-en.txt');
  });
});
