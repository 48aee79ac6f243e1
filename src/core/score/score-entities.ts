import type { EntityData } from '../table/dataset.js';
import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { EntityScore, GroupScore, IndicatorScore } from './report.js';
import type { Localized, ResolvedSet } from '../set/resolved-set.js';
import { gapList, gapScratch, type GapScratch } from './gap-list.js';
import { rankEntities, type IndexColumns } from './rank-entities.js';
import { scoreIndicator } from './score-indicator.js';
import { scorePlan, type ScorePlan } from './score-plan.js';
import { TOLERANCE } from './tolerance.js';

/**
 * Scores every entity (spec §2.3–2.4) at full precision, with competition ranks on the total
 * and on every group when there is more than one entity.
 *
 * A national run has 3,321 communes × 50 indicators, so the per-set work (steps, natural order of
 * codes, group positions) is done once in the plan (score-plan.ts), each entity is scored by one
 * plain loop that allocates nothing the report does not keep (sums and gap sorting use reused
 * typed arrays), and indexes are collected in typed columns for ranking.
 */
export function scoreEntities(
  set: ResolvedSet,
  entities: readonly EntityData[],
  policy: { missing: MissingPolicy },
): EntityScore[] {
  const plan = scorePlan(set);
  return scoreRows(set, plan, entities.length, (e) => {
    const entity = entities[e]!;
    const count = set.indicators.length;
    const indicators = new Array<IndicatorScore>(count);
    for (let i = 0; i < count; i++) {
      indicators[i] = scoreIndicator(
        set.bands,
        set.indicators[i]!,
        plan.scoring[i]!,
        entity,
        policy.missing,
      );
    }
    return { entity, indicators };
  });
}

/** Who an entity is, without its values: what a report row carries besides its scores. */
export type EntityHeader = Pick<EntityData, 'label' | 'province' | 'year' | 'source'>;

/**
 * Entities whose indicator scores are already decided (a roll-up's means of achievements, spec
 * §8.2): points, indexes, coverage, ratings, gaps and ranks follow §2.4 from them exactly as
 * for scored data. `rows[e].indicators` is in the set's order.
 */
export function entitiesFromIndicators(
  set: ResolvedSet,
  rows: readonly { entity: EntityHeader; indicators: IndicatorScore[] }[],
): EntityScore[] {
  return scoreRows(set, scorePlan(set), rows.length, (e) => rows[e]!);
}

function scoreRows(
  set: ResolvedSet,
  plan: ScorePlan,
  n: number,
  rowAt: (e: number) => { entity: EntityHeader; indicators: IndicatorScore[] },
): EntityScore[] {
  const groupCount = set.groups.length;
  const columns: IndexColumns = {
    total: new Float64Array(n),
    totalNull: new Uint8Array(n),
    groups: new Float64Array(n * groupCount),
    groupsNull: new Uint8Array(n * groupCount),
  };
  const scratch: Scratch = {
    groupPoints: new Float64Array(groupCount),
    groupMax: new Float64Array(groupCount),
    gaps: gapScratch(set.indicators.length),
  };
  const scores = new Array<EntityScore>(n);
  for (let e = 0; e < n; e++) {
    const row = rowAt(e);
    scores[e] = aggregateEntity(set, plan, row.entity, row.indicators, scratch, columns, e);
  }
  if (n >= 2) rankEntities(scores, plan.firstPosition, columns);
  return scores;
}

/** Work arrays reused from entity to entity: one entity's sums per group, gap sorting. */
interface Scratch {
  groupPoints: Float64Array;
  groupMax: Float64Array;
  gaps: GapScratch;
}

function aggregateEntity(
  set: ResolvedSet,
  plan: ScorePlan,
  entity: EntityHeader,
  indicators: IndicatorScore[],
  scratch: Scratch,
  columns: IndexColumns,
  e: number,
): EntityScore {
  const setIndicators = set.indicators;
  const count = setIndicators.length;
  const groupPoints = scratch.groupPoints.fill(0);
  const groupMax = scratch.groupMax.fill(0);
  // Sums run in the set's order, so the floating-point result never depends on input order.
  let points = 0;
  let maxPoints = 0;
  let reportedP = 0;
  let allP = 0;
  for (let i = 0; i < count; i++) {
    const indicator = setIndicators[i]!;
    const score = indicators[i]!;
    if (score.status === 'info') continue;
    allP += indicator.points;
    if (score.status === 'reported') reportedP += indicator.points;
    // Excluded (missing under `exclude`) indicators have null points and count in no maximum.
    if (score.points === null) continue;
    points += score.points;
    maxPoints += indicator.points;
    for (let k = plan.ancestorStart[i]!; k < plan.ancestorStart[i + 1]!; k++) {
      const g = plan.ancestors[k]!;
      groupPoints[g]! += score.points;
      groupMax[g]! += indicator.points;
    }
  }

  const groupCount = set.groups.length;
  const entityCount = columns.total.length;
  const groups = new Array<GroupScore>(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const group = set.groups[g]!;
    // A code listed twice shares the sums of its first position.
    const at = plan.firstPosition[g]!;
    const index = ratio(groupPoints[at]!, groupMax[at]!);
    if (index === null) columns.groupsNull[g * entityCount + e] = 1;
    else columns.groups[g * entityCount + e] = index;
    groups[g] = {
      code: group.code,
      level: group.level,
      parent: group.parent,
      name: group.name,
      points: groupPoints[at]!,
      maxPoints: groupMax[at]!,
      index,
      rank: null,
    };
  }

  const index = ratio(points, maxPoints);
  if (index === null) columns.totalNull[e] = 1;
  else columns.total[e] = index;
  return {
    label: entity.label,
    province: entity.province,
    year: entity.year,
    source: entity.source,
    points,
    maxPoints,
    index,
    coverage: allP > 0 ? reportedP / allP : 0,
    rating: ratingFor(set, index),
    rank: null,
    groups,
    indicators,
    gaps: gapList(indicators, plan.codeRanks, scratch.gaps),
  };
}

function ratio(points: number, maxPoints: number): number | null {
  return maxPoints === 0 ? null : points / maxPoints;
}

/** The rating with the largest `min ≤ index`, with the same tolerance as bands. */
function ratingFor(set: ResolvedSet, index: number | null): Localized | null {
  if (index === null) return null;
  let best: { min: number; label: Localized } | null = null;
  for (const rating of set.ratings) {
    if (rating.min <= index + TOLERANCE && (best === null || rating.min > best.min)) best = rating;
  }
  return best === null ? null : best.label;
}
