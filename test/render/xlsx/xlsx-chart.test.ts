import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ChartSpec, SheetSpec } from '../../../src/render/workbook/workbook-sheet.js';
import { xlsxWrite as xlsxWritePieces } from '../../../src/render/xlsx/xlsx-write.js';
import { readCharts, referencedCells } from '../../helpers/workbook-charts.js';
import { loadWorkbook } from '../../helpers/workbook-readback.js';
import { joinedBytes } from '../../helpers/joined-bytes.js';

const xlsxWrite = joinedBytes(xlsxWritePieces);

const date = new Date(Date.UTC(2026, 0, 2));

/** A data sheet (with a header row) and a form sheet (without) holding charts of every kind. */
function sheets(kind: ChartSpec['kind']): SheetSpec[] {
  return [
    {
      name: "Sổ 'mẫu' & số liệu",
      columns: [{ header: 'Tên' }, { header: 'A', numFmt: '0%' }, { header: 'B', numFmt: '0%' }],
      rows: [
        ['Một', 0.5, 0.25],
        ['Hai', 0.75, null],
        ['Ba', 1, 0.125],
      ],
      rules: [],
    },
    {
      name: 'Biểu đồ',
      columns: [{ header: '', width: 10 }],
      rows: [['Tiêu đề'], [], []],
      rules: [],
      header: false,
      charts: [
        {
          kind,
          title: `Biểu đồ ${kind}`,
          categories: { sheet: "Sổ 'mẫu' & số liệu", row: 0, column: 0, rows: 3 },
          series: [
            { name: 'A', values: { sheet: "Sổ 'mẫu' & số liệu", row: 0, column: 1, rows: 3 } },
            { name: 'B', values: { sheet: "Sổ 'mẫu' & số liệu", row: 0, column: 2, rows: 3 } },
          ],
          valueFormat: '0%',
          anchor: { row: 1, column: 0, rows: 10, columns: 6 },
        },
      ],
    },
  ];
}

const SHAPE: Record<ChartSpec['kind'], string> = {
  bar: '<c:barDir val="bar"/>',
  column: '<c:barDir val="col"/>',
  radar: '<c:radarStyle val="marker"/>',
};

describe.each(['bar', 'column', 'radar'] as const)('a %s chart', (kind) => {
  it('points at the cells it plots, skipping empty ones, and sits where it was anchored', async () => {
    const bytes = await xlsxWrite(sheets(kind), { date });
    const [chart] = await readCharts(bytes);
    expect(chart!.kind).toBe(kind === 'radar' ? 'radarChart' : 'barChart');
    expect(chart!.title).toBe(`Biểu đồ ${kind}`);
    expect(chart!.series.map((series) => series.values)).toEqual([
      "'Sổ ''mẫu'' & số liệu'!$B$2:$B$4",
      "'Sổ ''mẫu'' & số liệu'!$C$2:$C$4",
    ]);
    expect(chart!.series[1]!.cached).toEqual([0.25, null, 0.125]);
    expect(chart!.series[0]!.cachedCategories).toEqual(['Một', 'Hai', 'Ba']);
    const workbook = await loadWorkbook(bytes);
    expect(referencedCells(workbook, chart!.series[0]!.values)).toEqual([0.5, 0.75, 1]);

    const zip = await JSZip.loadAsync(bytes);
    const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
    // The form sheet has no header row: anchor row 1 is sheet row 2 (0-based 1).
    expect(drawing).toContain(
      '<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>',
    );
    expect(drawing).toContain(
      '<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>11</xdr:row>',
    );
    const xml = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(xml).toContain(SHAPE[kind]);
    expect(xml).toContain('<c:legend>');
  });
});
