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
 * The competition ranks (spec §2.4) of every entity on its total, set on the entities, and on
 * every group, returned per group (entity e's rank in group g at `[g][e]`, kept in the score
 * columns), all from the indexes in `columns`, so ranking never walks the report objects.
 * `firstPosition[g]`: a group code listed twice shares the ranks of its first position.
 */
export function rankEntities(
  scores: readonly EntityScore[],
  firstPosition: Int32Array,
  columns: IndexColumns,
): Int32Array[] {
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
  for (let e = 0; e < n; e++) scores[e]!.rank = totals[e]!;
  return groupRanks;
}
