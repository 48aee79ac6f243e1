import type { EntityScore } from '../score/report.js';
import type { ResolvedSet } from '../set/resolved-set.js';

/**
 * What re-weighting needs from a scored report, as typed arrays: achievements do not depend on
 * the weights, so they are taken once from the normal scoring and every run is a weighted sum.
 */
export interface SensitivityModel {
  entityCount: number;
  /** Scored (non-info) indicators, in the set's order. */
  indicatorCount: number;
  /** Max points P of each scored indicator. */
  points: Float64Array;
  /**
   * The achievement of entity e on scored indicator i at `e × indicatorCount + i`, as the scorer
   * computed it; 0 when not reported (so it adds nothing to the points under either policy).
   */
  achievement: Float64Array;
  /** 1 where reported, else 0, same layout: under `exclude` only these count in the maximum. */
  reported: Float64Array;
  /** Per scored indicator: the position in `groups` of its top-level group. */
  topGroup: Int32Array;
  /** Codes of the top-level groups, in the set's order. */
  groups: string[];
}

export function sensitivityModel(
  set: ResolvedSet,
  entities: readonly EntityScore[],
): SensitivityModel {
  const groups: string[] = [];
  const groupPosition = new Map<string, number>();
  for (const group of set.groups) {
    if (group.level !== 1 || groupPosition.has(group.code)) continue;
    groupPosition.set(group.code, groups.length);
    groups.push(group.code);
  }
  const scored: number[] = [];
  set.indicators.forEach((indicator, i) => {
    if (indicator.scoring.method !== 'info') scored.push(i);
  });
  const m = scored.length;
  const points = new Float64Array(m);
  const topGroup = new Int32Array(m);
  scored.forEach((i, k) => {
    const indicator = set.indicators[i]!;
    points[k] = indicator.points;
    // Every indicator lies under a top-level group (§2); -1 would mean "in none".
    topGroup[k] = groupPosition.get(indicator.path[0] ?? '') ?? -1;
  });
  const n = entities.length;
  const achievement = new Float64Array(n * m);
  const reported = new Float64Array(n * m);
  entities.forEach((entity, e) => {
    scored.forEach((i, k) => {
      const score = entity.indicators[i]!;
      if (score.status !== 'reported') return;
      achievement[e * m + k] = score.achievement ?? 0;
      reported[e * m + k] = 1;
    });
  });
  return {
    entityCount: n,
    indicatorCount: m,
    points,
    achievement,
    reported,
    topGroup,
    groups,
  };
}
