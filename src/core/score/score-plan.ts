import { naturalRanks } from '../text/natural-ranks.js';
import type { ResolvedSet } from '../set/resolved-set.js';
import { scoringPlan, type ScoringPlan } from './indicator-plan.js';

/** What every entity's scoring needs from the set, worked out once per run. */
export interface ScorePlan {
  /** Per indicator (set order). */
  scoring: ScoringPlan[];
  /**
   * Per indicator: the positions in set.groups of its ancestors that are groups, flattened;
   * indicator i's are `ancestors[ancestorStart[i] .. ancestorStart[i + 1])`. A code listed twice
   * maps to its first position, like the Map of sums this replaces.
   */
  ancestors: Int32Array;
  ancestorStart: Int32Array;
  /** Per group: the first position of its code (itself unless the code is listed twice). */
  firstPosition: Int32Array;
  /** Per indicator: the natural-order rank of its code, for gap lists. */
  codeRanks: Int32Array;
}

export function scorePlan(set: ResolvedSet): ScorePlan {
  const position = new Map<string, number>();
  const firstPosition = new Int32Array(set.groups.length);
  set.groups.forEach((group, g) => {
    if (!position.has(group.code)) position.set(group.code, g);
    firstPosition[g] = position.get(group.code)!;
  });
  const ancestorStart = new Int32Array(set.indicators.length + 1);
  const ancestors: number[] = [];
  set.indicators.forEach((indicator, i) => {
    ancestorStart[i] = ancestors.length;
    for (const code of indicator.path) {
      const g = position.get(code);
      if (g !== undefined) ancestors.push(g);
    }
  });
  ancestorStart[set.indicators.length] = ancestors.length;
  return {
    scoring: set.indicators.map(scoringPlan),
    ancestors: Int32Array.from(ancestors),
    ancestorStart,
    firstPosition,
    codeRanks: naturalRanks(set.indicators.map((indicator) => indicator.code)),
  };
}
