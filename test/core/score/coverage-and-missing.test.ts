import { describe, expect, it } from 'vitest';
import { entityCoverage, lowCoverageFinding } from '../../../src/core/score/entity-coverage.js';
import { missingUnits } from '../../../src/core/score/missing-units.js';
import { entity, exampleSet } from '../../helpers/example-set.js';

describe('entityCoverage (spec §7)', () => {
  const set = exampleSet();

  it('is the share of scored points with a value; info indicators and null values do not count', () => {
    // HT.01 60 + HT.02 20 reported of 200 points; DV.04 is info, DV.01 marked missing.
    const e = entity('X', { 'HT.01': 50, 'HT.02': true, 'DV.01': null, 'DV.04': 3 });
    expect(entityCoverage(set, e)).toEqual({ entity: 'X', reported: 2, scored: 5, coverage: 0.4 });
  });

  it('reads the reported codes of data bound without values (validate)', () => {
    const e = entity('X', {}, { reported: new Set(['HT.01', 'DV.02']) });
    expect(entityCoverage(set, e)).toMatchObject({ reported: 2, coverage: 0.5 });
  });

  it('warns below the threshold, at the entity’s file, and not at or above it', () => {
    const e = entity('X', { 'HT.01': 50, 'HT.02': true });
    const low = lowCoverageFinding(entityCoverage(set, e), e, 0.65);
    expect(low).toMatchObject({
      code: 'SCORE_LOW_COVERAGE',
      severity: 'warning',
      file: 'X.csv',
      args: { entity: 'X', coverage: 40, min: 65 },
    });
    expect(lowCoverageFinding(entityCoverage(set, e), e, 0.4)).toBeNull();
    expect(lowCoverageFinding(entityCoverage(set, e), e, 0)).toBeNull();
  });
});

describe('missingUnits (spec §7 --expect all)', () => {
  it('2025 on, or no year: the 34 units', () => {
    const some = [{ province: { code: '01' }, year: 2025 }];
    expect(missingUnits(some).units).toHaveLength(33);
    expect(missingUnits([{ province: { code: '01' }, year: null }]).units).toHaveLength(33);
    expect(missingUnits(some).finding).toMatchObject({
      code: 'BATCH_UNITS_MISSING',
      args: { count: 33, total: 34 },
    });
  });

  it('before 2025: the 63 earlier units; nothing missing: no finding', () => {
    expect(missingUnits([{ province: { code: '70' }, year: 2024 }]).units).toHaveLength(62);
    const all = missingUnits([]).units.map((u) => ({ province: { code: u.code }, year: 2025 }));
    expect(missingUnits(all)).toEqual({ units: [], finding: null });
  });
});
