import JSZip from 'jszip';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, transcriptText } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { readCharts, referencedCells } from '../helpers/workbook-charts.js';
import { loadWorkbook, sheetNamed } from '../helpers/workbook-readback.js';

interface SensitivityDoc {
  schemaVersion: number;
  kind: string;
  runs: number;
  seed: number;
  weights: number;
  perturb: string;
  missingAlt: boolean;
  entities: {
    label: string;
    province: { code: string; name: string } | null;
    baseRank: number;
    medianRank: number;
    p05Rank: number;
    p95Rank: number;
    pRankChange: number;
    meanAbsShift: number;
  }[];
  meanAbsShift: number;
  leaveOneOut: { group: string; meanAbsShift: number; ranks: { entity: string; rank: number }[] }[];
}

const tmp = tempFolder('smartcity-sensitivity-', {
  scope: 'file',
  copy: {
    'national-34.csv': 'data/national-34.csv',
    'example-set.yaml': 'data/example-set.yaml',
    'quang-ninh.csv': 'data/quang-ninh.csv',
  },
  setup: (dir) =>
    writeFileSync(join(dir, 'broken.csv'), 'Tỉnh,HT.01\nĐồng Nai,60\nLâm Đồng,nhiều\n'),
});

const national = ['sensitivity', 'national-34.csv', '--set', 'example-set.yaml', '--year', '2025'];
const run = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, { cwd: tmp.dir, env });
const json = async (args: string[]): Promise<SensitivityDoc> => {
  const t = await run([...national, '--format', 'json', ...args]);
  expect(t.exitCode).toBe(0);
  return JSON.parse(t.stdout) as SensitivityDoc;
};
const files = () => readdirSync(tmp.dir).sort();

