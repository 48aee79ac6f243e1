import { describe, expect, it } from 'vitest';
import { sideOfJson } from '../../../src/core/compare/side-of-json.js';
import { compareSideOfReport } from '../../../src/render/formats/compare-side-of-report.js';
import { reportJson } from '../../../src/render/formats/report-json.js';
import { fakeReport, manyEntities } from '../../helpers/fake-report.js';

describe('compareSideOfReport', () => {
  const report = fakeReport(manyEntities(5));

  it('gives the entities as the JSON report of the same report reads back', () => {
    const side = compareSideOfReport(report, 'vi');
    const read = sideOfJson(JSON.parse(reportJson(report, { lang: 'vi', toolVersion: '1' })));
    expect(side.entities).toEqual(read.entities);
    expect(JSON.parse(JSON.stringify(side.entities))).toEqual(read.entities);
    expect({ ...side.entities[0] }).toEqual(read.entities[0]);
  });

  it('builds groups and indicators on each read and keeps none of them', () => {
    const entity = compareSideOfReport(report, 'en').entities[1]!;
    const first = entity.indicators;
    expect(first.length).toBeGreaterThan(0);
    expect(entity.indicators).toEqual(first);
    expect(entity.indicators).not.toBe(first);
    expect(entity.groups).not.toBe(entity.groups);
    expect(Object.keys(entity)).toEqual([
      'label',
      'province',
      'year',
      'points',
      'maxPoints',
      'index',
      'rank',
      'rating',
      'coverage',
      'groups',
      'indicators',
    ]);
  });
});
