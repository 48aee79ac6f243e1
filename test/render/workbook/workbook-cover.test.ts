import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/score/report.js';
import {
  reportWorkbook as reportWorkbookPieces,
  type WorkbookOptions,
} from '../../../src/render/workbook/report-workbook.js';
import { makeFinding } from '../../../src/core/findings/make-finding.js';
import { CHART_ENTITY_LIMIT } from '../../../src/render/workbook/workbook-cover.js';
import { fakeReport, manyEntities, PARTIAL_VALUES } from '../../helpers/fake-report.js';
import { readCharts, referencedCells } from '../../helpers/workbook-charts.js';
import { loadWorkbook, sheetNamed, type Worksheet } from '../../helpers/workbook-readback.js';
import { joinedBytes } from '../../helpers/joined-bytes.js';

const reportWorkbook = joinedBytes(reportWorkbookPieces);

// 2025-12-31 20:00 UTC is already 1 January 2026 in Vietnam (UTC+7).
const date = new Date(Date.UTC(2025, 11, 31, 20, 0, 0));
const options = (lang: 'vi' | 'en' = 'vi', extra: Partial<WorkbookOptions> = {}) => ({
  lang,
  toolVersion: '9.9.9',
  inputs: [{ file: 'dongnai.xlsx', sha256: 'ab'.repeat(32) }],
  date,
  ...extra,
});

const oneReport = (): Report =>
  fakeReport([
    { label: 'Đồng Nai', province: { code: '75', name: 'Đồng Nai' }, values: PARTIAL_VALUES },
  ]);

/** Every text of a sheet, row by row. */
function texts(ws: Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') out.push(cell.value);
    }),
  );
  return out;
}

/** Every chart's series points at cells that exist and hold exactly the numbers plotted. */
async function expectLiveCharts(bytes: Uint8Array) {
  const workbook = await loadWorkbook(bytes);
  const charts = await readCharts(bytes);
  for (const chart of charts) {
    expect(chart.series.length, chart.title).toBeGreaterThan(0);
    for (const series of chart.series) {
      const values = referencedCells(workbook, series.values);
      expect(values.length, series.values).toBe(series.cached.length);
      expect(values.every((value) => typeof value === 'number')).toBe(true);
      expect(values).toEqual(series.cached);
      const categories = referencedCells(workbook, series.categories);
      expect(categories.map(String)).toEqual(series.cachedCategories);
    }
  }
  return { workbook, charts };
}

describe('the cover sheet (spec §9.1)', () => {
  it('comes first, with the title, set, date in Vietnam, policy and key figures', async () => {
    const report = oneReport();
    const workbook = await loadWorkbook(await reportWorkbook(report, options()));
    expect(workbook.worksheets[0]!.name).toBe('Báo cáo');
    const cover = sheetNamed(workbook, 'Báo cáo');
    const all = texts(cover);
    expect(all[0]).toBe('Báo cáo đánh giá đô thị thông minh — Đồng Nai — năm 2025');
    expect(all).toContain('Bộ chỉ số: Bộ chỉ số thử (fake-set, phiên bản 1.0)');
    expect(all).toContain('Ngày lập báo cáo: 01/01/2026');
    expect(all.some((text) => text.startsWith('Chỉ số không báo cáo: Tính 0 điểm'))).toBe(true);
    const entity = report.entities[0]!;
    const numbers: number[] = [];
    cover.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') numbers.push(cell.value);
      }),
    );
    expect(numbers).toContain(entity.points);
    expect(numbers).toContain(entity.maxPoints);
    expect(numbers).toContain(entity.index);
    expect(numbers).toContain(entity.coverage);
    expect(all).toContain('Kết quả chính');
  });

  it('is in English with --lang en, the date written the English way', async () => {
    const workbook = await loadWorkbook(await reportWorkbook(oneReport(), options('en')));
    const all = texts(sheetNamed(workbook, 'Report'));
    expect(all[0]).toBe('Smart city assessment report — Đồng Nai — 2025');
    expect(all).toContain('Report date: 2026-01-01');
  });

  it('for a batch: nationwide title, top five and bottom five by rank', async () => {
    const report = fakeReport(manyEntities(12));
    const workbook = await loadWorkbook(await reportWorkbook(report, options()));
    const cover = sheetNamed(workbook, 'Báo cáo');
    const all = texts(cover);
    expect(all[0]).toBe('Báo cáo đánh giá đô thị thông minh — toàn quốc — năm 2025');
    const top = all.indexOf('5 đơn vị dẫn đầu');
    const bottom = all.indexOf('5 đơn vị cuối bảng');
    expect(top).toBeGreaterThan(0);
    expect(bottom).toBeGreaterThan(top);
    const byRank = [...report.entities].sort((a, b) => a.rank! - b.rank!);
    const labels = (from: number, to: number) =>
      all.slice(from, to).filter((text) => text.startsWith('Đơn vị '));
    expect(labels(top, bottom)).toEqual(byRank.slice(0, 5).map((e) => e.label));
    expect(labels(bottom, all.length)).toEqual(byRank.slice(-5).map((e) => e.label));
    // No missing units or rejected files were given: neither section is there.
    expect(all.some((text) => text.startsWith('Đơn vị chưa có hồ sơ'))).toBe(false);
    expect(all.some((text) => text.startsWith('Hồ sơ bị loại'))).toBe(false);
  });

  it('lists the missing units and the rejected files when the batch run gives them', async () => {
    const report = fakeReport(manyEntities(3));
    const workbook = await loadWorkbook(
      await reportWorkbook(
        report,
        options('vi', {
          missingUnits: [{ code: '01', name: 'Hà Nội' }],
          rejected: [
            {
              file: 'nop/cao-bang.xlsx',
              errors: 1,
              warnings: 1,
              findings: [
                makeFinding(
                  'DATA_NOT_A_NUMBER',
                  { value: 'abc' },
                  { file: 'nop/cao-bang.xlsx', sheet: 'Số liệu', row: 12, column: 8 },
                ),
                makeFinding(
                  'DATA_EVIDENCE_MISSING',
                  { indicator: 'HT.BR.01' },
                  { file: 'nop/cao-bang.xlsx', sheet: 'Số liệu', row: 13, column: 9 },
                ),
              ],
            },
          ],
        }),
      ),
    );
    const all = texts(sheetNamed(workbook, 'Báo cáo'));
    expect(all).toContain('Đơn vị chưa có hồ sơ (1)');
    expect(all).toContain('Hà Nội');
    expect(all).toContain('Hồ sơ bị loại (1)');
    expect(all).toContain('nop/cao-bang.xlsx');
    expect(
      all.some((t) => t.startsWith('nop/cao-bang.xlsx › Số liệu!H12  DATA_NOT_A_NUMBER')),
    ).toBe(true);
    // The sheet of rejected files: one row per error or warning, errors first, with the place.
    const sheet = sheetNamed(workbook, 'Hồ sơ bị loại');
    const rows = [2, 3].map((r) => [1, 2, 3, 5, 6].map((c) => sheet.getRow(r).getCell(c).value));
    expect(rows).toEqual([
      ['nop/cao-bang.xlsx', 1, 1, 'DATA_NOT_A_NUMBER', 'nop/cao-bang.xlsx › Số liệu!H12'],
      ['nop/cao-bang.xlsx', 1, 1, 'DATA_EVIDENCE_MISSING', 'nop/cao-bang.xlsx › Số liệu!I13'],
    ]);
  });

  it('has no sheet of rejected files without --keep-going', async () => {
    const workbook = await loadWorkbook(
      await reportWorkbook(fakeReport(manyEntities(3)), options()),
    );
    expect(workbook.worksheets.map((ws) => ws.name)).not.toContain('Hồ sơ bị loại');
  });
});