describe('smartcity sensitivity', () => {
  it('golden transcript: the table in Vietnamese', async () => {
    const t = await run([...national, '--runs', '200']);
    expect(t.exitCode).toBe(0);
    await expect(transcriptText(t)).toMatchFileSnapshot('golden/sensitivity-table-vi.txt');
  });

  it('golden transcript: the table in English, per group, wider weights, another seed', async () => {
    const t = await run([
      ...national,
      '--runs',
      '300',
      '--perturb',
      'groups',
      '--weights',
      '0.6',
      '--seed',
      '7',
      '--lang',
      'en',
    ]);
    expect(t.exitCode).toBe(0);
    await expect(transcriptText(t)).toMatchFileSnapshot('golden/sensitivity-table-en.txt');
  });

  it('prints the JSON of spec §10, keys in order, numbers rounded to 6 decimals', async () => {
    const doc = await json(['--runs', '500', '--weights', '0.5', '--missing-alt']);
    expect(Object.keys(doc)).toEqual([
      'schemaVersion',
      'kind',
      'runs',
      'seed',
      'weights',
      'perturb',
      'missingAlt',
      'entities',
      'meanAbsShift',
      'leaveOneOut',
    ]);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      kind: 'sensitivity',
      runs: 500,
      seed: 1,
      weights: 0.5,
      perturb: 'indicators',
      missingAlt: true,
    });
    expect(doc.entities).toHaveLength(34);
    expect(Object.keys(doc.entities[0]!)).toEqual([
      'label',
      'province',
      'baseRank',
      'medianRank',
      'p05Rank',
      'p95Rank',
      'pRankChange',
      'meanAbsShift',
    ]);
    expect(doc.entities[0]).toMatchObject({
      label: 'Hà Nội',
      province: { code: '01', name: 'Hà Nội' },
    });
    expect(doc.leaveOneOut.map((left) => left.group)).toEqual(['HT', 'DV']);
    expect(Object.keys(doc.leaveOneOut[0]!)).toEqual(['group', 'meanAbsShift', 'ranks']);
    expect(doc.leaveOneOut[0]!.ranks[0]).toEqual({ entity: 'Hà Nội', rank: expect.any(Number) });
    const numbers = [
      doc.meanAbsShift,
      ...doc.entities.flatMap((e) => [e.pRankChange, e.meanAbsShift]),
      ...doc.leaveOneOut.map((left) => left.meanAbsShift),
    ];
    for (const x of numbers) expect(Number(x.toFixed(6))).toBe(x);
    expect(doc.entities.some((e) => e.pRankChange > 0)).toBe(true);
  });

  it('gives byte-identical JSON for the same inputs and seed, whatever the time zone or locale', async () => {
    const args = [...national, '--format', 'json', '--missing-alt', '--seed', '99'];
    const a = await run(args, { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8' });
    const b = await run(args, { TZ: 'UTC', LANG: 'C' });
    expect(a.exitCode).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const other = await run([...national, '--format', 'json', '--missing-alt', '--seed', '100']);
    expect(other.stdout).not.toBe(a.stdout);
  });

  it("gives every entity score's rank as its base rank", async () => {
    const score = await run([
      'score',
      'national-34.csv',
      '--set',
      'example-set.yaml',
      '--year',
      '2025',
      '--format',
      'json',
      '--no-export',
    ]);
    const ranks = (JSON.parse(score.stdout) as { entities: { label: string; rank: number }[] })
      .entities;
    const doc = await json(['--runs', '10']);
    expect(doc.entities.map((e) => [e.label, e.baseRank])).toEqual(
      ranks.map((e) => [e.label, e.rank]),
    );
  });

  it('--weights 0 collapses every interval to the base rank with P(change) = 0', async () => {
    const doc = await json(['--weights', '0', '--runs', '50']);
    for (const e of doc.entities) {
      expect([e.p05Rank, e.medianRank, e.p95Rank, e.pRankChange]).toEqual([
        e.baseRank,
        e.baseRank,
        e.baseRank,
        0,
      ]);
    }
    expect(doc.meanAbsShift).toBe(0);
  });

  it('-o x.json writes the same JSON it prints', async () => {
    const t = await run([...national, '--format', 'json', '-o', 'out.json']);
    expect(t.exitCode).toBe(0);
    expect(readFileSync(tmp.at('out.json'), 'utf8')).toBe(t.stdout);
    rmSync(tmp.at('out.json'));
  });

  it('-o x.xlsx writes the sheets Độ nhạy and Phương pháp (Sensitivity and Method in English)', async () => {
    for (const [lang, sheet, method] of [
      ['vi', 'Độ nhạy', 'Phương pháp'],
      ['en', 'Sensitivity', 'Method'],
    ] as const) {
      const t = await run([...national, '--runs', '100', '--lang', lang, '-o', 'out.xlsx'], {
        SOURCE_DATE_EPOCH: '1767225600',
      });
      expect(t.exitCode).toBe(0);
      const doc = await json(['--runs', '100']);
      const workbook = await loadWorkbook(readFileSync(tmp.at('out.xlsx')));
      expect(workbook.worksheets.map((ws) => ws.name)).toEqual([sheet, method]);
      const ws = sheetNamed(workbook, sheet);
      const header = ws.getRow(1).values as unknown[];
      expect(header.slice(1, 4)).toEqual(
        lang === 'vi'
          ? ['Hạng gốc', 'Đơn vị', 'Mã tỉnh']
          : ['Base rank', 'Entity', 'Province code'],
      );
      expect(header).toHaveLength(1 + 8 + 2 + 1);
      // Rows in base-rank order, numbers as numbers; P(change) as a percentage.
      const first = [...doc.entities].sort((a, b) => a.baseRank - b.baseRank)[0]!;
      const row = ws.getRow(2);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual([
        first.baseRank,
        first.label,
        first.province!.code,
      ]);
      expect(row.getCell(6).value).toBe(first.p95Rank);
      expect(row.getCell(7).numFmt).toBe('0.0%');
      expect(ws.rowCount).toBe(35);
      const methodText = sheetNamed(workbook, method)
        .getColumn(2)
        .values.filter((v) => typeof v === 'string')
        .join('\n');
      expect(methodText).toContain('xoshiro128**');
      expect(methodText).toContain('2026-01-01 00:00');
      rmSync(tmp.at('out.xlsx'));
    }
  });
});

