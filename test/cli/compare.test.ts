import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libreOfficeSheetCsv, skipLibreOffice } from '../helpers/libreoffice.js';
import { runCli } from '../helpers/run-cli.js';
import { loadWorkbook, sheetNamed } from '../helpers/workbook-readback.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const before = join(fixtures, 'compare/provinces-2024.csv');
const after = join(fixtures, 'compare/units-2025.csv');
const set = ['--set', join(fixtures, 'data/example-set.yaml')];
const national2024 = join(fixtures, 'compare/national-2024.csv');
const national2025 = join(fixtures, 'compare/national-2025.csv');
let dir = '';

interface CompareDoc {
  schemaVersion: number;
  kind: string;
  indicatorSet: { before: { id: string; version: string }; after: { id: string; version: string } };
  policy: {
    before: { missing: string; rollup: string | null };
    after: { missing: string; rollup: string | null };
  };
  entities: {
    label: string;
    province: { code: string; name: string } | null;
    before: { year: number; index: number; rank: number; points: number };
    after: { year: number; index: number; rank: number; points: number };
    delta: { index: number; points: number; rank: number };
    groups: { code: string; before: number; after: number; delta: number }[];
    indicators: {
      code: string;
      before: number | null;
      after: number | null;
      delta: number | null;
      beforeValue: unknown;
      afterValue: unknown;
    }[];
    improved: { code: string; points: number }[];
    declined: { code: string; points: number }[];
  }[];
  onlyBefore: unknown[];
  onlyAfter: { label: string; province: { code: string } }[];
  findings: { code: string; severity: string }[];
}

