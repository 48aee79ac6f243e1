import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkbook, sheetNamed } from '../helpers/workbook-readback.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const cwd = fileURLToPath(new URL('../fixtures/', import.meta.url));
const set = ['--set', 'data/example-set.yaml'];

interface Doc {
  policy: { missing: string; rollup?: string };
  entities: {
    label: string;
    province: { code: string; name: string };
    year: number;
    index: number;
    rank: number;
    predecessors?: { code: string; name: string; index: number }[];
  }[];
  findings: { code: string; province: string | null }[];
}

async function rolled(mode: string, extra: string[] = []): Promise<Doc> {
  const t = await runCli(
    [
      'score',
      'compare/provinces-2024.csv',
      ...set,
      '--rollup',
      mode,
      '--format',
      'json',
      '--no-export',
      ...extra,
    ],
    { cwd },
  );
  expect(t.exitCode).toBe(0);
  return JSON.parse(t.stdout) as Doc;
}

describe('score --rollup on the 2024 fixture (63-province era)', () => {
  it('scores: the 2025 units in code order, each the mean of its predecessors (hand-computed)', async () => {
    const doc = await rolled('scores');
    expect(doc.policy).toEqual({ missing: 'zero', rollup: 'scores' });
    expect(doc.entities.map((e) => [e.province.code, e.label, e.year])).toEqual([
      ['01', 'Hà Nội', 2024],
      ['52', 'Gia Lai', 2024],
      ['75', 'Đồng Nai', 2024],
      ['79', 'Hồ Chí Minh', 2024],
    ]);
    const hcm = doc.entities[3]!;
    // HCM 150/200, Bình Dương 105/200, Bà Rịa - Vũng Tàu 60/200 (DV.02 missing → 0): mean 0.525.
    expect(hcm.index).toBe(0.525);
    expect(hcm.predecessors).toEqual([
      { code: '74', name: 'Bình Dương', index: 0.525 },
      { code: '77', name: 'Bà Rịa - Vũng Tàu', index: 0.3 },
      { code: '79', name: 'Hồ Chí Minh', index: 0.75 },
    ]);
    expect(doc.entities[0]!.predecessors).toEqual([{ code: '01', name: 'Hà Nội', index: 1 }]);
    expect(doc.entities.map((e) => e.rank)).toEqual([1, 2, 4, 3]);
    expect(doc.findings.map((f) => [f.code, f.province])).toEqual([['ROLLUP_PARTIAL', '52']]);
  });

  it('scores under exclude: Bà Rịa - Vũng Tàu is left out of DV.02', async () => {
    const doc = await rolled('scores', ['--missing', 'exclude']);
    // DV.02: (0.5 + 0.5)/2 = 0.5 → 20 instead of 13.333: (105 - 40/3 + 20)/200.
    expect(doc.entities[3]!.index).toBeCloseTo((105 - 40 / 3 + 20) / 200, 6);
  });

  it('values: HT.01 mean 60 → 0.75, HT.02 all → no, DV.01 mean 25 → 0.5, DV.02 sum 16 → 1, DV.03 min 1 → 0', async () => {
    const doc = await rolled('values');
    expect(doc.policy.rollup).toBe('values');
    expect(doc.entities[3]!.index).toBeCloseTo((45 + 0 + 20 + 40 + 0) / 200, 6);
  });

  it('on 2025 data it changes nothing and says so', async () => {
    const t = await runCli(
      [
        'score',
        'compare/units-2025.csv',
        ...set,
        '--rollup',
        'scores',
        '--format',
        'json',
        '--no-export',
      ],
      { cwd },
    );
    expect(t.exitCode).toBe(0);
    const doc = JSON.parse(t.stdout) as Doc;
    expect(doc.policy).toEqual({ missing: 'zero' });
    expect(doc.entities[0]!.predecessors).toBeUndefined();
    expect(doc.findings.map((f) => f.code)).toEqual(['ROLLUP_NOT_APPLICABLE']);
  });
});

describe('score --rollup -o x.xlsx', () => {
  it('names the former provinces on the ranking sheet and the mode on the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smartcity-rollup-'));
    try {
      const out = join(dir, 'r.xlsx');
      const t = await runCli(
        ['score', 'compare/provinces-2024.csv', ...set, '--rollup', 'scores', '-o', out, '--quiet'],
        { cwd },
      );
      expect(t.exitCode).toBe(0);
      const workbook = await loadWorkbook(readFileSync(out));
      const ranking = sheetNamed(workbook, 'Xếp hạng');
      const header = (ranking.getRow(1).values as unknown[]).slice(1);
      expect(header.at(-1)).toBe('Gộp từ các tỉnh cũ (chỉ số)');
      const texts = [2, 3, 4, 5].map((r) => ranking.getRow(r).getCell(header.length).value);
      expect(texts).toContain(
        'Bình Dương (74) 52,5%; Bà Rịa - Vũng Tàu (77) 30,0%; Hồ Chí Minh (79) 75,0%',
      );
      const summary = sheetNamed(workbook, 'Tổng hợp');
      const items: unknown[] = [];
      summary.eachRow((row) => items.push(row.getCell(1).value));
      expect(items).toContain('Gộp về 34 đơn vị từ 2025');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