describe('smartcity sensitivity -o x.xlsx: the rank-interval chart', () => {
  it("is a native stacked bar chart over the sheet's own cells: hidden 5% rank, visible width", async () => {
    const t = await run([...national, '--runs', '100', '--weights', '0.6', '-o', 'chart.xlsx']);
    expect(t.exitCode, t.stderr).toBe(0);
    const doc = await json(['--runs', '100', '--weights', '0.6']);
    const bytes = readFileSync(tmp.at('chart.xlsx'));
    rmSync(tmp.at('chart.xlsx'));
    const charts = await readCharts(bytes);
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart!.kind).toBe('barChart');
    expect(chart!.title).toContain('Khoảng hạng 90%');
    const [base, width] = chart!.series;
    const order = [...doc.entities].sort((a, b) => a.baseRank - b.baseRank);
    expect(base!.cached).toEqual(order.map((e) => e.p05Rank));
    expect(width!.cached).toEqual(order.map((e) => e.p95Rank - e.p05Rank));
    expect(base!.cachedCategories).toEqual(order.map((e) => e.label));
    const workbook = await loadWorkbook(bytes);
    expect(referencedCells(workbook, base!.values)).toEqual(base!.cached);
    expect(referencedCells(workbook, width!.values)).toEqual(width!.cached);
    expect(referencedCells(workbook, base!.categories)).toEqual(base!.cachedCategories);
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/charts/chart1.xml')!.async('string');
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    // The base is drawn without fill; with one visible series there is no legend to explain.
    expect(xml).toContain('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>');
    expect(xml).not.toContain('<c:legend>');
  });
});

describe('smartcity sensitivity -o x.html', () => {
  it('writes the rank intervals as a chart and a table, in the language asked', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = await run([...national, '--runs', '100', '--lang', lang, '-o', 'out.html']);
      expect(t.exitCode, t.stderr).toBe(0);
      const doc = await json(['--runs', '100']);
      const html = readFileSync(tmp.at('out.html'), 'utf8');
      rmSync(tmp.at('out.html'));
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/<script|https?:\/\//i);
      const chart = html.match(/<svg\b[\s\S]*?<\/svg>/)![0];
      expect(chart).toContain(lang === 'vi' ? 'Khoảng hạng 90%' : '90% rank intervals');
      // One interval line and one base-rank dot per entity (34, under the chart's limit of 60).
      expect(chart.match(/<circle /g)).toHaveLength(doc.entities.length);
      // The table: every entity with its interval written p05–p95.
      for (const entity of doc.entities) {
        const text =
          entity.p05Rank === entity.p95Rank
            ? `${entity.p05Rank}`
            : `${entity.p05Rank}–${entity.p95Rank}`;
        expect(html).toContain(`<td class="entity">${entity.label}</td>`);
        expect(html).toContain(`<td class="num">${text}</td>`);
      }
    }
  });
});

describe('smartcity sensitivity: what it refuses', () => {
  it.each([
    [['--runs', '0'], '--runs cần một số nguyên từ 1 đến 1000000, không phải "0".'],
    [['--runs', '2.5'], '--runs cần một số nguyên từ 1 đến 1000000, không phải "2.5".'],
    [['--weights', '1'], '0 ≤ f < 1'],
    [['--weights', '-0.1'], 'không phải "-0.1"'],
    [['--seed', 'junk'], '--seed cần một số nguyên từ 0 đến 9007199254740991, không phải "junk".'],
    [['-o', 'x.csv'], 'dùng -o tên.json, tên.xlsx hoặc tên.html'],
    [['-o', 'x.pdf'], 'dạng ".pdf"'],
  ])('%j: exit 2 naming what is allowed, nothing read or written', async (args, message) => {
    const before = files();
    // The input does not exist: the option is refused before any input is read.
    const t = await run(['sensitivity', 'missing.csv', '--set', 'example-set.yaml', ...args]);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain(message);
    expect(t.stdout).toBe('');
    expect(files()).toEqual(before);
  });

  it('says the range in English with --lang en', async () => {
    const t = await run([...national, '--weights', '1.5', '--lang', 'en']);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toBe(
      'smartcity: --weights needs a number f with 0 ≤ f < 1 (e.g. 0.25: each max points multiplied by a factor from 0.75 to 1.25), not "1.5".\n',
    );
  });

  it('needs at least two entities: exit 2, nothing written', async () => {
    const before = files();
    const t = await run([
      'sensitivity',
      'quang-ninh.csv',
      '--set',
      'example-set.yaml',
      '-o',
      'out.json',
      '--lang',
      'en',
    ]);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toBe(
      'smartcity: Sensitivity analysis needs at least two entities to rank; the data has 1.\n',
    );
    expect(files()).toEqual(before);
  });

  it('invalid data: exit 1 with the findings, like score, nothing written', async () => {
    const before = files();
    const t = await run([
      'sensitivity',
      'broken.csv',
      '--set',
      'example-set.yaml',
      '-o',
      'out.json',
    ]);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('broken.csv');
    expect(t.stdout).toBe('');
    expect(files()).toEqual(before);
  });
});
