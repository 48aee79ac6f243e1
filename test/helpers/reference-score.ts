// The scorer as it was before the per-set plan (score-plan.ts): the plain definitions the
// optimised scoreEntities must match exactly (test/perf-equivalence/score-plan.test.ts).
import type { EntityData } from '../../src/core/table/dataset.js';
import type { MissingPolicy } from '../../src/core/set/indicator-set-schema.js';
import { naturalCompare } from '../../src/core/text/natural-compare.js';
import type {
  EntityScore,
  GapEntry,
  GroupScore,
  IndicatorScore,
} from '../../src/core/score/report.js';
import type { Localized, ResolvedIndicator, ResolvedSet } from '../../src/core/set/resolved-set.js';
import { bandFor } from '../../src/core/score/band-for.js';
import { stepsShape } from '../../src/core/score/steps-shape.js';
import { thresholdTolerance, TOLERANCE } from '../../src/core/score/tolerance.js';

/**
 * Achievement `a ∈ [0, 1]` of a reported value (spec §2.3). `info` indicators are not scored and
 * return null. Values of the wrong kind (which the binder already reports as findings) are
 * coerced rather than thrown on, so scoring never fails on content.
 */
function achievement(indicator: ResolvedIndicator, value: number | boolean): number | null {
  const scoring = indicator.scoring;
  switch (scoring.method) {
    case 'target': {
      const v = asNumber(value);
      const { target, worst } = scoring;
      const raw =
        indicator.direction === 'lower'
          ? (worst - v) / (worst - target)
          : (v - worst) / (target - worst);
      return clamp(raw);
    }
    case 'steps': {
      const v = asNumber(value);
      const shape = stepsShape(scoring.steps);
      let best: { threshold: number; score: number } | null = null;
      if (shape.direction === 'higher') {
        // The step with the largest `min ≤ v`.
        for (const step of shape.steps) {
          if (v < step.threshold - thresholdTolerance(step.threshold)) continue;
          if (best === null || step.threshold > best.threshold) best = step;
        }
      } else {
        // The step with the smallest `max ≥ v`.
        for (const step of shape.steps) {
          if (v > step.threshold + thresholdTolerance(step.threshold)) continue;
          if (best === null || step.threshold < best.threshold) best = step;
        }
      }
      return best === null ? 0 : clamp(best.score);
    }
    case 'boolean':
      return typeof value === 'boolean' ? (value ? 1 : 0) : value > 0 ? 1 : 0;
    case 'levels': {
      const n = asNumber(value);
      const level = Number.isInteger(n) ? scoring.levels[n - 1] : undefined;
      return level === undefined ? 0 : clamp(level.score);
    }
    case 'info':
      return null;
  }
}

function clamp(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

function asNumber(value: number | boolean): number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/**
 * The gap of a reported value, in the indicator's unit (spec §2.4): how far the value is from
 * full achievement. `boolean`/`levels`: 1 when not achieved, else 0. `info`: null.
 */
function indicatorGap(
  indicator: ResolvedIndicator,
  value: number | boolean,
  achievement: number | null,
): number | null {
  const scoring = indicator.scoring;
  const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  switch (scoring.method) {
    case 'target':
      return indicator.direction === 'lower'
        ? Math.max(0, v - scoring.target)
        : Math.max(0, scoring.target - v);
    case 'steps': {
      const best = bestStep(scoring.steps);
      if (best === null) return null;
      return best.direction === 'higher'
        ? Math.max(0, best.threshold - v)
        : Math.max(0, v - best.threshold);
    }
    case 'boolean':
    case 'levels':
      return achievement !== null && achievement < 1 - TOLERANCE ? 1 : 0;
    case 'info':
      return null;
  }
}

/**
 * The threshold of the best step: for `min` steps the smallest `min` that scores 1, for `max`
 * steps the largest `max` that scores 1. A list without a step scoring 1 is a set error; should
 * one get here anyway, its highest-scoring step stands in.
 */
function bestStep(
  steps: Parameters<typeof stepsShape>[0],
): { direction: 'higher' | 'lower'; threshold: number } | null {
  const shape = stepsShape(steps);
  if (shape.steps.length === 0) return null;
  const top = Math.max(...shape.steps.map((s) => s.score));
  const wanted = top >= 1 ? 1 : top;
  const thresholds = shape.steps.filter((s) => s.score >= wanted).map((s) => s.threshold);
  const threshold =
    shape.direction === 'higher' ? Math.min(...thresholds) : Math.max(...thresholds);
  return { direction: shape.direction, threshold };
}

/**
 * The prioritised gap list (spec §2.4): indicators that lost points (more than the tolerance),
 * most points lost first; losses within the tolerance of each other tie and are ordered by code
 * in natural order.
 */
export function referenceGapList(indicators: readonly IndicatorScore[]): GapEntry[] {
  const losing = indicators.filter(
    (i): i is IndicatorScore & { pointsLost: number } =>
      i.pointsLost !== null && i.pointsLost > TOLERANCE,
  );
  // Bucket first so the tolerance never makes the comparator inconsistent: each entry is
  // compared on the loss of the bucket it falls into (buckets start at the largest remaining loss).
  const sorted = [...losing].sort((a, b) => b.pointsLost - a.pointsLost);
  const bucketOf = new Map<IndicatorScore, number>();
  let bucket = 0;
  let bucketStart: number | null = null;
  for (const entry of sorted) {
    if (bucketStart === null || bucketStart - entry.pointsLost >= TOLERANCE) {
      bucket++;
      bucketStart = entry.pointsLost;
    }
    bucketOf.set(entry, bucket);
  }
  return sorted
    .sort((a, b) => bucketOf.get(a)! - bucketOf.get(b)! || naturalCompare(a.code, b.code))
    .map((i) => ({ code: i.code, pointsLost: i.pointsLost, gap: i.gap, band: i.band }));
}

/**
 * Competition ranks ("1, 2, 2, 4") on unrounded scores, highest first (spec §2.4): a score's rank
 * is one more than the number of scores greater than it by at least the tolerance, so equal
 * scores share a rank and the next rank skips. Null scores (nothing to divide by) rank last,
 * together, after every scored entry. The result is independent of input order.
 *
 * Sorting once and counting by binary search keeps this O(n log n): a national run ranks 3,321
 * communes on every group, where the pairwise count took seconds.
 */
export function referenceCompetitionRanks(scores: readonly (number | null)[]): number[] {
  const descending = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  return scores.map((score) => {
    if (score === null) return descending.length + 1;
    return countAtLeast(descending, score + TOLERANCE) + 1;
  });
}

/** How many entries of a descending array are ≥ bound. */
function countAtLeast(descending: readonly number[], bound: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (descending[mid]! >= bound) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Scores every entity (spec §2.3–2.4) at full precision, with competition ranks on the total
 * and on every group when there is more than one entity.
 */
export function referenceScoreEntities(
  set: ResolvedSet,
  entities: readonly EntityData[],
  policy: { missing: MissingPolicy },
): EntityScore[] {
  const plan = scorePlan(set);
  const scores = entities.map((entity) => scoreEntity(set, plan, entity, policy.missing));
  if (scores.length >= 2) {
    const totals = referenceCompetitionRanks(scores.map((s) => s.index));
    scores.forEach((s, i) => (s.rank = totals[i]!));
    set.groups.forEach((_group, g) => {
      const ranks = referenceCompetitionRanks(scores.map((s) => s.groups[g]!.index));
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
    gaps: referenceGapList(indicators),
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
