import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, transcriptText } from '../helpers/run-cli.js';
import { DTI_2022_MAIN_INDICATORS } from '../helpers/dti-2022-published.js';

/**
 * A real-world check of the scoring: the provincial DTI 2022 as published on dti.gov.vn
 * ("xep-hang-2022", table "Xếp hạng chi tiết"). Each row gives a province's eight main-indicator
 * scores (0–1) and its DTI; the bundled set `dti-2022` weights them by their maximum points in
 * QĐ 922/QĐ-BTTTT, Phụ lục 1. The tool must give back every published DTI from the published
 * main-indicator scores. Those are rounded to 4 decimals, and so is the DTI: 1.5e-4 covers both.
 */
const DATA_DIR = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
const FIXTURE = 'dti-2022.csv';
const TOLERANCE = 1.5e-4;

const PROVINCE_HEADER = 'Các tỉnh, thành phố trực thuộc TW';
const RANK_HEADER = 'Xếp hạng DTI';
const DTI_HEADER = 'CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)';

interface PublishedRow {
  rank: number;
  name: string;
  scores: number[];
  dti: number;
}

function published(): PublishedRow[] {
  const records = parse(readFileSync(`${DATA_DIR}${FIXTURE}`, 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  return records.map((record) => ({
    rank: Number(record[RANK_HEADER]),
    name: record[PROVINCE_HEADER]!,
    scores: DTI_2022_MAIN_INDICATORS.map(([name]) => Number(record[`Chỉ số ${name}`])),
    dti: Number(record[DTI_HEADER]),
  }));
}

interface ScoreDoc {
  indicatorSet: { id: string };
  entities: {
    label: string;
    province: { code: string; name: string } | null;
    year: number | null;
    index: number;
    points: number;
    maxPoints: number;
    rank: number;
  }[];
}

async function scoreJson(file: string, cwd: string): Promise<ScoreDoc> {
  const t = await runCli(['score', file, '--set', 'dti-2022', '--format', 'json', '--no-export'], {
    cwd,
  });
  expect(t.exitCode, t.stderr).toBe(0);
  return JSON.parse(t.stdout) as ScoreDoc;
}

describe('the bundled dti-2022 set reproduces the published DTI 2022', () => {
  it('holds the published rows: Đà Nẵng first with 0.8002, then TP HCM, Quảng Ninh, Huế, Cần Thơ', () => {
    const rows = published();
    expect(rows.map((r) => [r.rank, r.name, r.dti])).toEqual([
      [1, 'TP. Đà Nẵng', 0.8002],
      [2, 'TP. Hồ Chí Minh', 0.7163],
      [3, 'Quảng Ninh', 0.7024],
      [4, 'Thừa Thiên - Huế', 0.6975],
      [5, 'TP. Cần Thơ', 0.6924],
    ]);
    for (const row of rows) expect(row.scores.every((s) => s >= 0 && s <= 1)).toBe(true);
  });

  it('gives back every published DTI within 1.5e-4, with the published ranks', async () => {
    const rows = published();
    const doc = await scoreJson(FIXTURE, DATA_DIR);
    expect(doc.indicatorSet.id).toBe('dti-2022');
    expect(doc.entities).toHaveLength(rows.length);
    doc.entities.forEach((entity, i) => {
      const row = rows[i]!;
      expect(entity.maxPoints, row.name).toBe(1000);
      expect(Math.abs(entity.index - row.dti), row.name).toBeLessThanOrEqual(TOLERANCE);
      expect(entity.rank, row.name).toBe(row.rank);
    });
  });

  it('names the provinces of 2022 (the 63 units), from the spellings of the table and the file name', async () => {
    const doc = await scoreJson(FIXTURE, DATA_DIR);
    expect(doc.entities.map((e) => [e.province?.code, e.year])).toEqual([
      ['48', 2022],
      ['79', 2022],
      ['22', 2022],
      ['46', 2022],
      ['92', 2022],
    ]);
  });

  // The check can fail: the same scores with equal weights miss Đà Nẵng's DTI by far more than
  // the tolerance, so agreement above says the point weights are the published ones.
  it('would not match with equal weights', () => {
    const [danang] = published();
    const unweighted = danang!.scores.reduce((sum, s) => sum + s, 0) / danang!.scores.length;
    expect(Math.abs(unweighted - danang!.dti)).toBeGreaterThan(10 * TOLERANCE);
  });

  it('scores a table with the bare indicator names, semicolons and decimal commas the same', async () => {
    const rows = published();
    const header = ['Tỉnh/Thành phố', ...DTI_2022_MAIN_INDICATORS.map(([name]) => name)].join(';');
    const lines = rows.map((r) =>
      [r.name, ...r.scores.map((s) => s.toFixed(4).replace('.', ','))].join(';'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'smartcity-dti-'));
    try {
      writeFileSync(join(dir, 'dti_2022.csv'), `${header}\n${lines.join('\n')}\n`);
      const doc = await scoreJson('dti_2022.csv', dir);
      const original = await scoreJson(FIXTURE, DATA_DIR);
      expect(doc.entities.map((e) => e.index)).toEqual(original.entities.map((e) => e.index));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships the same table as fixtures/dti-2022.csv', () => {
    const shipped = fileURLToPath(new URL('../../fixtures/dti-2022.csv', import.meta.url));
    expect(readFileSync(shipped, 'utf8')).toBe(readFileSync(`${DATA_DIR}${FIXTURE}`, 'utf8'));
  });

  it('golden transcript: the terminal table', async () => {
    const t = await runCli(['score', FIXTURE, '--set', 'dti-2022', '--no-export'], {
      cwd: DATA_DIR,
    });
    await expect(transcriptText(t)).toMatchFileSnapshot('./golden/score-dti-2022.txt');
  });
});
