import type { EntityScore } from './report.js';
import { competitionRanksOf } from './competition-ranks.js';

/**
 * Every entity's index, collected while scoring: the total, and each group's (group g of entity
 * e at `g × entityCount + e`, so a group's column is contiguous). `…Null` marks a null index.
 */
export interface IndexColumns {
  total: Float64Array;
  totalNull: Uint8Array;
  groups: Float64Array;
  groupsNull: Uint8Array;
}

/**
 * Sets the competition ranks (spec §2.4) of every entity on its total and on every group, from
 * the indexes in `columns`, so ranking never walks the report objects to find them; the ranks
 * are then written entity by entity, where each entity's objects lie together in memory.
 * `firstPosition[g]`: a group code listed twice shares the ranks of its first position.
 */
export function rankEntities(
  scores: readonly EntityScore[],
  firstPosition: Int32Array,
  columns: IndexColumns,
): void {
  const n = scores.length;
  const totals = competitionRanksOf(columns.total, columns.totalNull);
  const groupCount = firstPosition.length;
  const groupRanks: Int32Array[] = [];
  for (let g = 0; g < groupCount; g++) {
    const at = firstPosition[g]!;
    groupRanks.push(
      at !== g
        ? groupRanks[at]!
        : competitionRanksOf(
            columns.groups.subarray(g * n, (g + 1) * n),
            columns.groupsNull.subarray(g * n, (g + 1) * n),
          ),
    );
  }
  for (let e = 0; e < n; e++) {
    const score = scores[e]!;
    score.rank = totals[e]!;
    const groups = score.groups;
    for (let g = 0; g < groupCount; g++) groups[g]!.rank = groupRanks[g]![e]!;
  }
}
