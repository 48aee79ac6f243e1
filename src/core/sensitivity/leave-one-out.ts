import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { SensitivityModel } from './sensitivity-model.js';
import { indexScratch, weightedRanks } from './weighted-ranks.js';

export interface LeftOut {
  /** The top-level group's code. */
  group: string;
  /** Per entity (input order): its rank with that group's points set to 0. */
  ranks: Int32Array;
  /** Mean over entities of |rank − base rank|. */
  meanAbsShift: number;
}

/**
 * Leave one out (spec §10), exact: for each top-level group, every indicator under it gets 0
 * points (so it counts in neither points nor maximum), the others keep theirs, and the entities
 * are ranked again under the base policy.
 */
export function leaveOneOut(
  model: SensitivityModel,
  policy: MissingPolicy,
  baseRanks: Int32Array,
): LeftOut[] {
  const scratch = indexScratch(model.entityCount);
  const weights = new Float64Array(model.indicatorCount);
  return model.groups.map((group, g) => {
    for (let i = 0; i < model.indicatorCount; i++) {
      weights[i] = model.topGroup[i] === g ? 0 : model.points[i]!;
    }
    const ranks = weightedRanks(model, weights, policy, scratch);
    let shift = 0;
    for (let e = 0; e < model.entityCount; e++) shift += Math.abs(ranks[e]! - baseRanks[e]!);
    return { group, ranks, meanAbsShift: shift / model.entityCount };
  });
}
