import type { EntityData } from '../table/dataset.js';
import type { MissingPolicy } from '../set/indicator-set-schema.js';
import type { EntityScore, IndicatorScore } from './report.js';
import type { Localized, ResolvedSet } from '../set/resolved-set.js';
import { entityView } from './entity-view.js';
import { addGap, gapOrder, gapScratch, sortGaps, type GapScratch } from './gap-list.js';
import { rankEntities, type IndexColumns } from './rank-entities.js';
import { ScoreColumns } from './score-columns.js';
import { scoreIndicatorInto } from './score-indicator.js';
import { scorePlan, type ScorePlan } from './score-plan.js';
import { TOLERANCE } from './tolerance.js';

/**
 * Scores every entity (spec §2.3–2.4) at full precision, with competition ranks on the total
 * and on every group when there is more than one entity.
 *
 * A national run has 3,321 communes × 50 indicators, so the per-set work (steps, natural order of
 * codes, group positions) is done once in the plan (score-plan.ts), each entity is scored by one
 * plain loop (sums and gap sorting use reused typed arrays), and each score is written straight
 * into typed columns (score-columns.ts) that its `indicators`, `groups` and `gaps` are built
 * from when read; no object is made per entity × indicator.
 */
export function scoreEntities(
  set: ResolvedSet,
  entities: readonly EntityData[],
  policy: { missing: MissingPolicy },
): EntityScore[] {
  const plan = scorePlan(set);
  const count = set.indicators.length;
  // One object for every score (made by the first): each is copied into the columns at once.
  let cell: IndicatorScore | null = null;
  return scoreRows(set, plan, entities.length, (e, sums, store) => {
    const entity = entities[e]!;
    let gapCount = 0;
    for (let i = 0; i < count; i++) {
      cell = scoreIndicatorInto(
        set.bands,
        set.indicators[i]!,
        plan.scoring[i]!,
        entity,
        policy.missing,
        cell,
      );
      store.putIndicator(e, i, cell);
      addScore(set, plan, sums, i, cell);
      gapCount = addGap(sums.gaps, gapCount, i, cell.pointsLost);
    }
    store.putGaps(e, sums.gaps.order, sortGaps(sums.gaps, gapCount, plan.codeRanks));
    return entity;
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
  const plan = scorePlan(set);
  return scoreRows(set, plan, rows.length, (e, sums, store) => {
    const { entity, indicators } = rows[e]!;
    for (let i = 0; i < set.indicators.length; i++) addScore(set, plan, sums, i, indicators[i]!);
    const gapCount = gapOrder(indicators, plan.codeRanks, sums.gaps);
    store.putRow(e, indicators, sums.gaps.order, gapCount);
    return entity;
  });
}

/**
 * Scores or stores row e: its indicator scores and gap order into `store`, each score also
 * through addScore into `sums` (reset for it); returns who the row is.
 */
type RowWriter = (e: number, sums: Sums, store: ScoreColumns) => EntityHeader;

function scoreRows(
  set: ResolvedSet,
  plan: ScorePlan,
  n: number,
  writeRow: RowWriter,
): EntityScore[] {
  const store = new ScoreColumns(set, n);
  const columns: IndexColumns = {
    total: new Float64Array(n),
    totalNull: new Uint8Array(n),
    groups: store.groupIndex,
    groupsNull: store.groupIndexNull,
  };
  const sums: Sums = {
    points: 0,
    maxPoints: 0,
    reportedP: 0,
    allP: 0,
    groupPoints: new Float64Array(set.groups.length),
    groupMax: new Float64Array(set.groups.length),
    gaps: gapScratch(set.indicators.length),
  };
  const scores = new Array<EntityScore>(n);
  for (let e = 0; e < n; e++) {
    sums.points = 0;
    sums.maxPoints = 0;
    sums.reportedP = 0;
    sums.allP = 0;
    sums.groupPoints.fill(0);
    sums.groupMax.fill(0);
    const entity = writeRow(e, sums, store);
    scores[e] = finishEntity(set, plan, entity, sums, columns, store, e);
  }
  if (n >= 2) store.groupRanks = rankEntities(scores, plan.firstPosition, columns);
  return scores;
}

/** One entity's running sums, and work arrays for its gap order; reused from entity to entity. */
interface Sums {
  points: number;
  maxPoints: number;
  /** Points of the reported indicators and of all scored ones, for coverage. */
  reportedP: number;
  allP: number;
  groupPoints: Float64Array;
  groupMax: Float64Array;
  gaps: GapScratch;
}

/**
 * Adds indicator i's score to the entity's sums. Scores are added in the set's order, so the
 * floating-point sums never depend on input order.
 */
function addScore(
  set: ResolvedSet,
  plan: ScorePlan,
  sums: Sums,
  i: number,
  score: IndicatorScore,
): void {
  if (score.status === 'info') return;
  const max = set.indicators[i]!.points;
  sums.allP += max;
  if (score.status === 'reported') sums.reportedP += max;
  // Excluded (missing under `exclude`) indicators have null points and count in no maximum.
  if (score.points === null) return;
  sums.points += score.points;
  sums.maxPoints += max;
  for (let k = plan.ancestorStart[i]!; k < plan.ancestorStart[i + 1]!; k++) {
    const g = plan.ancestors[k]!;
    sums.groupPoints[g]! += score.points;
    sums.groupMax[g]! += max;
  }
}

/**
 * One entity's group sums, index, coverage and rating, from its sums. Its indicator scores, group
 * sums and gap order are in the columns (score-columns.ts); the entity returned builds its
 * `indicators`, `groups` and `gaps` from them when read (entity-view.ts).
 */
function finishEntity(
  set: ResolvedSet,
  plan: ScorePlan,
  entity: EntityHeader,
  sums: Sums,
  columns: IndexColumns,
  store: ScoreColumns,
  e: number,
): EntityScore {
  const { groupPoints, groupMax } = sums;
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

  const index = ratio(sums.points, sums.maxPoints);
  if (index === null) columns.totalNull[e] = 1;
  else columns.total[e] = index;
  return entityView(
    {
      label: entity.label,
      province: entity.province,
      year: entity.year,
      source: entity.source,
      points: sums.points,
      maxPoints: sums.maxPoints,
      index,
      coverage: sums.allP > 0 ? sums.reportedP / sums.allP : 0,
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
