import type { GroupOutput, IndicatorOutput } from './indicator-set-schema.js';
import type { SetIssue, SetPath } from './set-issue.js';

/** Tolerance of spec §2.4 for sums of points, scaled so large totals are not held to 1e-9 absolute. */
const POINTS_EPSILON = 1e-9;

function pointsEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= POINTS_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

export interface DistributedPoints {
  /** Points of every group (given, or the sum of its children). */
  groups: Map<GroupOutput, number>;
  /** Max points of every indicator; 0 for `info`. */
  indicators: Map<IndicatorOutput, number>;
  /** Sum over all indicators. */
  total: number;
  issues: SetIssue[];
}

/**
 * Spec §2.2. A scored indicator without `points` shares its group's unassigned points
 * (group points − explicit child points) equally; a group without points is the sum of its
 * children, and then every scored indicator directly in it needs explicit points. Points are
 * kept at full precision (100 shared by 3 is 33.333…); rounding is for display only.
 */
export function distributePoints(
  groups: readonly GroupOutput[],
  total: number | undefined,
): DistributedPoints {
  const result: DistributedPoints = {
    groups: new Map(),
    indicators: new Map(),
    total: 0,
    issues: [],
  };
  const issuesBefore = (): number => result.issues.length;
  const visit = (group: GroupOutput, path: SetPath): number => {
    const pointsPath = [...path, 'points'];
    let points: number;
    if (group.groups) {
      const children = group.groups.map((child, i) => visit(child, [...path, 'groups', i]));
      const sum = children.reduce((a, b) => a + b, 0);
      points = group.points ?? sum;
      // A group that also lists indicators is already an error; its sums would only add noise.
      if (group.points !== undefined && !group.indicators) {
        checkGroupSum(group, sum, pointsPath, result.issues);
      }
    } else {
      points = shareAmongIndicators(group, path, result);
    }
    result.groups.set(group, points);
    return points;
  };
  const before = issuesBefore();
  result.total = groups.reduce((sum, group, i) => sum + visit(group, ['groups', i]), 0);
  // A total compared with a sum that is already known to be wrong only repeats the problem.
  if (total !== undefined && result.issues.length === before && !pointsEqual(total, result.total)) {
    result.issues.push({
      code: 'SET_TOTAL_MISMATCH',
      args: { total, sum: roundForMessage(result.total) },
      path: ['total'],
    });
  }
  return result;
}

function shareAmongIndicators(
  group: GroupOutput,
  path: SetPath,
  result: DistributedPoints,
): number {
  const indicators = group.indicators ?? [];
  const scored = indicators.filter((indicator) => indicator.scoring.method !== 'info');
  const explicit = scored.reduce((sum, indicator) => sum + (indicator.points ?? 0), 0);
  const sharers = scored.filter((indicator) => indicator.points === undefined);
  for (const indicator of indicators) {
    if (indicator.scoring.method === 'info') result.indicators.set(indicator, 0);
    else if (indicator.points !== undefined) result.indicators.set(indicator, indicator.points);
  }
  const indicatorPath = (indicator: IndicatorOutput): SetPath => [
    ...path,
    'indicators',
    indicators.indexOf(indicator),
  ];
  if (group.points === undefined) {
    for (const indicator of sharers) {
      result.issues.push({
        code: 'SET_POINTS_MISSING',
        args: { code: indicator.code, group: group.code },
        path: [...indicatorPath(indicator), 'points'],
        indicator: indicator.code,
      });
      result.indicators.set(indicator, 0);
    }
    return explicit;
  }
  const unassigned = group.points - explicit;
  if (explicit > group.points && !pointsEqual(explicit, group.points)) {
    result.issues.push({
      code: 'SET_POINTS_EXCEED',
      args: { code: group.code, points: group.points, assigned: roundForMessage(explicit) },
      path: [...path, 'points'],
    });
  } else if (sharers.length === 0 && !pointsEqual(explicit, group.points)) {
    result.issues.push({
      code: 'SET_POINTS_UNUSED',
      args: {
        code: group.code,
        points: group.points,
        assigned: roundForMessage(explicit),
        unassigned: roundForMessage(unassigned),
      },
      path: [...path, 'points'],
    });
  }
  if (sharers.length > 0) {
    const share = unassigned / sharers.length;
    const nothingLeft = unassigned <= 0 || pointsEqual(explicit, group.points);
    for (const indicator of sharers) {
      if (nothingLeft && explicit <= group.points) {
        result.issues.push({
          code: 'SET_POINTS_NONE_LEFT',
          args: { code: indicator.code, group: group.code, points: group.points },
          path: indicatorPath(indicator),
          indicator: indicator.code,
        });
      }
      result.indicators.set(indicator, nothingLeft ? 0 : share);
    }
  }
  return group.points;
}

function checkGroupSum(group: GroupOutput, sum: number, path: SetPath, issues: SetIssue[]): void {
  const points = group.points ?? sum;
  if (pointsEqual(points, sum)) return;
  if (sum > points) {
    issues.push({
      code: 'SET_POINTS_EXCEED',
      args: { code: group.code, points, assigned: roundForMessage(sum) },
      path,
    });
  } else {
    issues.push({
      code: 'SET_POINTS_UNUSED',
      args: {
        code: group.code,
        points,
        assigned: roundForMessage(sum),
        unassigned: roundForMessage(points - sum),
      },
      path,
    });
  }
}

/** Messages show sums like 33.333333, not 33.33333333333333. */
function roundForMessage(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
