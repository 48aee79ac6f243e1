import type { MissingPolicy } from '../set/indicator-set-schema.js';
import { competitionRanksOf } from '../score/competition-ranks.js';
import type { SensitivityModel } from './sensitivity-model.js';

/** Work arrays reused from run to run: one index per entity, and which are null. */
export interface IndexScratch {
  values: Float64Array;
  isNull: Uint8Array;
}

export function indexScratch(entityCount: number): IndexScratch {
  return { values: new Float64Array(entityCount), isNull: new Uint8Array(entityCount) };
}

/**
 * Every entity's competition rank (§2.4) when scored indicator i has max points `weights[i]`
 * instead of its own, under `policy`: `index = Σ aᵢwᵢ / Σ wᵢ`, the maximum over every scored
 * indicator (`zero`) or only the reported ones (`exclude`); null, ranked last, when it is 0.
 *
 * The sums run in the set's order and multiply exactly as the scorer does (`a × P`), so with
 * the set's own points the indexes are bit for bit the scorer's and so are the ranks.
 */
export function weightedRanks(
  model: SensitivityModel,
  weights: Float64Array,
  policy: MissingPolicy,
  scratch: IndexScratch,
): Int32Array {
  const { entityCount: n, indicatorCount: m, achievement, reported } = model;
  const { values, isNull } = scratch;
  if (policy === 'zero') {
    let max = 0;
    for (let i = 0; i < m; i++) max += weights[i]!;
    for (let e = 0, at = 0; e < n; e++) {
      let points = 0;
      for (let i = 0; i < m; i++, at++) points += achievement[at]! * weights[i]!;
      store(values, isNull, e, points, max);
    }
  } else {
    for (let e = 0, at = 0; e < n; e++) {
      let points = 0;
      let max = 0;
      for (let i = 0; i < m; i++, at++) {
        const w = weights[i]!;
        points += achievement[at]! * w;
        max += reported[at]! * w;
      }
      store(values, isNull, e, points, max);
    }
  }
  return competitionRanksOf(values, isNull);
}

function store(
  values: Float64Array,
  isNull: Uint8Array,
  e: number,
  points: number,
  max: number,
): void {
  if (max === 0) {
    isNull[e] = 1;
    values[e] = 0;
  } else {
    isNull[e] = 0;
    values[e] = points / max;
  }
}