describe('native charts (spec §9.1)', () => {
  it('one entity: the domains’ index and the ten largest gaps, live on the cells', async () => {
    const report = oneReport();
    const bytes = await reportWorkbook(report, options());
    const { charts } = await expectLiveCharts(bytes);
    expect(charts.map((chart) => chart.title)).toEqual([
      'Chỉ số tổng hợp theo lĩnh vực',
      '10 chỉ số mất nhiều điểm nhất (điểm mất)',
    ]);
    const entity = report.entities[0]!;
    const tops = entity.groups.filter((group) => group.level === 1);
    const [groups, gaps] = charts;
    expect(groups!.series[0]!.cached).toEqual(tops.map((group) => group.index));
    expect(groups!.series[0]!.cachedCategories).toEqual(tops.map((group) => group.name.vi));
    expect(groups!.series[0]!.values.startsWith("'Báo cáo'!")).toBe(true);
    const lost = entity.gaps.slice(0, 10).map((gap) => gap.pointsLost);
    expect(gaps!.series[0]!.cached).toEqual(lost);
    expect(gaps!.series[0]!.values.startsWith("'Khoảng cách'!")).toBe(true);
  });

  it('a batch: the ranking sorted by index, and the domains by entity', async () => {
    const report = fakeReport(manyEntities(7));
    const bytes = await reportWorkbook(report, options('en'));
    const { charts } = await expectLiveCharts(bytes);
    expect(charts.map((chart) => chart.title)).toEqual([
      'Ranking by index',
      'Domain index by entity',
    ]);
    const byRank = [...report.entities].sort((a, b) => a.rank! - b.rank!);
    const [ranking, domains] = charts;
    expect(ranking!.series[0]!.values.startsWith("'Ranking'!")).toBe(true);
    expect(ranking!.series[0]!.cachedCategories).toEqual(byRank.map((e) => e.label));
    const plotted = ranking!.series[0]!.cached as number[];
    expect(plotted).toEqual(byRank.map((e) => e.index));
    expect([...plotted].sort((a, b) => b - a)).toEqual(plotted);
    const tops = report.set.groups.filter((group) => group.level === 1);
    expect(domains!.series.map((series) => series.name)).toEqual(
      tops.map((group) => `${group.code} ${group.name.en}`),
    );
    domains!.series.forEach((series, i) => {
      expect(series.cached).toEqual(
        byRank.map((e) => e.groups.find((g) => g.code === tops[i]!.code)!.index),
      );
    });
  });

  it(`a big batch charts its first ${CHART_ENTITY_LIMIT} entities by rank and says so`, async () => {
    const report = fakeReport(manyEntities(CHART_ENTITY_LIMIT + 5));
    const bytes = await reportWorkbook(report, options());
    const { charts } = await expectLiveCharts(bytes);
    expect(charts[0]!.title).toContain(`${CHART_ENTITY_LIMIT} đơn vị đầu`);
    expect(charts[0]!.series[0]!.cached.length).toBe(CHART_ENTITY_LIMIT);
  });

  it('are wired into the package: drawing, relationships and content types', async () => {
    const zip = await JSZip.loadAsync(await reportWorkbook(oneReport(), options()));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<drawing r:id="rId1"/>');
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    expect(rels).toContain('Target="../drawings/drawing1.xml"');
    const drawingRels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/xl/charts/chart2.xml');
    expect(types).toContain('/xl/drawings/drawing1.xml');
    // Chart text is 10 pt or more, so it prints legibly.
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    const sizes = [...chart.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1000);
  });
});
