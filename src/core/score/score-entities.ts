import type { EntityData } from '../table/dataset.js';
import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { EntityScore, IndicatorScore } from './report.js';
import type { Localized, ResolvedSet } from '../set/resolved-set.js';
import { entityView } from './entity-view.js';
import { gapOrder, gapScratch, type GapScratch } from './gap-list.js';
import { rankEntities, type IndexColumns } from './rank-entities.js';
import { ScoreColumns } from './score-columns.js';
import { scoreIndicator } from './score-indicator.js';
import { scorePlan, type ScorePlan } from './score-plan.js';
import { TOLERANCE } from './tolerance.js';

/**
 * Scores every entity (spec §2.3–2.4) at full precision, with competition ranks on the total
 * and on every group when there is more than one entity.
 *
 * A national run has 3,321 communes × 50 indicators, so the per-set work (steps, natural order of
 * codes, group positions) is done once in the plan (score-plan.ts), each entity is scored by one
 * plain loop (sums and gap sorting use reused typed arrays), and its scores go into typed
 * columns (score-columns.ts) that its `indicators`, `groups` and `gaps` are built from when read.
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
  rowAt: (e: number) => { entity: EntityHeader; indicators: readonly IndicatorScore[] },
): EntityScore[] {
  const store = new ScoreColumns(set, n);
  const columns: IndexColumns = {
    total: new Float64Array(n),
    totalNull: new Uint8Array(n),
    groups: store.groupIndex,
    groupsNull: store.groupIndexNull,
  };
  const scratch: Scratch = {
    groupPoints: new Float64Array(set.groups.length),
    groupMax: new Float64Array(set.groups.length),
    gaps: gapScratch(set.indicators.length),
  };
  const scores = new Array<EntityScore>(n);
  for (let e = 0; e < n; e++) {
    const row = rowAt(e);
    scores[e] = aggregateEntity(set, plan, row.entity, row.indicators, scratch, columns, store, e);
  }
  if (n >= 2) store.groupRanks = rankEntities(scores, plan.firstPosition, columns);
  return scores;
}

/** Work arrays reused from entity to entity: one entity's sums per group, gap sorting. */
interface Scratch {
  groupPoints: Float64Array;
  groupMax: Float64Array;
  gaps: GapScratch;
}

/**
 * One entity's sums, index, coverage, rating and gap order. Its indicator scores, group sums and
 * gap order go into the columns (score-columns.ts); the entity returned builds its
 * `indicators`, `groups` and `gaps` from them when read (entity-view.ts).
 */
function aggregateEntity(
  set: ResolvedSet,
  plan: ScorePlan,
  entity: EntityHeader,
  indicators: readonly IndicatorScore[],
  scratch: Scratch,
  columns: IndexColumns,
  store: ScoreColumns,
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
  for (let g = 0; g < groupCount; g++) {
    // A code listed twice shares the sums of its first position.
    const at = plan.firstPosition[g]!;
    const k = g * entityCount + e;
    const index = ratio(groupPoints[at]!, groupMax[at]!);
    if (index === null) columns.groupsNull[k] = 1;
    else columns.groups[k] = index;
    store.groupPoints[k] = groupPoints[at]!;
    store.groupMax[k] = groupMax[at]!;
  }

  const gapCount = gapOrder(indicators, plan.codeRanks, scratch.gaps);
  store.putRow(e, indicators, scratch.gaps.order, gapCount);

  const index = ratio(points, maxPoints);
  if (index === null) columns.totalNull[e] = 1;
  else columns.total[e] = index;
  return entityView(
    {
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
    },
    store,
    e,
  );
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
