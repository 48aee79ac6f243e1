import type { EntityData } from '../table/dataset.js';
import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { IndicatorScore } from './report.js';
import type { ResolvedBand, ResolvedIndicator } from '../set/resolved-set.js';
import { planAchievement } from './achievement.js';
import { bandFor } from './band-for.js';
import { planGap } from './indicator-gap.js';
import type { ScoringPlan } from './indicator-plan.js';

/**
 * One indicator of one entity (spec §2.3–2.4): reported (achievement, points, gap, band), missing
 * under the policy (`zero`: no points, the full maximum lost; `exclude`: left out), or `info`.
 * Every IndicatorScore is built by one literal with the same keys in the same order, so they
 * all share one hidden class (the spreads this replaces made several, and were slower).
 */
export function scoreIndicator(
  bands: readonly ResolvedBand[],
  indicator: ResolvedIndicator,
  scoring: ScoringPlan,
  entity: EntityData,
  missing: MissingPolicy,
): IndicatorScore {
  return scoreIndicatorInto(bands, indicator, scoring, entity, missing, null);
}

/**
 * `scoreIndicator` written into `out` (every field set) and returned, or into a new object when
 * `out` is null: the scorer reuses one object for all 166,000 scores of a national run and copies
 * each into its columns (score-columns.ts), instead of making one per entity × indicator.
 */
export function scoreIndicatorInto(
  bands: readonly ResolvedBand[],
  indicator: ResolvedIndicator,
  scoring: ScoringPlan,
  entity: EntityData,
  missing: MissingPolicy,
  out: IndicatorScore | null,
): IndicatorScore {
  const observed = entity.values.get(indicator.code);
  const value = observed === undefined ? null : observed.value;
  const evidence = observed === undefined ? null : observed.evidence;
  if (scoring.method === 'info') {
    return fill(out, indicator.code, value, evidence, 'info', null, null, null, null, null, null);
  }
  const max = indicator.points;
  if (value === null) {
    const zero = missing === 'zero';
    return fill(
      out,
      indicator.code,
      value,
      evidence,
      'missing',
      zero ? 0 : null,
      zero ? 0 : null,
      max,
      zero ? max : null,
      null,
      'missing',
    );
  }
  const a = planAchievement(scoring, value) ?? 0;
  const points = a * max;
  return fill(
    out,
    indicator.code,
    value,
    evidence,
    'reported',
    a,
    points,
    max,
    max - points,
    planGap(scoring, value, a),
    bandFor(bands, a),
  );
}

function fill(
  out: IndicatorScore | null,
  code: string,
  value: number | boolean | null,
  evidence: string | null,
  status: IndicatorScore['status'],
  achievement: number | null,
  points: number | null,
  maxPoints: number | null,
  pointsLost: number | null,
  gap: number | null,
  band: string | null,
): IndicatorScore {
  if (out === null) {
    return { code, value, evidence, status, achievement, points, maxPoints, pointsLost, gap, band };
  }
  out.code = code;
  out.value = value;
  out.evidence = evidence;
  out.status = status;
  out.achievement = achievement;
  out.points = points;
  out.maxPoints = maxPoints;
  out.pointsLost = pointsLost;
  out.gap = gap;
  out.band = band;
  return out;
}