async function compareJson(args: string[]): Promise<CompareDoc> {
  const t = await runCli(['compare', ...args, '--format', 'json'], { cwd: dir });
  expect(t.stderr).not.toMatch(/error/i);
  expect(t.exitCode).toBe(0);
  return JSON.parse(t.stdout) as CompareDoc;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smartcity-compare-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('smartcity compare 2024 (63 provinces) → 2025 (34 units)', () => {
  it('rolls the 2024 side up (scores) and compares unit by unit, hand-computed', async () => {
    const doc = await compareJson([before, after, ...set]);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.kind).toBe('compare');
    expect(doc.policy).toEqual({
      before: { missing: 'zero', rollup: 'scores' },
      after: { missing: 'zero', rollup: null },
    });
    expect(doc.entities.map((e) => e.province?.code)).toEqual(['01', '52', '75', '79']);
    const hcm = doc.entities.find((e) => e.province?.code === '79')!;
    // Before: mean of HCM 0.75, Bình Dương 0.525, Bà Rịa - Vũng Tàu 0.3 = 0.525 (rank 3 of 4).
    // After: 60 + 20 + 34 + 40 + 20 = 174 / 200 = 0.87 (rank 2 of 5): moved up one.
    expect(hcm.before).toMatchObject({ year: 2024, index: 0.525, rank: 3, points: 105 });
    expect(hcm.after).toMatchObject({ year: 2025, index: 0.87, rank: 2, points: 174 });
    expect(hcm.delta).toEqual({ index: 0.345, points: 69, rank: 1 });
    expect(hcm.groups.map((g) => g.code)).toEqual(['HT', 'DV']);
    // HT.01: before mean(1, 0.75, 0.5) = 0.75, after 85 ≥ 80 → 1; a merged unit has no value.
    expect(hcm.indicators[0]).toEqual({
      code: 'HT.01',
      before: 0.75,
      after: 1,
      delta: 0.25,
      beforeValue: null,
      afterValue: 85,
    });
    // Points gained: DV.02 40 − 13.333, DV.01 34 − 20, HT.01 60 − 45, HT.02 20 − 13.333, DV.03 20 − 13.333.
    expect(hcm.improved.map((g) => g.code)).toEqual(['DV.02', 'HT.01', 'DV.01', 'DV.03', 'HT.02']);
    expect(hcm.declined).toEqual([]);
    const gialai = doc.entities.find((e) => e.province?.code === '52')!;
    expect(gialai.delta.rank).toBe(-2);
    expect(doc.onlyBefore).toEqual([]);
    expect(doc.onlyAfter).toEqual([
      { label: 'Cao Bằng', province: { code: '04', name: 'Cao Bằng' } },
    ]);
    expect(doc.findings.map((f) => f.code)).toEqual(['ROLLUP_PARTIAL', 'COMPARE_ONLY_AFTER']);
  });

  it('--rollup values combines the raw values instead', async () => {
    const doc = await compareJson([before, after, ...set, '--rollup', 'values']);
    expect(doc.policy.before.rollup).toBe('values');
    expect(doc.entities.find((e) => e.province?.code === '79')!.before.index).toBe(0.525);
    // Đồng Nai: HT.01 mean(70, 30) = 50 → 37.5; HT.02 all(có, không) → 0; DV.01 mean 26.5 → 17;
    // DV.02 sum 10 → 20; DV.03 min 1 → 0: 74.5 / 200.
    expect(doc.entities.find((e) => e.province?.code === '75')!.before.index).toBe(0.3725);
  });

  it('the same result from data and from the JSON report of score --rollup', async () => {
    const fromData = await compareJson([before, after, ...set]);
    const report = join(dir, 'before-2024.json');
    const scored = await runCli(
      ['score', before, ...set, '--rollup', 'scores', '-o', report, '--quiet', '--format', 'json'],
      { cwd: dir },
    );
    expect(scored.exitCode).toBe(0);
    const fromJson = await compareJson([report, after, ...set]);
    // The data side also carries its reading findings (ROLLUP_PARTIAL); the JSON report has them.
    expect({ ...fromJson, findings: [] }).toEqual({ ...fromData, findings: [] });
  });

  it('a 2025 side against itself: no roll-up, nothing moved', async () => {
    const doc = await compareJson([after, after, ...set]);
    expect(doc.policy.before.rollup).toBeNull();
    expect(doc.entities).toHaveLength(5);
    expect(doc.entities.every((e) => e.delta.index === 0 && e.delta.rank === 0)).toBe(true);
  });

  it('prints a table in the later rank order with ▲/▼/=', async () => {
    const t = await runCli(['compare', before, after, ...set, '--lang', 'en'], { cwd: dir });
    expect(t.exitCode).toBe(0);
    const rows = t.stdout.split('\n').filter((line) => /^│\s+\d/.test(line));
    expect(rows.map((r) => r.split('│')[3]!.trim())).toEqual([
      'Hà Nội',
      'Hồ Chí Minh',
      'Đồng Nai',
      'Gia Lai',
    ]);
    expect(rows[0]).toContain('=');
    expect(rows[1]).toMatch(/▲1 .*52\.5% .*87\.0% .*\+34\.5/);
    expect(rows[3]).toMatch(/▼2/);
    expect(t.stdout).toContain('rolled up to the 34 units of 2025 (--rollup scores)');
    const vi = await runCli(['compare', before, after, ...set, '--quiet'], { cwd: dir });
    expect(vi.stdout).toMatch(/▲1 .*52,5% .*87,0% .*\+34,5/);
    expect(vi.stdout).toContain('Bên trước được gộp về 34 đơn vị năm 2025');
  });

  it('sets that differ in version compare only the total and the top-level groups', async () => {
    const v2 = join(dir, 'after-v2.json');
    const scored = await runCli(
      ['score', after, '--set', join(fixtures, 'compare/example-set-v2.yaml'), '-o', v2, '--quiet'],
      { cwd: dir },
    );
    expect(scored.exitCode).toBe(0);
    const doc = await compareJson([before, v2, ...set]);
    expect(doc.indicatorSet.after.version).toBe('2.0');
    expect(doc.findings.map((f) => f.code)).toContain('COMPARE_SET_CHANGED');
    expect(doc.entities[0]!.groups.map((g) => g.code)).toEqual(['HT', 'DV']);
    expect(doc.entities[0]!.indicators).toEqual([]);
    expect(doc.entities[0]!.improved).toEqual([]);
  });

  it('writes the same JSON with -o x.json, byte for byte', async () => {
    const out = join(dir, 'cmp.json');
    const t = await runCli(['compare', before, after, ...set, '-o', out, '--format', 'json'], {
      cwd: dir,
    });
    expect(t.exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(t.stdout);
  });
});

describe('the national pair: 63 provinces of 2024 → 34 units of 2025', () => {
  it('matches all 34 units, none partial, each the mean of its predecessors under zero', async () => {
    const doc = await compareJson([national2024, national2025, ...set]);
    expect(doc.entities).toHaveLength(34);
    expect(doc.onlyBefore).toEqual([]);
    expect(doc.onlyAfter).toEqual([]);
    expect(doc.findings).toEqual([]);
    const rolled = await runCli(
      ['score', national2024, ...set, '--rollup', 'scores', '--format', 'json', '--no-export'],
      { cwd: dir },
    );
    const units = (
      JSON.parse(rolled.stdout) as {
        entities: { index: number; predecessors: { index: number }[] }[];
      }
    ).entities;
    expect(units).toHaveLength(34);
    expect(units.reduce((n, u) => n + u.predecessors.length, 0)).toBe(63);
    for (const unit of units) {
      const mean =
        unit.predecessors.reduce((sum, p) => sum + p.index, 0) / unit.predecessors.length;
      expect(unit.index).toBeCloseTo(mean, 5);
    }
  });
});

describe('compare -o x.xlsx', () => {
  it('writes the five sheets, rows in the later rank order, numbers as numbers', async () => {
    const out = join(dir, 'cmp.xlsx');
    const t = await runCli(['compare', before, after, ...set, '-o', out, '--quiet'], { cwd: dir });
    expect(t.exitCode).toBe(0);
    const workbook = await loadWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'So sánh',
      'So sánh nhóm',
      'So sánh chỉ số',
      'Kiểm tra dữ liệu',
      'Phương pháp',
    ]);
    const ws = sheetNamed(workbook, 'So sánh');
    const hcm = ws.getRow(3);
    expect([hcm.getCell(1).value, hcm.getCell(2).value, hcm.getCell(3).value]).toEqual([
      2,
      1,
      'Hồ Chí Minh',
    ]);
    expect(hcm.getCell(10).value).toBeCloseTo(0.345, 6);
    const groups = sheetNamed(workbook, 'So sánh nhóm');
    expect((groups.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Đơn vị',
      'Mã tỉnh',
      'HT Hạ tầng',
      'DV Dịch vụ',
    ]);
    const checks = sheetNamed(workbook, 'Kiểm tra dữ liệu');
    expect(checks.getRow(2).getCell(2).value).toBe('ROLLUP_PARTIAL');
  });

  it.skipIf(skipLibreOffice())(
    'the national pair (63 → 34) round-trips, and LibreOffice opens it',
    async () => {
      const out = join(dir, 'lo.xlsx');
      const t = await runCli(
        ['compare', national2024, national2025, ...set, '-o', out, '--quiet'],
        {
          cwd: dir,
        },
      );
      expect(t.exitCode).toBe(0);
      const loDir = mkdtempSync(join(tmpdir(), 'smartcity-compare-lo-'));
      try {
        const csv = await libreOfficeSheetCsv(out, 'So sánh', loDir);
        expect(csv).toContain('Hồ Chí Minh');
        // The header and one row per unit.
        expect(csv!.trim().split('\n').length).toBeGreaterThanOrEqual(35);
      } finally {
        rmSync(loDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

describe('compare refuses what it cannot compare', () => {
  it('a JSON side that is not a smartcity report is exit 2', async () => {
    const bogus = join(dir, 'bogus.json');
    writeFileSync(bogus, JSON.stringify({ schemaVersion: 1, hello: 'world' }));
    const t = await runCli(['compare', bogus, after, ...set, '--lang', 'en'], { cwd: dir });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('is not a smartcity JSON report');
  });

  it('another schemaVersion is exit 2', async () => {
    const report = join(dir, 'v9.json');
    const scored = await runCli(['score', after, ...set, '-o', report, '--quiet'], { cwd: dir });
    expect(scored.exitCode).toBe(0);
    const doc = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
    writeFileSync(report, JSON.stringify({ ...doc, schemaVersion: 9 }));
    const t = await runCli(['compare', report, after, ...set, '--lang', 'en'], { cwd: dir });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('"schemaVersion" is 9');
  });

  it('a pre-2025 JSON report against 2025 data is exit 2 with the way out', async () => {
    const report = join(dir, 'plain-2024.json');
    const scored = await runCli(['score', before, ...set, '-o', report, '--quiet'], { cwd: dir });
    expect(scored.exitCode).toBe(0);
    const t = await runCli(['compare', report, after, ...set, '--lang', 'en'], { cwd: dir });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('score --rollup scores');
  });

  it('sides with no entity in common are exit 1 COMPARE_NOTHING_IN_COMMON', async () => {
    const other = join(dir, 'other.csv');
    writeFileSync(
      other,
      'Mã tỉnh,Tỉnh/Thành phố,Năm,HT.01,HT.02,DV.01,DV.02,DV.03\n22,Quảng Ninh,2025,50,Có,20,6,2\n',
    );
    const t = await runCli(['compare', after.replace('units-2025', 'units-2025'), other, ...set], {
      cwd: dir,
    });
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('COMPARE_NOTHING_IN_COMMON');
    expect(t.stdout).toBe('');
  });

  it('a side holding both eras is exit 2', async () => {
    const mixed = join(dir, 'mixed.csv');
    writeFileSync(
      mixed,
      'Mã tỉnh,Tỉnh/Thành phố,Năm,HT.01\n70,Bình Phước,2024,50\n75,Đồng Nai,2025,60\n',
    );
    const t = await runCli(['compare', mixed, after, ...set, '--lang', 'en'], { cwd: dir });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('both pre-2025 units');
  });

  it('an output that is neither .json nor .xlsx is exit 2 before reading', async () => {
    const t = await runCli(['compare', before, after, ...set, '-o', join(dir, 'x.csv')], {
      cwd: dir,
    });
    expect(t.exitCode).toBe(2);
  });
});
