import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make-finding.js';
import type { ResolvedSet } from '../set/resolved-set.js';
import type { EntityData } from '../table/dataset.js';

export interface EntityCoverage {
  entity: string;
  /** Scored (non-info) indicators with a value. */
  reported: number;
  /** Scored (non-info) indicators of the set. */
  scored: number;
  /** Share of the scored points whose indicator has a value, 0–1 (as the report's coverage). */
  coverage: number;
}

/**
 * How much of the set an entity's data covers (spec §7): the same share of points the report
 * calls coverage, from the values or, for data bound without them (validate), from the codes
 * that had one.
 */
export function entityCoverage(set: ResolvedSet, entity: EntityData): EntityCoverage {
  let reported = 0;
  let scored = 0;
  let reportedPoints = 0;
  let allPoints = 0;
  for (const indicator of set.indicators) {
    if (indicator.scoring.method === 'info') continue;
    scored += 1;
    allPoints += indicator.points;
    const has =
      entity.reported?.has(indicator.code) ??
      (entity.values.get(indicator.code)?.value ?? null) !== null;
    if (has) {
      reported += 1;
      reportedPoints += indicator.points;
    }
  }
  return {
    entity: entity.label,
    reported,
    scored,
    coverage: allPoints > 0 ? reportedPoints / allPoints : 0,
  };
}

/** One decimal, for messages: 0.1234 → 12.3. */
const percent = (fraction: number): number => Math.round(fraction * 1000) / 10;

/**
 * SCORE_LOW_COVERAGE for an entity whose coverage is below `minCoverage` (spec §7): a warning, so
 * `--strict` fails a blank or near-blank submission; the report gives it no rating.
 */
export function lowCoverageFinding(
  coverage: EntityCoverage,
  entity: EntityData,
  minCoverage: number,
): Finding | null {
  if (minCoverage <= 0 || coverage.coverage >= minCoverage) return null;
  return makeFinding(
    'SCORE_LOW_COVERAGE',
    { entity: entity.label, coverage: percent(coverage.coverage), min: percent(minCoverage) },
    { file: entity.source.file, sheet: entity.source.sheet },
    { province: entity.province?.code ?? null },
  );
}
