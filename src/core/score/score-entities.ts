import type { EntityData } from '../dataset.js';
import type { MissingPolicy } from '../indicator-set-schema.js';
import type { EntityScore, GroupScore, IndicatorScore } from '../report.js';
import type { Localized, ResolvedIndicator, ResolvedSet } from '../resolved-set.js';
import { achievement } from './achievement.js';
import { bandFor } from './band-for.js';
import { competitionRanks } from './competition-ranks.js';
import { gapList } from './gap-list.js';
import { indicatorGap } from './indicator-gap.js';
import { TOLERANCE } from './tolerance.js';

/**
 * Scores every entity (spec §2.3–2.4) at full precision, with competition ranks on the total
 * and on every group when there is more than one entity.
 */
export function scoreEntities(
  set: ResolvedSet,
  entities: readonly EntityData[],
  policy: { missing: MissingPolicy },
): EntityScore[] {
  const plan = scorePlan(set);
  const scores = entities.map((entity) => scoreEntity(set, plan, entity, policy.missing));
  if (scores.length >= 2) {
    const totals = competitionRanks(scores.map((s) => s.index));
    scores.forEach((s, i) => (s.rank = totals[i]!));
    set.groups.forEach((_group, g) => {
      const ranks = competitionRanks(scores.map((s) => s.groups[g]!.index));
      scores.forEach((s, i) => (s.groups[g]!.rank = ranks[i]!));
    });
  }
  return scores;
}

/** What every entity's scoring needs from the set, worked out once per run. */
interface ScorePlan {
  /** Per indicator (set order): positions in set.groups of its ancestors that are groups. */
  groupsOf: number[][];
}

function scorePlan(set: ResolvedSet): ScorePlan {
  const position = new Map<string, number>();
  set.groups.forEach((group, g) => {
    // Like the Map of sums it replaces: a code listed twice keeps its first position.
    if (!position.has(group.code)) position.set(group.code, g);
  });
  const groupsOf = set.indicators.map((indicator) => {
    const positions: number[] = [];
    for (const code of indicator.path) {
      const g = position.get(code);
      if (g !== undefined) positions.push(g);
    }
    return positions;
  });
  return { groupsOf };
}

function scoreEntity(
  set: ResolvedSet,
  plan: ScorePlan,
  entity: EntityData,
  missing: MissingPolicy,
): EntityScore {
  const setIndicators = set.indicators;
  const count = setIndicators.length;
  const indicators: IndicatorScore[] = new Array<IndicatorScore>(count);
  for (let i = 0; i < count; i++) {
    indicators[i] = scoreIndicator(set, setIndicators[i]!, entity, missing);
  }

  // Sums run in the set's order, so the floating-point result never depends on input order.
  const groupCount = set.groups.length;
  const groupPoints = new Array<number>(groupCount).fill(0);
  const groupMax = new Array<number>(groupCount).fill(0);
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
    for (const g of plan.groupsOf[i]!) {
      groupPoints[g]! += score.points;
      groupMax[g]! += indicator.points;
    }
  }

  const groups: GroupScore[] = new Array<GroupScore>(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const group = set.groups[g]!;
    // A code listed twice shares the sums of its first position, as before.
    const at = firstPosition(set, g);
    groups[g] = {
      code: group.code,
      level: group.level,
      parent: group.parent,
      name: group.name,
      points: groupPoints[at]!,
      maxPoints: groupMax[at]!,
      index: ratio(groupPoints[at]!, groupMax[at]!),
      rank: null,
    };
  }

  const index = ratio(points, maxPoints);
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
    gaps: gapList(indicators),
  };
}

function firstPosition(set: ResolvedSet, g: number): number {
  const code = set.groups[g]!.code;
  for (let k = 0; k < g; k++) if (set.groups[k]!.code === code) return k;
  return g;
}

// Every IndicatorScore is built by one literal with the same keys in the same order, so they
// all share one hidden class (the spreads this replaces made several, and were slower).
function scoreIndicator(
  set: ResolvedSet,
  indicator: ResolvedIndicator,
  entity: EntityData,
  missing: MissingPolicy,
): IndicatorScore {
  const observed = entity.values.get(indicator.code);
  const value = observed === undefined ? null : observed.value;
  const evidence = observed === undefined ? null : observed.evidence;
  if (indicator.scoring.method === 'info') {
    return indicatorScore(
      indicator.code,
      value,
      evidence,
      'info',
      null,
      null,
      null,
      null,
      null,
      null,
    );
  }
  const max = indicator.points;
  if (value === null) {
    const zero = missing === 'zero';
    return indicatorScore(
      indicator.code,
      value,
      evidence,
      'missing',
      zero ? 0 : null,
      zero ? 0 : null,
      max,
      zero ? max : null,
      null,
      'missing',
    );
  }
  const a = achievement(indicator, value) ?? 0;
  const points = a * max;
  return indicatorScore(
    indicator.code,
    value,
    evidence,
    'reported',
    a,
    points,
    max,
    max - points,
    indicatorGap(indicator, value, a),
    bandFor(set.bands, a),
  );
}

function indicatorScore(
  code: string,
  value: number | boolean | null,
  evidence: string | null,
  status: IndicatorScore['status'],
  achievement: number | null,
  points: number | null,
  maxPoints: number | null,
  pointsLost: number | null,
  gap: number | null,
  band: string | null,
): IndicatorScore {
  return { code, value, evidence, status, achievement, points, maxPoints, pointsLost, gap, band };
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
