import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin } from '../helpers/run-bin.js';
import { readCharts } from '../helpers/workbook-charts.js';

/**
 * Red-team case (reliability issue, item 5): 499 entities × 1,000 indicators once took the
 * in-memory ExcelJS path below 500 entities and died of V8 out-of-memory after 46 s at 4.3 GB.
 * One writer with budgets by rows now writes it; asserted on the built binary from its peak RSS
 * and wall clock, with generous margins for a loaded 2-core machine.
 */

let dir: string;

function setYaml(groups: number, perGroup: number): string {
  let yaml =
    'id: wide-set\nversion: "1.0"\ntitle: { vi: "Bộ rộng", en: "Wide set" }\n' +
    `source: "test"\neffective: "2025-01-01"\nmissing: zero\ntotal: ${groups * perGroup}\ngroups:\n`;
  for (let g = 0; g < groups; g++) {
    yaml += `  - code: G${g}\n    name: { vi: "Nhóm ${g}", en: "Group ${g}" }\n    points: ${perGroup}\n    indicators:\n`;
    for (let i = 0; i < perGroup; i++) {
      yaml +=
        `      - code: G${g}.${String(i).padStart(3, '0')}\n` +
        `        name: { vi: "Chỉ số ${g}-${i}", en: "Indicator ${g}-${i}" }\n` +
        '        type: percent\n        unit: "%"\n        points: 1\n' +
        '        scoring: { method: target, target: 80 }\n';
    }
  }
  return yaml;
}

function wideCsv(entities: number, groups: number, perGroup: number): string {
  const codes: string[] = [];
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < perGroup; i++) codes.push(`G${g}.${String(i).padStart(3, '0')}`);
  }
  const lines = [`Xã/Phường,${codes.join(',')}`];
  for (let r = 0; r < entities; r++) {
    lines.push(`Xã ${r + 1},${codes.map((_, j) => (r * 7 + j * 13) % 101).join(',')}`);
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'smartcity-wide-'));
  await writeFile(join(dir, 'set.yaml'), setYaml(10, 100));
  await writeFile(join(dir, 'wide.csv'), wideCsv(499, 10, 100));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('workbook size is budgeted by cells, not by entities', () => {
  it('499 entities × 1,000 indicators → xlsx: written, within 700 MB, no crash', async () => {
    const argv = ['score', 'wide.csv', '--set', 'set.yaml', '-o', 'wide.xlsx', '--quiet'];
    // The child's own maxRSS (run-bin.ts): measured on every machine, never skipped.
    const run = await runBin(argv, dir);
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr.slice(0, 2000)).toBe(0);
    expect(run.stderr).not.toMatch(/heap out of memory|FATAL ERROR|\n\s+at /);
    expect(run.ms, 'wall time').toBeLessThan(120_000);
    expect(run.peakMb, 'peak memory (MB)').toBeLessThan(700);
    const file = join(dir, 'wide.xlsx');
    expect((await stat(file)).size).toBeGreaterThan(100_000);
    const { readFile } = await import('node:fs/promises');
    const charts = await readCharts(new Uint8Array(await readFile(file)));
    expect(charts.map((chart) => chart.series[0]!.cached.length)).toEqual([40, 40]);
  }, 180_000);
});
