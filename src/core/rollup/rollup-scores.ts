import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { IndicatorScore } from '../score/report.js';
import type { ResolvedSet } from '../set/resolved-set.js';
import { bandFor } from '../score/band-for.js';

/**
 * The indicator scores of one 2025 unit by the DTI 2024 practice (spec §8.2 `scores`): per
 * indicator, the plain mean of the predecessors' achievements. Under `zero` a predecessor that
 * did not report counts as 0 (so the unit's index is exactly the mean of theirs); under `exclude`
 * it is left out, and an indicator no predecessor reported is missing. A single predecessor (a
 * continuing unit) keeps its own scores, value and gap included.
 *
 * A mean of achievements has no value in the indicator's unit, so a merged unit's indicators
 * carry `value: null` and `gap: null`; points, band and the gap list follow from the achievement.
 */
export function rollupScores(
  set: ResolvedSet,
  members: readonly (readonly IndicatorScore[])[],
  missing: MissingPolicy,
): IndicatorScore[] {
  if (members.length === 1) return [...members[0]!];
  return set.indicators.map((indicator, i) => {
    const code = indicator.code;
    const scores = members.map((indicators) => indicators[i]!);
    if (scores[0]!.status === 'info') return combined(code, 'info', null, null, null, null, null);
    const max = indicator.points;
    const reported = scores.filter((score) => score.status === 'reported');
    if (reported.length === 0) {
      return missing === 'zero'
        ? combined(code, 'missing', 0, 0, max, max, 'missing')
        : combined(code, 'missing', null, null, max, null, 'missing');
    }
    // Under zero every predecessor counts (a missing one as 0); under exclude only reporters.
    const counted = missing === 'zero' ? scores : reported;
    let sum = 0;
    for (const score of counted) sum += score.achievement ?? 0;
    const a = sum / counted.length;
    const points = a * max;
    return combined(code, 'reported', a, points, max, max - points, bandFor(set.bands, a));
  });
}

function combined(
  code: string,
  status: IndicatorScore['status'],
  achievement: number | null,
  points: number | null,
  maxPoints: number | null,
  pointsLost: number | null,
  band: string | null,
): IndicatorScore {
  return {
    code,
    value: null,
    evidence: null,
    status,
    achievement,
    points,
    maxPoints,
    pointsLost,
    gap: null,
    band,
  };
}
