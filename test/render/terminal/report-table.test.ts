import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/score/build-report.js';
import { makeFinding } from '../../../src/core/findings/make-finding.js';
import { gapsJson } from '../../../src/render/formats/gaps-json.js';
import { gapsTable } from '../../../src/render/terminal/gaps-table.js';
import { reportTable } from '../../../src/render/terminal/report-table.js';
import { entity, exampleData, exampleSet } from '../../helpers/example-set.js';

function report(entities = [exampleData()]) {
  const warning = makeFinding('DATA_NOT_A_NUMBER', { value: 'x' }, {}, { severity: 'warning' });
  return buildReport(exampleSet(), [{ layout: 'long', entities, findings: [] }], [warning], {
    missing: 'zero',
  });
}

describe('reportTable', () => {
  it('summarises one entity: header, groups with bars, total, top gaps, findings count', () => {
    const text = reportTable(report(), { lang: 'vi', top: 2 });
    expect(text).toContain('Quảng Ninh (22) · worked-example 1.0');
    expect(text).toMatch(/HT\s*│ Hạ tầng\s*│\s*65 \/ 80 │\s*81,3% │ █{16}░{4}/);
    expect(text).toMatch(/DV\s*│ Dịch vụ\s*│\s*70 \/ 120 │\s*58,3% │/);
    expect(text).toContain('Tổng: 135 / 200 · 67,5% · Độ phủ số liệu: 100,0%');
    expect(text).toContain('Khoảng cách ưu tiên (2/4)');
    expect(text).toMatch(/│ 1 │ DV\.02 │.*│\s+20 │\s+4 │ còn xa/);
    expect(text).toMatch(/│ 2 │ DV\.03 │/);
    expect(text).not.toContain('HT.01 │');
    expect(text.trimEnd().endsWith('Phát hiện: 0 lỗi, 1 cảnh báo, 0 thông tin')).toBe(true);
    expect(text).not.toContain('\u001b[');
  });

  it('uses English labels and units', () => {
    const text = reportTable(report(), { lang: 'en', top: 5 });
    // The example set has no ratings: no "Rating: —" that would read as a failed rating.
    expect(text).toContain('Total: 135 / 200 · 67.5% · Coverage: 100.0%');
    expect(text).not.toContain('Rating');
    expect(text).toMatch(/HT\.01 │ Households with fibre Internet\s*│\s+15 │\s+20 pp │ near/);
    // A level's gap says what is missing, not "1".
    expect(text).toMatch(/DV\.03 │.*│ not achieved: needs "Complete" │ far/);
  });

  it('says why the maximum shrank when missing values are excluded', () => {
    const partial = entity('Quảng Ninh', { 'HT.01': 60, 'HT.02': true, 'DV.01': 20, 'DV.02': 8 });
    const r = buildReport(
      exampleSet(),
      [{ layout: 'long', entities: [partial], findings: [] }],
      [],
      {
        missing: 'exclude',
      },
    );
    const max = r.entities[0]!.maxPoints;
    expect(max).toBeLessThan(200);
    const vi = reportTable(r, { lang: 'vi', top: 0 });
    expect(vi).toContain(`${max}/200: ${200 - max} điểm không có số liệu được loại khỏi mẫu số`);
    const en = gapsTable(r, r.entities[0]!, { lang: 'en' });
    expect(en).toContain(
      `${max}/200: ${200 - max} points without data are left out of the maximum`,
    );
    expect(reportTable(report(), { lang: 'en', top: 0 })).not.toContain('left out of the maximum');
  });

  it('shows a ranking table for several entities, top 20 and "… N more"', () => {
    const many = Array.from({ length: 23 }, (_, i) => entity(`E${i + 1}`, { 'HT.01': i * 4 }));
    const text = reportTable(report(many), { lang: 'en', top: 5 });
    expect(text).toContain('23 entities');
    expect(text).toMatch(/│\s+1 │ E23\s/);
    expect(text).not.toMatch(/│ E3\s/);
    expect(text).toContain('… 3 more');
  });
});

describe('gaps renderers', () => {
  it('gapsTable lists every gap by default', () => {
    const r = report();
    const text = gapsTable(r, r.entities[0]!, { lang: 'en' });
    expect(text).toContain('Priority gaps (4/4)');
    expect(text.indexOf('DV.02')).toBeLessThan(text.indexOf('DV.03'));
    expect(text.indexOf('HT.01')).toBeLessThan(text.indexOf('DV.01'));
  });

  it('gapsJson has the documented shape', () => {
    const r = report();
    const json = JSON.parse(gapsJson(r, r.entities[0]!, { lang: 'en', top: 3 })) as Record<
      string,
      unknown
    >;
    expect(json).toEqual({
      schemaVersion: 1,
      entity: 'Quảng Ninh',
      province: { code: '22', name: 'Quảng Ninh' },
      year: null,
      gaps: [
        {
          rank: 1,
          code: 'DV.02',
          name: 'Open-data releases per year',
          group: 'DV',
          pointsLost: 20,
          gap: 4,
          unit: null,
          band: 'far',
          achievement: 0.5,
          value: 8,
          target: 12,
          valueLabel: null,
          targetLabel: null,
        },
        {
          rank: 2,
          code: 'DV.03',
          name: 'Health-record digitisation level',
          group: 'DV',
          pointsLost: 20,
          gap: 1,
          unit: null,
          band: 'far',
          achievement: 0.5,
          value: 2,
          target: 3,
          valueLabel: 'Partial',
          targetLabel: 'Complete',
        },
        {
          rank: 3,
          code: 'HT.01',
          name: 'Households with fibre Internet',
          group: 'HT',
          pointsLost: 15,
          gap: 20,
          unit: '%',
          band: 'near',
          achievement: 0.75,
          value: 60,
          target: 80,
          valueLabel: null,
          targetLabel: null,
        },
      ],
    });
  });
});
