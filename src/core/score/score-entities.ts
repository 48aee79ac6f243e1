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
  const scores = entities.map((entity) => scoreEntity(set, entity, policy.missing));
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

function scoreEntity(set: ResolvedSet, entity: EntityData, missing: MissingPolicy): EntityScore {
  const indicators = set.indicators.map((indicator) =>
    scoreIndicator(set, indicator, entity, missing),
  );

  // Sums run in the set's order, so the floating-point result never depends on input order.
  const sums = new Map<string, { points: number; maxPoints: number }>();
  for (const group of set.groups) sums.set(group.code, { points: 0, maxPoints: 0 });
  let points = 0;
  let maxPoints = 0;
  let reportedP = 0;
  let allP = 0;
  set.indicators.forEach((indicator, i) => {
    const score = indicators[i]!;
    if (score.status === 'info') return;
    allP += indicator.points;
    if (score.status === 'reported') reportedP += indicator.points;
    // Excluded (missing under `exclude`) indicators have null points and count in no maximum.
    if (score.points === null) return;
    points += score.points;
    maxPoints += indicator.points;
    for (const code of indicator.path) {
      const sum = sums.get(code);
      if (sum === undefined) continue;
      sum.points += score.points;
      sum.maxPoints += indicator.points;
    }
  });

  const groups: GroupScore[] = set.groups.map((group) => {
    const sum = sums.get(group.code)!;
    return {
      code: group.code,
      level: group.level,
      parent: group.parent,
      name: group.name,
      points: sum.points,
      maxPoints: sum.maxPoints,
      index: ratio(sum.points, sum.maxPoints),
      rank: null,
    };
  });

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

function scoreIndicator(
  set: ResolvedSet,
  indicator: ResolvedIndicator,
  entity: EntityData,
  missing: MissingPolicy,
): IndicatorScore {
  const observed = entity.values.get(indicator.code);
  const value = observed?.value ?? null;
  const evidence = observed?.evidence ?? null;
  const base = { code: indicator.code, value, evidence };
  if (indicator.scoring.method === 'info') {
    return {
      ...base,
      status: 'info',
      achievement: null,
      points: null,
      maxPoints: null,
      pointsLost: null,
      gap: null,
      band: null,
    };
  }
  const max = indicator.points;
  if (value === null) {
    const zero = missing === 'zero';
    return {
      ...base,
      status: 'missing',
      achievement: zero ? 0 : null,
      points: zero ? 0 : null,
      maxPoints: max,
      pointsLost: zero ? max : null,
      gap: null,
      band: 'missing',
    };
  }
  const a = achievement(indicator, value) ?? 0;
  const points = a * max;
  return {
    ...base,
    status: 'reported',
    achievement: a,
    points,
    maxPoints: max,
    pointsLost: max - points,
    gap: indicatorGap(indicator, value, a),
    band: bandFor(set.bands, a),
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
